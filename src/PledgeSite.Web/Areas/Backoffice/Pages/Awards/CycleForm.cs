using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Awards;

/// <summary>
/// A cycle's dates as typed. Nominations open at the start of their day and close at the end of theirs
/// (11:59pm London time); judging ends at the end of its day; results are published at the announcement time.
/// </summary>
public sealed class CycleForm
{
    public string? Year { get; set; }
    public DateParts Opens { get; set; } = new();
    public DateParts Closes { get; set; } = new();
    public DateParts JudgingEnds { get; set; } = new();
    public DateParts Announced { get; set; } = new();
    public string? AnnouncementTime { get; set; } = "18:00";
    public string? RetentionDays { get; set; } = "180";

    public static CycleForm From(AwardCycle c) => new()
    {
        Year = c.Year.ToString(CultureInfo.InvariantCulture),
        Opens = DateParts.From(DateOnly.FromDateTime(AwardTimes.ToLondon(c.NominationsOpenUtc))),
        Closes = DateParts.From(DateOnly.FromDateTime(AwardTimes.ToLondon(c.NominationsCloseUtc))),
        JudgingEnds = DateParts.From(DateOnly.FromDateTime(AwardTimes.ToLondon(c.JudgingDeadlineUtc))),
        Announced = DateParts.From(DateOnly.FromDateTime(AwardTimes.ToLondon(c.AnnouncementUtc))),
        AnnouncementTime = AwardTimes.ToLondon(c.AnnouncementUtc).ToString("HH:mm", CultureInfo.InvariantCulture),
        RetentionDays = c.RetentionDays.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Validates into <paramref name="modelState"/> (keys under <paramref name="prefix"/>) and fills <paramref name="cycle"/> when valid.</summary>
    public bool TryApply(AwardCycle cycle, ModelStateDictionary modelState, string prefix)
    {
        var ok = true;
        void Error(string key, string message) { modelState.AddModelError($"{prefix}.{key}", message); ok = false; }
        if (!int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            Error(nameof(Year), "Enter the year of the awards, like 2027");
        var (opens, e1) = Opens.Parse("the date nominations open");
        if (e1 is not null) Error(nameof(Opens), e1);
        var (closes, e2) = Closes.Parse("the date nominations close");
        if (e2 is not null) Error(nameof(Closes), e2);
        var (judging, e3) = JudgingEnds.Parse("the date judging ends");
        if (e3 is not null) Error(nameof(JudgingEnds), e3);
        var (announced, e4) = Announced.Parse("the announcement date");
        if (e4 is not null) Error(nameof(Announced), e4);
        if (!TimeOnly.TryParseExact(AnnouncementTime?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            Error(nameof(AnnouncementTime), "Enter the announcement time as hours and minutes, like 18:00");
        if (!int.TryParse(RetentionDays, NumberStyles.None, CultureInfo.InvariantCulture, out var retention) || retention is < 1 or > 3650)
            Error(nameof(RetentionDays), "Enter the number of days to keep personal data, between 1 and 3650");
        if (!ok) return false;
        if (closes <= opens) Error(nameof(Closes), "The date nominations close must be after the date they open");
        else if (judging < closes) Error(nameof(JudgingEnds), "The date judging ends must be on or after the date nominations close");
        else if (announced < judging) Error(nameof(Announced), "The announcement date must be on or after the date judging ends");
        var closeUtc = AwardTimes.FromLondon(closes!.Value, new TimeOnly(23, 59, 59));
        var announceUtc = AwardTimes.FromLondon(announced!.Value, time);
        if (ok && closeUtc.AddDays(retention) <= announceUtc)
            Error(nameof(RetentionDays), "Keep personal data until after the announcement: the retention period starts when nominations close");
        if (!ok) return false;
        cycle.Year = year;
        cycle.NominationsOpenUtc = AwardTimes.FromLondon(opens!.Value, TimeOnly.MinValue);
        cycle.NominationsCloseUtc = closeUtc;
        cycle.JudgingDeadlineUtc = AwardTimes.FromLondon(judging!.Value, new TimeOnly(23, 59, 59));
        cycle.AnnouncementUtc = announceUtc;
        cycle.RetentionDays = retention;
        return true;
    }
}
