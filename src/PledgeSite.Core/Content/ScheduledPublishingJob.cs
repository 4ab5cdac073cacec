using PledgeSite.Core.Jobs;

namespace PledgeSite.Core.Content;

/// <summary>Publishes and unpublishes content at the times editors scheduled, read from the database each run.</summary>
public sealed class ScheduledPublishingJob(ContentWorkflow workflow) : IRecurringJob
{
    public string Name => "content-scheduled-publishing";

    // Runs several times a minute so a page scheduled for 09:00 is live within seconds of 09:00.
    public TimeSpan Interval => TimeSpan.FromSeconds(15);

    public Task RunAsync(CancellationToken cancellationToken) => workflow.RunScheduleAsync(cancellationToken);
}
