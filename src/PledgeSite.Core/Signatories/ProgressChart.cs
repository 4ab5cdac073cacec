using System.Globalization;
using System.Net;
using System.Text;

namespace PledgeSite.Core.Signatories;

/// <summary>One measured value on a target's timeline.</summary>
public sealed record ProgressPoint(DateTime DateUtc, decimal Value);

/// <summary>A public target with its baseline, the values reported each year, and where it aims to be.</summary>
public sealed record TargetProgress(
    string Measure,
    string? Unit,
    ProgressPoint Baseline,
    ProgressPoint Target,
    IReadOnlyList<ProgressPoint> Reported);

/// <summary>
/// Draws a target's progress as an accessible SVG line chart, on the server: baseline, each reported value, and
/// a dashed line from the baseline to the target. The page shows the same figures in a table beside it.
/// </summary>
public static class ProgressChart
{
    private const int Width = 640, Height = 320, Left = 70, Right = 20, Top = 20, Bottom = 50;

    public static string Render(TargetProgress target, string id)
    {
        ArgumentNullException.ThrowIfNull(target);
        var inv = CultureInfo.InvariantCulture;
        var points = new List<ProgressPoint> { target.Baseline };
        points.AddRange(target.Reported.OrderBy(r => r.DateUtc));
        var all = points.Append(target.Target).ToList();

        var minDate = all.Min(p => p.DateUtc);
        var maxDate = all.Max(p => p.DateUtc);
        if (maxDate <= minDate) maxDate = minDate.AddYears(1);
        var (low, high, step) = Scale(Math.Min(0m, all.Min(p => p.Value)), all.Max(p => p.Value));

        double X(DateTime d) => Left + (Width - Left - Right) * ((d - minDate).TotalDays / (maxDate - minDate).TotalDays);
        double Y(decimal v) => Top + (Height - Top - Bottom) * (double)((high - v) / (high - low));
        string F(double v) => v.ToString("0.#", inv);

        var unit = string.IsNullOrWhiteSpace(target.Unit) ? "" : " " + target.Unit;
        var description = new StringBuilder()
            .Append(inv, $"Baseline {Format(target.Baseline.Value)}{unit} on {Date(target.Baseline.DateUtc)}. ");
        foreach (var r in points.Skip(1)) description.Append(inv, $"Reported {Format(r.Value)}{unit} on {Date(r.DateUtc)}. ");
        description.Append(inv, $"Target {Format(target.Target.Value)}{unit} by {Date(target.Target.DateUtc)}.");

        var svg = new StringBuilder();
        svg.Append(inv, $"<svg class=\"th-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">")
            .Append(inv, $"<title id=\"{id}-title\">{Encode(target.Measure)}: progress towards the target</title>")
            .Append(inv, $"<desc id=\"{id}-desc\">{Encode(description.ToString())}</desc>");

        // Horizontal grid lines with their values.
        for (var v = low; v <= high; v += step)
        {
            var y = F(Y(v));
            svg.Append(inv, $"<line x1=\"{Left}\" y1=\"{y}\" x2=\"{Width - Right}\" y2=\"{y}\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>")
                .Append(inv, $"<text x=\"{Left - 8}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">{Encode(Format(v))}</text>");
        }
        // Axes.
        svg.Append(inv, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>")
            .Append(inv, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>");
        // A year label under each point in time that carries a value.
        foreach (var year in all.Select(p => p.DateUtc.Year).Distinct())
        {
            var x = X(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            if (x < Left) x = X(all.Where(p => p.DateUtc.Year == year).Min(p => p.DateUtc));
            svg.Append(inv, $"<text x=\"{F(x)}\" y=\"{Height - Bottom + 22}\" text-anchor=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">{year}</text>");
        }

        // Planned path: baseline to target, dashed.
        svg.Append(inv, $"<line x1=\"{F(X(target.Baseline.DateUtc))}\" y1=\"{F(Y(target.Baseline.Value))}\" x2=\"{F(X(target.Target.DateUtc))}\" y2=\"{F(Y(target.Target.Value))}\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"6 6\"/>");
        // Actual path: baseline and each report.
        var polyline = string.Join(" ", points.Select(p => $"{F(X(p.DateUtc))},{F(Y(p.Value))}"));
        svg.Append(inv, $"<polyline points=\"{polyline}\" fill=\"none\" stroke=\"#005a6e\" stroke-width=\"3\"/>");
        foreach (var p in points)
            svg.Append(inv, $"<circle cx=\"{F(X(p.DateUtc))}\" cy=\"{F(Y(p.Value))}\" r=\"5\" fill=\"#005a6e\"/>");
        // The target: a diamond, so it differs from the reported points by shape as well as colour.
        var tx = X(target.Target.DateUtc);
        var ty = Y(target.Target.Value);
        svg.Append(inv, $"<polygon points=\"{F(tx)},{F(ty - 8)} {F(tx + 8)},{F(ty)} {F(tx)},{F(ty + 8)} {F(tx - 8)},{F(ty)}\" fill=\"#d4351c\"/>");

        // Legend.
        var ly = Height - 12;
        svg.Append(inv, $"<circle cx=\"{Left + 6}\" cy=\"{ly - 5}\" r=\"5\" fill=\"#005a6e\"/><text x=\"{Left + 16}\" y=\"{ly}\" font-size=\"14\" fill=\"#0b0c0c\">Baseline and reported values</text>")
            .Append(inv, $"<line x1=\"{Left + 230}\" y1=\"{ly - 5}\" x2=\"{Left + 260}\" y2=\"{ly - 5}\" stroke=\"#505a5f\" stroke-width=\"2\" stroke-dasharray=\"6 6\"/><text x=\"{Left + 266}\" y=\"{ly}\" font-size=\"14\" fill=\"#0b0c0c\">Planned</text>")
            .Append(inv, $"<polygon points=\"{Left + 346},{ly - 13} {Left + 354},{ly - 5} {Left + 346},{ly + 3} {Left + 338},{ly - 5}\" fill=\"#d4351c\"/><text x=\"{Left + 362}\" y=\"{ly}\" font-size=\"14\" fill=\"#0b0c0c\">Target</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A value as people write it: no trailing zeros, thousands separated.</summary>
    public static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.GetCultureInfo("en-GB"));

    private static string Date(DateTime utc) => utc.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A "nice" axis from low to high with about five steps of 1, 2 or 5 times a power of ten.</summary>
    private static (decimal Low, decimal High, decimal Step) Scale(decimal min, decimal max)
    {
        if (max <= min) max = min + 1;
        var raw = (double)(max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var residual = raw / magnitude;
        var nice = residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1;
        var step = (decimal)(nice * magnitude);
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        if (high == max) high += step;
        return (low, high, step);
    }
}
