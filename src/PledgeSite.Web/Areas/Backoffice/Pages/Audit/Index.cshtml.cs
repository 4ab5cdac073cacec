using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Audit;

/// <summary>
/// The audit log, newest first, filtered by entity type, actor, date range (Europe/London days) and text.
/// Read-only: this page has GET only, and the interceptor refuses changes to audit rows.
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public class IndexModel(PledgeDbContext db) : PageModel
{
    public const int PageSize = 50;
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public DateParts From { get; set; } = new();
    [BindProperty(SupportsGet = true)] public DateParts To { get; set; } = new();
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public static IDictionary<string, string> DateFieldIds { get; } = new Dictionary<string, string> { ["From"] = "From-day", ["To"] = "To-day" };

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public IReadOnlyList<GovUkOption> EntityTypes { get; private set; } = [];
    public int Total { get; private set; }
    public int TotalPages { get; private set; } = 1;

    public async Task OnGetAsync()
    {
        var types = await db.AuditEntries.Select(a => a.EntityType).Distinct().ToListAsync();
        EntityTypes = types.Order(StringComparer.Ordinal).Select(t => new GovUkOption(t, DisplayType(t))).ToList();

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(EntityType)) query = query.Where(a => a.EntityType == EntityType);
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            query = query.Where(a => a.Actor.Contains(actor));
        }
        if (!string.IsNullOrWhiteSpace(Text))
        {
            var text = Text.Trim();
            query = query.Where(a => a.Changes.Contains(text) || a.EntityKey.Contains(text) || a.Action.Contains(text));
        }
        var (from, fromError) = From.Parse("the start date", required: false);
        if (fromError is not null) ModelState.AddModelError(nameof(From), fromError);
        else if (from is { } f) { var start = StartOfLondonDay(f); query = query.Where(a => a.OccurredUtc >= start); }
        var (to, toError) = To.Parse("the end date", required: false);
        if (toError is not null) ModelState.AddModelError(nameof(To), toError);
        else if (to is { } t) { var end = StartOfLondonDay(t.AddDays(1)); query = query.Where(a => a.OccurredUtc < end); }
        if (from is { } a1 && to is { } b1 && b1 < a1) ModelState.AddModelError(nameof(To), "The end date must be the same as or after the start date");

        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Entries = await query.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    public static string DisplayType(string type) => type switch
    {
        "IdentityUserRole`1" => "Role assignment",
        "IdentityUserToken`1" => "Sign-in token",
        "IdentityUserClaim`1" => "User claim",
        "IdentityUserLogin`1" => "External login",
        "IdentityRole" => "Role",
        "StaffUser" => "Staff user",
        "DataProtectionKey" => "Data protection key",
        _ => type,
    };

    public static string LondonTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London)
            .ToString("d MMM yyyy HH:mm:ss", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private static DateTime StartOfLondonDay(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London);
}
