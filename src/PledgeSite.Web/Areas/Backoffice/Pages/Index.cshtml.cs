using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Areas.Backoffice.Pages;

/// <summary>The back-office home: one card per section the signed-in user's roles open.</summary>
public class IndexModel(UserManager<StaffUser> users) : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<(string Title, string Href, string Description)> Cards { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        DisplayName = user?.DisplayName ?? User.Identity?.Name ?? "";
        Roles = StaffRoles.All.Where(User.IsInRole).ToList();
        var cards = new List<(string, string, string, string[])>
        {
            ("Content", "/backoffice/content", "Edit pages, themes, news and events; preview, publish and schedule.", [StaffRoles.Editor, StaffRoles.Administrator]),
            ("Media library", "/backoffice/media", "Upload images and documents with alt text.", [StaffRoles.Editor, StaffRoles.Administrator]),
            ("Action plan", "/backoffice/action-plan", "Update progress and RAG ratings on the action plan.", [StaffRoles.Editor, StaffRoles.Administrator]),
            ("'I can be' campaign", "/backoffice/campaign", "Role models, opportunities and suggestions.", [StaffRoles.Editor, StaffRoles.Administrator]),
            ("Pledges", "/backoffice/pledges", "Approve or return pledges and progress reports.", [StaffRoles.PledgeReviewer, StaffRoles.Administrator]),
            ("Awards", "/backoffice/awards", "Award cycles, categories, nominations and winners.", [StaffRoles.AwardsManager, StaffRoles.Administrator]),
            ("Judging", "/backoffice/judging", "Score the nominations in your categories.", [StaffRoles.Judge]),
            ("Suppliers", "/backoffice/suppliers", "Supplier declarations, contracts and pledge checks.", [StaffRoles.ProcurementOfficer, StaffRoles.Administrator]),
            ("Users", "/backoffice/users", "Invite staff, assign roles, disable accounts.", [StaffRoles.Administrator]),
            ("Audit log", "/backoffice/audit", "Every change made through the site.", [StaffRoles.Administrator]),
            ("Email outbox", "/backoffice/outbox", "Emails waiting, sent and failed.", [StaffRoles.Administrator]),
        };
        Cards = cards.Where(c => c.Item4.Any(User.IsInRole)).Select(c => (c.Item1, c.Item2, c.Item3)).ToList();
    }
}
