using PledgeSite.Core.Awards;
using PledgeSite.Core.Jobs;

// In the Infrastructure namespace so Program.cs needs only its one line.
namespace PledgeSite.Web.Infrastructure;

public static class AwardsRegistration
{
    /// <summary>The recognition awards: files, the signatory-page query, judging reminders and the retention purge.</summary>
    public static WebApplicationBuilder AddAwards(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<AwardFiles>();
        builder.Services.AddScoped<SignatoryAwards>();
        builder.Services.AddRecurringJob<JudgingReminderJob>();
        builder.Services.AddRecurringJob<AwardRetentionJob>();
        return builder;
    }
}
