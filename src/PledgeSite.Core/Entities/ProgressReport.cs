namespace PledgeSite.Core.Entities;

/// <summary>
/// A signatory's annual progress report on one of its targets (R1.D, R1.E): the value reached at a date, what
/// was done, and evidence (a link or a checked file). Published on the signatory page when the target is public.
/// A Pledge reviewer can query it; the organisation answers by amending it.
/// </summary>
public class ProgressReport
{
    public int Id { get; set; }
    public int PledgeId { get; set; }
    public Pledge Pledge { get; set; } = null!;
    public int TargetId { get; set; }
    public Target Target { get; set; } = null!;
    /// <summary>The due date this report answers (the pledge's NextReportDueUtc when it was filed).</summary>
    public DateTime PeriodDueUtc { get; set; }
    public decimal ValueReached { get; set; }
    /// <summary>The date the value was measured.</summary>
    public DateOnly ValueDate { get; set; }
    /// <summary>What the organisation did and what changed.</summary>
    public string Narrative { get; set; } = "";
    /// <summary>A public web page that backs the figure up (http or https).</summary>
    public string? EvidenceUrl { get; set; }
    public int? EvidenceFileId { get; set; }
    public ProgressReportEvidence? EvidenceFile { get; set; }
    public DateTime SubmittedUtc { get; set; }
    public DateTime? UpdatedUtc { get; set; }
    public ProgressReportStatus Status { get; set; }
    /// <summary>The reviewer's question; shown to the organisation, not to the public.</summary>
    public string? QueryText { get; set; }
    public DateTime? QueriedUtc { get; set; }
    public string? QueriedBy { get; set; }
}

public enum ProgressReportStatus
{
    Submitted,
    /// <summary>A reviewer asked a question; the organisation answers by amending the report.</summary>
    Queried,
    /// <summary>Amended after a query.</summary>
    Answered,
}

/// <summary>An evidence file for a progress report, kept in the database after its bytes were recognised (PDF, PNG, JPEG).</summary>
public class ProgressReportEvidence
{
    public int Id { get; set; }
    /// <summary>From the bytes, never from the upload's claim.</summary>
    public string ContentType { get; set; } = "";
    [AuditMasked] public byte[] Bytes { get; set; } = [];
    public string FileName { get; set; } = "";
    public DateTime UploadedUtc { get; set; }
}
