namespace PledgeSite.Core.Entities;

/// <summary>
/// An organisation's Anti-Racist Pledge: who signed, where it is in its life, and when its next annual progress
/// report is due. Commitments, targets, contacts and reports hang off it (see the pledge feature).
/// </summary>
public class Pledge
{
    public int Id { get; set; }
    /// <summary>Public reference quoted by organisations and suppliers, for example "ARP-2026-0042".</summary>
    public string Reference { get; set; } = "";
    /// <summary>URL segment of the public signatory page: /signatories/{slug}.</summary>
    public string Slug { get; set; } = "";
    public string OrganisationName { get; set; } = "";
    public OrganisationType OrganisationType { get; set; }
    public string? Sector { get; set; }
    public string? SizeBand { get; set; }
    /// <summary>Companies House number, upper case, no spaces (e.g. "01234567", "SC123456").</summary>
    public string? CompanyNumber { get; set; }
    /// <summary>Charity Commission number (e.g. "1234567").</summary>
    public string? CharityNumber { get; set; }
    public string? Website { get; set; }
    public PledgeStatus Status { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public DateTime? ApprovedUtc { get; set; }
    public DateTime? WithdrawnUtc { get; set; }
    /// <summary>When the next annual progress report is due (the anniversary of approval). Null until approved.</summary>
    public DateTime? NextReportDueUtc { get; set; }
    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// The pledge's standing as the public, procurement and the awards see it: approved pledges become
    /// "report overdue" 30 days after a missed report and "lapsed" after 90.
    /// </summary>
    public PledgeStanding StandingAt(DateTime utcNow) => Status switch
    {
        PledgeStatus.Withdrawn => PledgeStanding.Withdrawn,
        PledgeStatus.Approved when NextReportDueUtc is { } due && utcNow > due.AddDays(90) => PledgeStanding.Lapsed,
        PledgeStatus.Approved when NextReportDueUtc is { } due && utcNow > due.AddDays(30) => PledgeStanding.ReportOverdue,
        PledgeStatus.Approved => PledgeStanding.Active,
        PledgeStatus.AwaitingReview or PledgeStatus.Returned => PledgeStanding.AwaitingReview,
        _ => PledgeStanding.NotYetSubmitted,
    };
}

public enum PledgeStatus
{
    /// <summary>Started, not yet submitted (the sign-up journey is in progress).</summary>
    Draft,
    /// <summary>Submitted; the contact has not yet confirmed their email address.</summary>
    AwaitingConfirmation,
    /// <summary>Email confirmed; waiting for a Pledge reviewer.</summary>
    AwaitingReview,
    /// <summary>Returned to the organisation with comments.</summary>
    Returned,
    Approved,
    Withdrawn,
}

/// <summary>Standing derived from status and report dates; see <see cref="Pledge.StandingAt"/>.</summary>
public enum PledgeStanding
{
    NotYetSubmitted,
    AwaitingReview,
    Active,
    ReportOverdue,
    Lapsed,
    Withdrawn,
}

public enum OrganisationType
{
    PublicBody,
    Business,
    CharityOrVoluntaryGroup,
    SchoolOrCollege,
    Health,
    Housing,
    FaithGroup,
}
