using System.Globalization;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.ICanBe;

namespace PledgeSite.Web.Pages.ActionPlan;

public static class ActionPlanSetup
{
    public const string CacheTag = "action-plan";

    /// <summary>The action plan tracker and the 'I can be' campaign.</summary>
    public static WebApplicationBuilder AddActionPlan(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddScoped<ActionPlanImport>();
        services.AddScoped<ActionPlanQuery>();
        services.AddScoped<ActionProgress>();
        services.AddScoped<ActionOwners>();
        services.AddScoped<BulkUpdateFile>();
        services.AddScoped<IStartupSeeder, ActionPlanSeeder>();
        builder.AddCampaign();
        return builder;
    }
}

/// <summary>Loads the action plan from seeds/action-plan on first start; reruns add nothing.</summary>
public sealed class ActionPlanSeeder(ActionPlanImport import, IConfiguration configuration, IWebHostEnvironment environment) : IStartupSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var directory = configuration["ActionPlan:SeedDirectory"];
        if (string.IsNullOrEmpty(directory))
        {
            directory = Path.Combine(AppContext.BaseDirectory, "seeds", "action-plan");
            if (!Directory.Exists(directory)) directory = Path.Combine(environment.ContentRootPath, "..", "..", "seeds", "action-plan");
        }
        await import.ImportAsync(directory, cancellationToken);
    }
}

/// <summary>How RAG ratings and statuses read and look on the site.</summary>
public static class ActionPlanText
{
    public static string Rag(RagRating rag) => rag switch
    {
        RagRating.NotRated => "Not rated",
        _ => rag.ToString(),
    };

    public static string RagColour(RagRating rag) => rag switch
    {
        RagRating.Red => "red",
        RagRating.Amber => "orange",
        RagRating.Green => "green",
        RagRating.Complete => "blue",
        _ => "grey",
    };

    /// <summary>Chart fill colours (GOV.UK palette), each with at least 3:1 contrast against white.</summary>
    public static string RagFill(RagRating rag) => rag switch
    {
        RagRating.Red => "#d4351c",
        RagRating.Amber => "#b35900",
        RagRating.Green => "#00703c",
        RagRating.Complete => "#1d70b8",
        _ => "#505a5f",
    };

    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.Overdue => "Overdue",
        ActionStatus.DueThisYear => "Due this year",
        ActionStatus.DueLater => "Due later",
        ActionStatus.Ongoing => "On-going",
        ActionStatus.Complete => "Completed",
        ActionStatus.Superseded => "Superseded",
        ActionStatus.CarriedIntoNewPlan => "Carried into the new plan",
        _ => "No due date",
    };

    /// <summary>
    /// A start or due date as the plan gives it: a month-only date ("Mar-22") as the month ("March 2022"), a day as the
    /// day, "On-going" as written, anything else as written with the date it was read as.
    /// </summary>
    public static string When(string? text, DateOnly? date)
    {
        if (string.IsNullOrWhiteSpace(text)) return "Not given";
        if (date is { } month && SeedDate.IsMonthOnly(text)) return month.ToString("MMMM yyyy", EnGb);
        if (date is { } day && text.Trim() == SeedDate.DayText(day)) return Date(day);
        return date is null || text == Date(date) ? text : $"{text} ({Date(date)})";
    }

    /// <summary>The note shown under a date, except the one saying a month-only date was read as a day (it is shown as a month).</summary>
    public static string? DateNote(string? text, string? note) => SeedDate.IsMonthOnly(text) ? null : note;

    /// <summary>A date for the CSV and JSON: "2022-03" for a month-only date, "2022-03-31" for a day.</summary>
    public static string? IsoDate(string? text, DateOnly? date) =>
        date is not { } d ? null : d.ToString(SeedDate.IsMonthOnly(text) ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Owners(PlanAction action) =>
        action.Owners.Count > 0 ? string.Join("; ", action.Owners.Select(o => o.Name).Order(StringComparer.Ordinal)) : action.Owner ?? "Not given";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo LondonZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A UTC time as Europe/London wall time: "24 November 2026, 10:00".</summary>
    public static string London(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), LondonZone)
            .ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "";
}
