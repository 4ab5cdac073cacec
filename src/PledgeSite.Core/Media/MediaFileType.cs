using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Media;

/// <summary>A file type the library accepts, recognised from the file's first bytes (never its name or declared type).</summary>
public sealed record MediaFileType(MediaKind Kind, string Extension, string ContentType)
{
    public static readonly MediaFileType Jpeg = new(MediaKind.Image, "jpg", "image/jpeg");
    public static readonly MediaFileType Png = new(MediaKind.Image, "png", "image/png");
    public static readonly MediaFileType WebP = new(MediaKind.Image, "webp", "image/webp");
    public static readonly MediaFileType Pdf = new(MediaKind.Document, "pdf", "application/pdf");

    public static IReadOnlyList<MediaFileType> All { get; } = [Jpeg, Png, WebP, Pdf];

    /// <summary>The number of leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 12;

    public static MediaFileType? FromExtension(string extension) =>
        All.FirstOrDefault(t => string.Equals(t.Extension, extension.TrimStart('.'), StringComparison.OrdinalIgnoreCase));

    /// <summary>Recognises JPEG (FF D8 FF), PNG (89 'PNG' 0D 0A 1A 0A), WebP ('RIFF' size 'WEBP') and PDF ('%PDF-').</summary>
    public static MediaFileType? Detect(ReadOnlySpan<byte> header)
    {
        if (header.Length >= 3 && header[0] == 0xFF && header[1] == 0xD8 && header[2] == 0xFF) return Jpeg;
        if (header.Length >= 8 && header[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return Png;
        if (header.Length >= 12 && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8)) return WebP;
        if (header.Length >= 5 && header[..5].SequenceEqual("%PDF-"u8)) return Pdf;
        return null;
    }
}
