namespace PledgeSite.Core.Entities;

/// <summary>
/// A random token sent by email to a pledge contact: to confirm the email address after sign-up, or to sign in
/// to the signatory area. Only its SHA-256 hash is stored; it works once and expires.
/// </summary>
public class SignatoryToken
{
    public int Id { get; set; }
    public int ContactId { get; set; }
    public PledgeContact Contact { get; set; } = null!;
    public SignatoryTokenPurpose Purpose { get; set; }
    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    [AuditMasked] public string TokenHash { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime ExpiresUtc { get; set; }
    public DateTime? UsedUtc { get; set; }
}

public enum SignatoryTokenPurpose
{
    ConfirmEmail,
    SignIn,
}
