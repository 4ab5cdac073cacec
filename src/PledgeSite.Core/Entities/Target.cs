namespace PledgeSite.Core.Entities;

/// <summary>
/// A measurable target the organisation sets itself (R1.D): what is measured, from a baseline to a target value
/// by a date. Progress reports record the value reached each year.
/// </summary>
public class Target
{
    public int Id { get; set; }
    public int PledgeId { get; set; }
    public Pledge Pledge { get; set; } = null!;
    /// <summary>What is measured, for example "Staff in the top 5% of earners from Black, Asian and minority ethnic backgrounds".</summary>
    public string Measure { get; set; } = "";
    /// <summary>Unit of the values, for example "%" or "people".</summary>
    public string Unit { get; set; } = "";
    public decimal BaselineValue { get; set; }
    public DateOnly BaselineDate { get; set; }
    public decimal TargetValue { get; set; }
    public DateOnly TargetDate { get; set; }
    /// <summary>The commitment this target measures, if any.</summary>
    public int? CommitmentId { get; set; }
    public Commitment? Commitment { get; set; }
    /// <summary>Public targets appear on the signatory page and in open data; private ones only to staff and the organisation.</summary>
    public bool IsPublic { get; set; } = true;
    public int SortOrder { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>When a reviewer approved this version of the target; null while a new or changed target waits for review.</summary>
    public DateTime? ApprovedUtc { get; set; }
}
