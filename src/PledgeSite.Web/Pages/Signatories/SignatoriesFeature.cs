using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeSite.Core.Jobs;
using PledgeSite.Core.Signatories;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Signatories;

/// <summary>The public directory, signatory pages, badge, certificate and open data; progress reports, reminders and retention.</summary>
public static class SignatoriesFeature
{
    /// <summary>Output-cache tag of every page and feed built from published pledges.</summary>
    public const string CacheTag = "signatories";

    public static WebApplicationBuilder AddSignatories(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddMemoryCache();
        services.AddScoped<SignatoryDirectory>();
        services.AddScoped<ProgressReports>();
        // The awards feature replaces this with its own (registered before or after: TryAdd keeps theirs).
        services.TryAddScoped<ISignatoryAwards, NoSignatoryAwards>();
        services.AddRecurringJob<ProgressReportReminderJob>();
        services.AddRecurringJob<WithdrawnPledgeRetentionJob>();
        services.AddSingleton<ICommand, DemoDataCommand>();
        return builder;
    }
}
