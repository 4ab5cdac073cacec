using System.Globalization;
using System.Text;

namespace PledgeSite.Core.Campaign;

/// <summary>
/// An iCalendar (RFC 5545) file for one event: Europe/London local times with a VTIMEZONE, TEXT values escaped
/// (backslash, semicolon, comma, newline) and lines folded at 75 octets without splitting a UTF-8 character.
/// </summary>
public static class Calendar
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string ToIcs(CampaignEvent e, string url, string host, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(e);
        var end = e.EndUtc ?? e.StartUtc.AddHours(2);
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//London Borough of Tower Hamlets//Anti-Racist Pledge//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            $"UID:{e.Slug}@{host}",
            $"DTSTAMP:{Utc(nowUtc)}",
            $"LAST-MODIFIED:{Utc(e.UpdatedUtc)}",
            $"DTSTART;TZID=Europe/London:{Local(e.StartUtc)}",
            $"DTEND;TZID=Europe/London:{Local(end)}",
            $"SUMMARY:{Escape(e.Title)}",
        };
        var description = string.Join("\n\n", new[] { e.Summary, e.AccessibilityInformation is null ? null : "Accessibility: " + e.AccessibilityInformation, e.BookingUrl is null ? null : "Book: " + e.BookingUrl, url }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        lines.Add($"DESCRIPTION:{Escape(description)}");
        if (!string.IsNullOrWhiteSpace(e.Place)) lines.Add($"LOCATION:{Escape(e.Place)}");
        lines.Add($"URL:{url}");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var builder = new StringBuilder();
        foreach (var line in lines) builder.Append(Fold(line));
        return builder.ToString();
    }

    private static string Utc(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>RFC 5545 3.3.11: backslash, semicolon and comma escaped; line breaks as \n.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>RFC 5545 3.1: lines of at most 75 octets, continued with CRLF and a space; every line ends CRLF.</summary>
    public static string Fold(string line)
    {
        var builder = new StringBuilder();
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }
            builder.Append(rune.ToString());
            octets += size;
        }
        return builder.Append("\r\n").ToString();
    }
}
