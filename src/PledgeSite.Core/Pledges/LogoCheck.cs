namespace PledgeSite.Core.Pledges;

/// <summary>Recognises an uploaded logo by its first bytes (never by its name or claimed type).</summary>
public static class LogoCheck
{
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The content type the bytes show (PNG, JPEG or WebP), or null for anything else, SVG included (it can carry script).</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 8 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return "image/jpeg";
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }
}
