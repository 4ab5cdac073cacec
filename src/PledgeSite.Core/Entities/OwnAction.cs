namespace PledgeSite.Core.Entities;

/// <summary>
/// An action the organisation itself will take (R1.A asks signatories to "publicly demonstrate their commitment and
/// actions they will take"): what, who leads it, and by when, optionally naming the commitment it delivers. Shown on
/// the signatory page once approved, and reported on in words every year.
/// </summary>
public class OwnAction
{
    public int Id { get; set; }
    public int PledgeId { get; set; }
    public Pledge Pledge { get; set; } = null!;
    /// <summary>What the organisation will do, in its own words.</summary>
    public string What { get; set; } = "";
    /// <summary>Who leads it: a role or team (published, so not a private person's contact details).</summary>
    public string Lead { get; set; } = "";
    /// <summary>When it will be done by.</summary>
    public DateOnly DueDate { get; set; }
    /// <summary>The commitment this action delivers, if any.</summary>
    public int? CommitmentId { get; set; }
    public Commitment? Commitment { get; set; }
    public int SortOrder { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>When a reviewer approved this version; null while a new or changed action waits for review.</summary>
    public DateTime? ApprovedUtc { get; set; }
}

/// <summary>
/// A signatory's yearly report in words, beside its target reports: on one of its own actions (with how far it has
/// got), or on a commitment that no target measures. One per item per reporting period.
/// </summary>
public class WrittenReport
{
    public int Id { get; set; }
    public int PledgeId { get; set; }
    public Pledge Pledge { get; set; } = null!;
    /// <summary>The due date this report answers (the pledge's NextReportDueUtc when it was filed).</summary>
    public DateTime PeriodDueUtc { get; set; }
    /// <summary>Set for a report on an own action.</summary>
    public int? OwnActionId { get; set; }
    public OwnAction? OwnAction { get; set; }
    /// <summary>Set for a report on a commitment without a target.</summary>
    public int? CommitmentId { get; set; }
    public Commitment? Commitment { get; set; }
    /// <summary>How far an own action has got (null for a commitment).</summary>
    public OwnActionProgress? Progress { get; set; }
    /// <summary>What the organisation did and what changed.</summary>
    public string Narrative { get; set; } = "";
    public DateTime SubmittedUtc { get; set; }
    public DateTime? UpdatedUtc { get; set; }
}

public enum OwnActionProgress
{
    NotStarted,
    OnTrack,
    Delayed,
    Done,
}
