using System.Globalization;

namespace PledgeSite.Web.Infrastructure;

/// <summary>A date as typed into a GOV.UK date input: three strings, so bad input can be redisplayed unchanged.</summary>
public sealed class DateParts
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static DateParts From(DateOnly? date) => date is { } d
        ? new DateParts { Day = d.Day.ToString(CultureInfo.InvariantCulture), Month = d.Month.ToString(CultureInfo.InvariantCulture), Year = d.Year.ToString(CultureInfo.InvariantCulture) }
        : new DateParts();

    /// <summary>
    /// Parses the date, or returns the GOV.UK-style message saying what is wrong, using <paramref name="what"/>
    /// in the message (for example "the baseline date").
    /// </summary>
    public (DateOnly? Date, string? Error) Parse(string what, bool required = true)
    {
        if (IsEmpty) return (null, required ? $"Enter {what}" : null);
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(Day)) missing.Add("day");
        if (string.IsNullOrWhiteSpace(Month)) missing.Add("month");
        if (string.IsNullOrWhiteSpace(Year)) missing.Add("year");
        var capitalised = char.ToUpperInvariant(what[0]) + what[1..];
        if (missing.Count > 0) return (null, $"{capitalised} must include a {string.Join(" and ", missing)}");
        if (!int.TryParse(Day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || !int.TryParse(Month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            return (null, $"{capitalised} must be a real date, written in numbers");
        if (Year!.Trim().Length != 4) return (null, "Year must include 4 numbers");
        if (m is < 1 or > 12 || d < 1 || y < 1900 || y > 2100 || d > DateTime.DaysInMonth(y, m))
            return (null, $"{capitalised} must be a real date");
        return (new DateOnly(y, m, d), null);
    }
}
