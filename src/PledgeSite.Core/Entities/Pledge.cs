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
    /// <summary>The website's host name without "www." (for example "example.org.uk"), used to spot duplicate sign-ups.</summary>
    public string? WebsiteDomain { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    /// <summary>UK postcode, upper case with one space (for example "E14 2BG").</summary>
    public string? Postcode { get; set; }
    /// <summary>The organisation's own statement of why it signs and what it will change, as it last wrote it.</summary>
    public string? Statement { get; set; }
    /// <summary>The statement as a reviewer last approved it: the one the public sees.</summary>
    public string? PublishedStatement { get; set; }
    /// <summary>The organisation's logo, stored in the database (outside wwwroot) after its bytes were checked.</summary>
    public int? LogoId { get; set; }
    public PledgeLogo? Logo { get; set; }
    /// <summary>The organisation agreed that its name, commitments, public targets and progress are published.</summary>
    public bool ConsentToPublish { get; set; }
    /// <summary>When the person signing accepted the declaration (that they may sign for the organisation).</summary>
    public DateTime? DeclarationAcceptedUtc { get; set; }
    /// <summary>Email address confirmed by the main contact's link; the pledge then waits for review.</summary>
    public DateTime? EmailConfirmedUtc { get; set; }
    /// <summary>
    /// Set when an approved pledge's commitments or targets were changed by the organisation: the changes wait for
    /// a reviewer (the new items have no ApprovedUtc) while the pledge stays published.
    /// </summary>
    public DateTime? ChangesSubmittedUtc { get; set; }
    public PledgeStatus Status { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }
    public DateTime? ApprovedUtc { get; set; }
    public DateTime? WithdrawnUtc { get; set; }
    /// <summary>When the next annual progress report is due (the anniversary of approval). Null until approved.</summary>
    public DateTime? NextReportDueUtc { get; set; }
    /// <summary>Optimistic concurrency token.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<PledgeCommitment> Commitments { get; set; } = [];
    public List<Target> Targets { get; set; } = [];
    /// <summary>The organisation's own actions (what, who leads it, by when).</summary>
    public List<OwnAction> OwnActions { get; set; } = [];
    /// <summary>Main contact, senior sponsor and colleagues: personal data, shown only to staff and the organisation.</summary>
    public List<PledgeContact> Contacts { get; set; } = [];
    /// <summary>Workforce ethnicity figures (R1.E); the earliest is the baseline given at sign-up.</summary>
    public List<WorkforceFigures> WorkforceFigures { get; set; } = [];
    /// <summary>Every change of status, with who, when and the reviewer's or organisation's comment.</summary>
    public List<PledgeHistoryEntry> History { get; set; } = [];

    /// <summary>The person the pledge team writes to.</summary>
    public PledgeContact? MainContact => Contacts.FirstOrDefault(c => c.Role == ContactRole.MainContact);
    public PledgeContact? SeniorSponsor => Contacts.FirstOrDefault(c => c.Role == ContactRole.SeniorSponsor);

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
