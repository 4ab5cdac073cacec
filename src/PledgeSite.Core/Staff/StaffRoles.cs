namespace PledgeSite.Core.Staff;

/// <summary>
/// The back-office roles: the aliases of Umbraco user groups, which reach our pages as role claims. Administrators
/// and Editors are Umbraco's own groups; the others are created on start (see the Web project's StaffGroups).
/// </summary>
public static class StaffRoles
{
    public const string Administrator = "admin";
    public const string Editor = "editor";
    public const string PledgeReviewer = "pledgeReviewer";
    public const string AwardsManager = "awardsManager";
    public const string Judge = "judge";
    public const string ProcurementOfficer = "procurementOfficer";

    public static readonly IReadOnlyList<string> All =
        [Administrator, Editor, PledgeReviewer, AwardsManager, Judge, ProcurementOfficer];

    /// <summary>The groups whose members see personal data, and so must sign in with a second factor.</summary>
    public static readonly IReadOnlyList<string> SeePersonalData = [Administrator, PledgeReviewer, AwardsManager, ProcurementOfficer];

    public static string Describe(string role) => role switch
    {
        Administrator => "Administrator: users, groups, settings, audit log, email outbox",
        Editor => "Editor: content, media, action plan, 'I can be' campaign",
        PledgeReviewer => "Pledge reviewer: approves or returns pledges and progress reports",
        AwardsManager => "Awards manager: award cycles, nominations, judges, winners",
        Judge => "Judge: scores nominations in assigned categories",
        ProcurementOfficer => "Procurement officer: supplier declarations, contracts and checks",
        _ => role,
    };
}

/// <summary>A member of staff as the back office knows them (an Umbraco user).</summary>
public sealed record StaffMember(string Id, string Name, string Email);

/// <summary>
/// Looks up staff accounts, which Umbraco owns. <see cref="StaffMember.Id"/> is the id our tables keep
/// (for example a judge's assignments and scores): the same value as the signed-in user's name identifier claim.
/// </summary>
public interface IStaffDirectory
{
    Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken = default);
}
