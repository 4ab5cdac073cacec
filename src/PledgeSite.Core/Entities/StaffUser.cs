using Microsoft.AspNetCore.Identity;

namespace PledgeSite.Core.Entities;

/// <summary>A member of council staff who signs in to the back office.</summary>
public class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? LastSignInUtc { get; set; }
}

/// <summary>The back-office roles. Each section of /backoffice is open to one or more of them.</summary>
public static class StaffRoles
{
    public const string Administrator = nameof(Administrator);
    public const string Editor = nameof(Editor);
    public const string PledgeReviewer = nameof(PledgeReviewer);
    public const string AwardsManager = nameof(AwardsManager);
    public const string Judge = nameof(Judge);
    public const string ProcurementOfficer = nameof(ProcurementOfficer);

    public static readonly IReadOnlyList<string> All =
        [Administrator, Editor, PledgeReviewer, AwardsManager, Judge, ProcurementOfficer];

    public static string Describe(string role) => role switch
    {
        Administrator => "Administrator: users, roles, settings, audit log, email outbox",
        Editor => "Editor: content, media, action plan, 'I can be' campaign",
        PledgeReviewer => "Pledge reviewer: approves or returns pledges and progress reports",
        AwardsManager => "Awards manager: award cycles, nominations, judges, winners",
        Judge => "Judge: scores nominations in assigned categories",
        ProcurementOfficer => "Procurement officer: supplier declarations, contracts and checks",
        _ => role,
    };
}
