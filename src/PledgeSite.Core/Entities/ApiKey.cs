namespace PledgeSite.Core.Entities;

/// <summary>A key for a procurement system calling /api/v1/suppliers/check. Only a SHA-256 hash of the key is kept.</summary>
public class ApiKey
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Lower-case hex SHA-256 of the key as issued.</summary>
    [AuditMasked]
    public string KeyHash { get; set; } = "";
    /// <summary>The first characters of the key, so staff can tell keys apart.</summary>
    public string Prefix { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime? RevokedUtc { get; set; }
    public string? RevokedBy { get; set; }
    public DateTime? LastUsedUtc { get; set; }

    public bool IsActive => RevokedUtc is null;
}
