using System.Globalization;
using PledgeSite.Core.Content;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Content;

/// <summary>A date and time as typed (London time) into a GOV.UK date input and a time field, to UTC.</summary>
public static class ContentDateTime
{
    public static (DateTime? Utc, string? DateError, string? TimeError) Parse(DateParts date, string? time, string what, bool required)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date.IsEmpty && string.IsNullOrWhiteSpace(time)) return (null, required ? $"Enter {what}" : null, null);
        var (day, dateError) = date.Parse(what);
        if (dateError is not null) return (null, dateError, null);
        var t = (time ?? "").Trim().ToLowerInvariant().Replace('.', ':');
        if (!TimeOnly.TryParseExact(t, ["H:mm", "HH:mm", "h:mmtt", "htt", "h:mm tt", "h tt"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
            return (null, null, $"Enter the time for {what} as 24-hour clock hours and minutes, like 14:30");
        return (ContentTime.FromLondon(day!.Value.ToDateTime(clock)), null, null);
    }

    public static (DateParts Date, string Time) From(DateTime? utc)
    {
        if (utc is not { } value) return (new DateParts(), "");
        var london = ContentTime.ToLondon(value);
        return (DateParts.From(DateOnly.FromDateTime(london)), london.ToString("HH:mm", CultureInfo.InvariantCulture));
    }
}
