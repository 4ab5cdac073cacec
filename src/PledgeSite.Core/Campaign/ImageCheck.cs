namespace PledgeSite.Core.Campaign;

/// <summary>Recognises JPEG, PNG and WebP images by their first bytes (not by the name or the browser's content type).</summary>
public static class ImageCheck
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static string? ContentTypeOf(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "image/jpeg";
        if (b.Length >= 8 && b[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }
}

/// <summary>URL segments from names and titles: lower case letters, digits and single hyphens.</summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in (text ?? "").Normalize(System.Text.NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length > 100 ? slug[..100].Trim('-') : slug;
    }
}
