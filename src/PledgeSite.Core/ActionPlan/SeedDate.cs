using System.Globalization;
using System.Text.RegularExpressions;

namespace PledgeSite.Core.ActionPlan;

/// <summary>
/// Reads the date wording of the council's action plan ("Jul-21", "01/03/2022", "On-going", "2021/22",
/// "01/12/2021 Delayed to 01/04/2022", "01/04/2022 On track"). What it cannot read it leaves undated with a note,
/// so nothing is imported as a date it is not.
/// </summary>
public static partial class SeedDate
{
    public readonly record struct Reading(DateOnly? Date, bool Ongoing, string? Note);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Reading Read(string? text)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0) return new(null, false, null);
        if (OngoingPattern().IsMatch(t)) return new(null, true, null);

        var delayed = DelayedPattern().Match(t);
        if (delayed.Success && Day(delayed.Groups[1].Value) is { } from && Day(delayed.Groups[2].Value) is { } to)
            return new(to, false, $"Delayed from {from:d MMMM yyyy} to {to:d MMMM yyyy}.");

        var onTrack = OnTrackPattern().Match(t);
        if (onTrack.Success && Day(onTrack.Groups[1].Value) is { } tracked)
            return new(tracked, false, "The progress report says this is on track.");

        if (Day(t) is { } day) return new(day, false, null);

        if (DateTime.TryParseExact(t, "MMM-yy", English, DateTimeStyles.None, out var month))
        {
            var end = new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
            return new(end, false, $"The plan gives a month only; read as the end of {end:MMMM yyyy}.");
        }

        var financial = FinancialYearPattern().Match(t);
        if (financial.Success)
        {
            var first = int.Parse(financial.Groups[1].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(financial.Groups[2].Value, CultureInfo.InvariantCulture);
            if ((first + 1) % 100 == second)
                return new(new DateOnly(first + 1, 3, 31), false, $"Financial year {t}; read as its end, 31 March {first + 1}.");
        }

        return new(null, false, $"\"{t}\" is not a date the site can read, so it is shown as written and not counted as overdue.");
    }

    /// <summary>The plan's month-only wording ("Mar-22"): shown as the month ("March 2022"), never as a day.</summary>
    public static bool IsMonthOnly(string? text) =>
        DateTime.TryParseExact((text ?? "").Trim(), "MMM-yy", English, DateTimeStyles.None, out _);

    /// <summary>The plan's own style for a month ("Jun-23"), as editors' month-only dates are kept.</summary>
    public static string MonthText(DateOnly month) => month.ToString("MMM-yy", English);

    /// <summary>The plan's own style for a day ("30/06/2023").</summary>
    public static string DayText(DateOnly day) => day.ToString("dd/MM/yyyy", English);

    private static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text.Trim(), "dd/MM/yyyy", English, DateTimeStyles.None, out var d) ? d : null;

    [GeneratedRegex(@"^on[\s-]?going$", RegexOptions.IgnoreCase)]
    private static partial Regex OngoingPattern();

    [GeneratedRegex(@"^(\d{2}/\d{2}/\d{4})\s+delayed to\s+(\d{2}/\d{2}/\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex DelayedPattern();

    [GeneratedRegex(@"^(\d{2}/\d{2}/\d{4})\s+on track$", RegexOptions.IgnoreCase)]
    private static partial Regex OnTrackPattern();

    [GeneratedRegex(@"^(20\d{2})/(\d{2})$")]
    private static partial Regex FinancialYearPattern();
}
