using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Jobs;

namespace PledgeSite.Core.Content;

public static class ContentRegistration
{
    /// <summary>The CMS: query service for every feature, the editing workflow, and scheduled publishing.</summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ContentSanitiser>();
        builder.Services.AddScoped<ContentQuery>();
        builder.Services.AddScoped<ContentWorkflow>();
        builder.Services.AddRecurringJob<ScheduledPublishingJob>();
        return builder;
    }
}
