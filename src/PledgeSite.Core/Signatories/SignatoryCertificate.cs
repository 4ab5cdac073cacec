using System.Globalization;
using System.Text;

namespace PledgeSite.Core.Signatories;

/// <summary>
/// A one-page PDF certificate (A4 landscape) written directly: the PDF standard fonts Helvetica and
/// Helvetica-Bold need no embedding, so the file is small and needs no PDF library.
/// </summary>
public static class SignatoryCertificate
{
    private const float PageWidth = 842, PageHeight = 595;

    public static byte[] Pdf(string organisationName, DateTime signedUtc, string reference, string pageUrl, DateTime createdUtc)
    {
        ArgumentNullException.ThrowIfNull(organisationName);
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var signed = TimeZoneInfo.ConvertTimeFromUtc(signedUtc, london).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

        var content = new StringBuilder();
        void Op(string op) => content.Append(op).Append('\n');
        // Borders: a thick teal frame and a thin one inside it.
        Op("0 0.353 0.431 RG 6 w 24 24 794 547 re S");
        Op("0 0.647 0.659 RG 1.5 w 38 38 766 519 re S");
        Centred(content, "Tower Hamlets Anti-Racist Pledge", true, 18, 500, (0, 0.353f, 0.431f));
        Centred(content, "Certificate of signing", true, 40, 430, (0.043f, 0.047f, 0.047f));
        Centred(content, "This is to certify that", false, 18, 370, (0.043f, 0.047f, 0.047f));
        var nameSize = 30f;
        while (Measure(organisationName, true, nameSize) > 700 && nameSize > 12) nameSize -= 1;
        Centred(content, organisationName, true, nameSize, 320, (0, 0.353f, 0.431f));
        Centred(content, $"signed the Tower Hamlets Anti-Racist Pledge on {signed},", false, 18, 270, (0.043f, 0.047f, 0.047f));
        Centred(content, "committing to act against racism, to set its own measurable targets", false, 14, 240, (0.043f, 0.047f, 0.047f));
        Centred(content, "and to report its progress in public every year.", false, 14, 222, (0.043f, 0.047f, 0.047f));
        Centred(content, $"Reference: {reference}", true, 14, 160, (0.043f, 0.047f, 0.047f));
        Centred(content, $"Check this pledge at {pageUrl}", false, 11, 138, (0.314f, 0.353f, 0.373f));
        Centred(content, "London Borough of Tower Hamlets", true, 12, 80, (0.043f, 0.047f, 0.047f));

        var stream = Encoding.Latin1.GetBytes(content.ToString());
        var created = createdUtc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>")),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"),
            (byte[])[.. Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Length {stream.Length} >>\nstream\n")), .. stream, .. Ascii("\nendstream")],
            Ascii($"<< /Title {PdfString($"Anti-Racist Pledge certificate: {organisationName}")} /Author (London Borough of Tower Hamlets) /Producer (PledgeSite) /CreationDate (D:{created}Z) >>"),
        };

        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n", latin1: true));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n")));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Ascii(table.ToString()));
        return pdf.ToArray();
    }

    private static void Centred(StringBuilder content, string text, bool bold, float size, float y, (float R, float G, float B) colour)
    {
        var x = (PageWidth - Measure(text, bold, size)) / 2;
        content.Append(CultureInfo.InvariantCulture,
            $"BT {colour.R:0.###} {colour.G:0.###} {colour.B:0.###} rg /{(bold ? "F2" : "F1")} {size:0.#} Tf {x:0.##} {y:0.##} Td {PdfString(text)} Tj ET\n");
    }

    /// <summary>Text width in points, from the standard Helvetica metrics (per 1000 units of the font size).</summary>
    private static float Measure(string text, bool bold, float size)
    {
        var widths = bold ? BoldWidths : RegularWidths;
        var total = 0;
        foreach (var c in text) total += c is >= ' ' and <= '~' ? widths[c - ' '] : 556;
        return total * size / 1000f;
    }

    /// <summary>A PDF literal string in WinAnsi encoding; characters it lacks become "?".</summary>
    private static string PdfString(string text)
    {
        var sb = new StringBuilder("(");
        foreach (var c in text)
        {
            int code = c switch
            {
                '\u2018' => 0x91, '\u2019' => 0x92, '\u201C' => 0x93, '\u201D' => 0x94, '\u2013' => 0x96, '\u2014' => 0x97,
                '\u20AC' => 0x80, '\u2026' => 0x85, '\u2022' => 0x95,
                _ when c is >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF' => c,
                _ => '?',
            };
            if (code is '(' or ')' or '\\') sb.Append('\\').Append((char)code);
            else if (code > 126) sb.Append('\\').Append(Convert.ToString(code, 8));
            else sb.Append((char)code);
        }
        return sb.Append(')').ToString();
    }

    private static byte[] Ascii(string text, bool latin1 = false) => latin1 ? Encoding.Latin1.GetBytes(text) : Encoding.ASCII.GetBytes(text);

    // Adobe's Helvetica and Helvetica-Bold advance widths for characters 32 to 126.
    private static readonly int[] RegularWidths =
    [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ];

    private static readonly int[] BoldWidths =
    [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ];
}
