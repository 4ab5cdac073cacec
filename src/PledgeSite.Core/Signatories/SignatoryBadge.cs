using System.Globalization;
using System.Net;
using SkiaSharp;

namespace PledgeSite.Core.Signatories;

/// <summary>
/// The "We signed the Tower Hamlets Anti-Racist Pledge" badge an organisation puts on its own website,
/// as SVG (scales, small) and PNG (for places that take no SVG, drawn with SkiaSharp).
/// </summary>
public static class SignatoryBadge
{
    public const int Width = 400, Height = 160;
    private const string Teal = "#005a6e", Accent = "#00a5a8";

    public static string Svg(string organisationName, int year, string reference)
    {
        var name = Fit(organisationName, 34);
        var label = $"{organisationName} signed the Tower Hamlets Anti-Racist Pledge in {year}, reference {reference}";
        return
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(label)}\">"
            + $"<title>{E(label)}</title>"
            + $"<rect width=\"{Width}\" height=\"{Height}\" rx=\"12\" fill=\"{Teal}\"/>"
            + $"<rect x=\"0\" y=\"{Height - 14}\" width=\"{Width}\" height=\"14\" fill=\"{Accent}\"/>"
            + $"<rect x=\"0\" y=\"{Height - 26}\" width=\"{Width}\" height=\"14\" fill=\"{Teal}\"/>"
            + "<g font-family=\"Arial, Helvetica, sans-serif\" fill=\"#ffffff\">"
            + "<text x=\"20\" y=\"38\" font-size=\"16\">We signed the</text>"
            + "<text x=\"20\" y=\"66\" font-size=\"22\" font-weight=\"bold\">Tower Hamlets</text>"
            + "<text x=\"20\" y=\"92\" font-size=\"22\" font-weight=\"bold\">Anti-Racist Pledge</text>"
            + $"<text x=\"20\" y=\"122\" font-size=\"15\">{E(name)} · {year} · {E(reference)}</text>"
            + "</g></svg>";
    }

    public static byte[] Png(string organisationName, int year, string reference, int scale = 2)
    {
        var info = new SKImageInfo(Width * scale, Height * scale, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Scale(scale);
        canvas.Clear(SKColors.Transparent);
        using (var fill = new SKPaint { Color = SKColor.Parse(Teal), IsAntialias = true })
        {
            canvas.DrawRoundRect(new SKRect(0, 0, Width, Height), 12, 12, fill);
        }
        using (var accent = new SKPaint { Color = SKColor.Parse(Accent), IsAntialias = true })
        {
            canvas.DrawRect(new SKRect(0, Height - 14, Width, Height - 6), accent);
        }
        using var regularFace = SKTypeface.FromFamilyName("Arial", SKFontStyle.Normal) ?? SKTypeface.Default;
        using var boldFace = SKTypeface.FromFamilyName("Arial", SKFontStyle.Bold) ?? SKTypeface.Default;
        using var text = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var small = new SKFont(regularFace, 16);
        using var large = new SKFont(boldFace, 22);
        using var line = new SKFont(regularFace, 15);
        canvas.DrawText("We signed the", 20, 38, SKTextAlign.Left, small, text);
        canvas.DrawText("Tower Hamlets", 20, 66, SKTextAlign.Left, large, text);
        canvas.DrawText("Anti-Racist Pledge", 20, 92, SKTextAlign.Left, large, text);
        var caption = $"{Fit(organisationName, 34)} · {year.ToString(CultureInfo.InvariantCulture)} · {reference}";
        while (line.MeasureText(caption) > Width - 40 && line.Size > 9) line.Size -= 1;
        canvas.DrawText(caption, 20, 122, SKTextAlign.Left, line, text);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
