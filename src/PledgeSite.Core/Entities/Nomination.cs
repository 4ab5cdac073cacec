namespace PledgeSite.Core.Entities;

public enum NominationStatus
{
    /// <summary>The public journey is in progress; the row is the journey's server-side state.</summary>
    Draft,
    Submitted,
}

public enum NominationEligibility
{
    NotReviewed,
    Eligible,
    Ineligible,
    /// <summary>A duplicate (same nominee, same category) merged into <see cref="Nomination.MergedIntoId"/>.</summary>
    Merged,
}

public enum NominationOutcome
{
    None,
    Shortlisted,
    HighlyCommended,
    Winner,
}

public enum TowerHamletsConnection
{
    Live,
    Work,
    Study,
    None,
}

/// <summary>
/// A nomination for an award category. While <see cref="Status"/> is Draft it holds the public journey's answers,
/// keyed by the random <see cref="JourneyId"/> in the URL. Personal data is masked in the audit log and deleted
/// by the retention job (see <c>AwardRetentionJob</c>).
/// </summary>
public class Nomination
{
    public int Id { get; set; }
    public Guid JourneyId { get; set; }
    public int CycleId { get; set; }
    public int? CategoryId { get; set; }
    public AwardCategory? Category { get; set; }
    public NominationStatus Status { get; set; }
    public string? Reference { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? SubmittedUtc { get; set; }

    // The nominee
    /// <summary>The nominated signatory, for organisation categories (null when the organisation has not signed yet).</summary>
    public int? NomineePledgeId { get; set; }
    public string? NomineeName { get; set; }
    [AuditMasked] public string? NomineeEmail { get; set; }
    [AuditMasked] public string? NomineePhone { get; set; }
    public TowerHamletsConnection? NomineeConnection { get; set; }
    public bool IsSelfNomination { get; set; }
    public bool NotifyNominee { get; set; }

    // The nominator (never shown to judges)
    [AuditMasked] public string? NominatorName { get; set; }
    [AuditMasked] public string? NominatorEmail { get; set; }
    [AuditMasked] public string? NominatorPhone { get; set; }
    [AuditMasked] public string? NominatorRelationship { get; set; }
    public bool ConsentGiven { get; set; }

    /// <summary>Optional supporting file, stored outside wwwroot under a random name.</summary>
    public string? SupportingFileName { get; set; }
    public string? SupportingFileStoredName { get; set; }
    public string? SupportingFileContentType { get; set; }

    // Review and outcome
    public NominationEligibility Eligibility { get; set; }
    public string? EligibilityReason { get; set; }
    public int? MergedIntoId { get; set; }
    public NominationOutcome Outcome { get; set; }
    public string? Citation { get; set; }
    public string? PhotoStoredName { get; set; }
    public string? PhotoContentType { get; set; }
    public string? PhotoAltText { get; set; }
    public DateTime? NomineeEmailedUtc { get; set; }
    public DateTime? PersonalDataDeletedUtc { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<NominationAnswer> Answers { get; set; } = [];
}

public class NominationAnswer
{
    public int Id { get; set; }
    public int NominationId { get; set; }
    public int QuestionId { get; set; }
    [AuditMasked] public string Text { get; set; } = "";
}

/// <summary>A judge's declared conflict of interest: the nomination is hidden from them and their scores do not count.</summary>
public class ConflictOfInterest
{
    public int Id { get; set; }
    public int NominationId { get; set; }
    public string JudgeUserId { get; set; } = "";
    public DateTime DeclaredUtc { get; set; }
}

/// <summary>One judge's score for one criterion of one nomination, with a comment.</summary>
public class NominationScore
{
    public int Id { get; set; }
    public int NominationId { get; set; }
    public int CriterionId { get; set; }
    public string JudgeUserId { get; set; } = "";
    public int Value { get; set; }
    [AuditMasked] public string? Comment { get; set; }
    public DateTime UpdatedUtc { get; set; }
}
