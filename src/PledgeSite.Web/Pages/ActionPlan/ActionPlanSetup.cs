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
        ActionStatus.Complete => "Complete",
        _ => "No due date",
    };

    private static readonly TimeZoneInfo LondonZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A UTC time as Europe/London wall time: "24 November 2026, 10:00".</summary>
    public static string London(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), LondonZone)
            .ToString("d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "";
}
