namespace PledgeSite.Core.Entities;

/// <summary>
/// The state of one sign-up journey (/pledge/sign/{id}/...), saved after every page so it survives restarts and
/// can be resumed from an emailed link. The answers are JSON (personal data: masked in the audit log); the pledge
/// itself is created only when the journey is submitted.
/// </summary>
public class SignUpJourney
{
    /// <summary>Random id in the journey's URLs; knowing it is what lets someone carry on.</summary>
    public Guid Id { get; set; }
    [AuditMasked] public string StateJson { get; set; } = "{}";
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>When a "come back later" link was last emailed.</summary>
    public DateTime? ResumeLinkSentUtc { get; set; }
    /// <summary>The pledge created on submission; the journey is then finished and only shows its confirmation.</summary>
    public int? PledgeId { get; set; }
    /// <summary>Set with the new pledge on submission, so both are saved in one go.</summary>
    public Pledge? Pledge { get; set; }
}
