namespace PledgeSite.Core.Entities;

/// <summary>
/// Workforce ethnicity figures at a date (R1.E: collate and analyse data). Optional at sign-up, where they form the
/// baseline. Counts of people, never percentages, so they can be added up and compared.
/// </summary>
public class WorkforceFigures
{
    public int Id { get; set; }
    public int PledgeId { get; set; }
    public Pledge Pledge { get; set; } = null!;
    public DateOnly AsAtDate { get; set; }
    public int TotalStaff { get; set; }
    /// <summary>Staff from Black, Asian and minority ethnic backgrounds.</summary>
    public int MinorityEthnicStaff { get; set; }
    /// <summary>Staff in senior roles (as the organisation defines them, for example the top 5% of earners).</summary>
    public int? SeniorStaff { get; set; }
    /// <summary>Staff in senior roles from Black, Asian and minority ethnic backgrounds.</summary>
    public int? MinorityEthnicSeniorStaff { get; set; }
    /// <summary>Published on the signatory page only with the organisation's consent to publish.</summary>
    public bool IsPublic { get; set; } = true;
    public DateTime CreatedUtc { get; set; }
}
