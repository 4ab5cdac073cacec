using PledgeSite.Core.Staff;

namespace PledgeSite.Web.Areas.Backoffice;

/// <summary>The workflow sections, each open to some Umbraco groups: the dashboard's cards and the side navigation.</summary>
public static class BackofficeSections
{
    public sealed record Section(string Title, string Href, string? Description, IReadOnlyList<string> Roles);

    public static readonly IReadOnlyList<Section> All =
    [
        new("Dashboard", "/backoffice", null, StaffRoles.All),
        new("Content", "/backoffice/content", "Edit pages, themes, news and events; preview, publish and schedule.", [StaffRoles.Editor, StaffRoles.Administrator]),
        new("Media library", "/backoffice/media", "Upload images and documents with alt text.", [StaffRoles.Editor, StaffRoles.Administrator]),
        new("Action plan", "/backoffice/action-plan", "Update progress and RAG ratings on the action plan.", [StaffRoles.Editor, StaffRoles.Administrator]),
        new("'I can be' campaign", "/backoffice/campaign", "Role models, opportunities and suggestions.", [StaffRoles.Editor, StaffRoles.Administrator]),
        new("Pledges", "/backoffice/pledges", "Approve or return pledges and progress reports.", [StaffRoles.PledgeReviewer, StaffRoles.Administrator]),
        new("Awards", "/backoffice/awards", "Award cycles, categories, nominations and winners.", [StaffRoles.AwardsManager, StaffRoles.Administrator]),
        new("Judging", "/backoffice/judging", "Score the nominations in your categories.", [StaffRoles.Judge]),
        new("Suppliers", "/backoffice/suppliers", "Supplier declarations, contracts and pledge checks.", [StaffRoles.ProcurementOfficer, StaffRoles.Administrator]),
        new("Audit log", "/backoffice/audit", "Every change made through the workflow pages.", [StaffRoles.Administrator]),
        new("Email outbox", "/backoffice/outbox", "Emails waiting, sent and failed.", [StaffRoles.Administrator]),
    ];
}
