namespace PledgeSite.Core.Entities;

/// <summary>
/// An organisation's logo, kept in the database rather than under wwwroot so every instance serves it and nothing
/// uploaded is ever served as a static file. Accepted only after its bytes were recognised as PNG, JPEG or WebP.
/// </summary>
public class PledgeLogo
{
    public int Id { get; set; }
    /// <summary>image/png, image/jpeg or image/webp, from the bytes, never from the upload's claim.</summary>
    public string ContentType { get; set; } = "";
    [AuditMasked] public byte[] Bytes { get; set; } = [];
    public string? OriginalFileName { get; set; }
    public DateTime UploadedUtc { get; set; }
}
