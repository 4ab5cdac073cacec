using Microsoft.AspNetCore.Identity;

namespace PledgeSite.Core.Entities;

/// <summary>
/// A person at the signatory organisation. Personal data: shown only to staff and to the organisation itself,
/// never published or exported, and removed when a withdrawn pledge's retention period ends.
/// The main contact and colleagues sign in to /pledge/manage by emailed link.
/// </summary>
// [PersonalData] (Identity's marker) flags fields for minimisation: never published or exported, purged on retention.
public class PledgeContact
{
    public int Id { get; set; }
    public int PledgeId { get; set; }
    public Pledge Pledge { get; set; } = null!;
    public ContactRole Role { get; set; }
    [PersonalData] public string Name { get; set; } = "";
    [PersonalData] public string? JobTitle { get; set; }
    /// <summary>Lower case; unique within a pledge.</summary>
    [PersonalData, AuditMasked] public string Email { get; set; } = "";
    [PersonalData, AuditMasked] public string? Phone { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? LastSignInUtc { get; set; }

    /// <summary>Main contacts and colleagues may sign in to the signatory area; a senior sponsor is named, not a user.</summary>
    public bool CanSignIn => Role is ContactRole.MainContact or ContactRole.Colleague;
}

public enum ContactRole
{
    MainContact,
    SeniorSponsor,
    Colleague,
}

