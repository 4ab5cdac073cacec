namespace PledgeSite.Core.Jobs;

/// <summary>
/// Work that runs on a schedule (scheduled publishing, reminders, retention purges). Register with
/// <c>services.AddRecurringJob&lt;T&gt;()</c>; <see cref="RecurringJobRunner"/> runs it on one instance at a time.
/// A job must be safe to run again after a crash: decide what is due from the database, not from memory.
/// </summary>
public interface IRecurringJob
{
    /// <summary>Stable name, used as the lease key.</summary>
    string Name { get; }

    /// <summary>How often to run. The runner checks every few seconds; a job runs when this has passed since its last run.</summary>
    TimeSpan Interval { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
