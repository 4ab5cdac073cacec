using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PledgeSite.Core.Jobs;

/// <summary>Runs every registered <see cref="IRecurringJob"/> when due, each under a database lease.</summary>
public sealed class RecurringJobRunner(
    IServiceScopeFactory scopes,
    IEnumerable<RecurringJobRegistration> registrations,
    ILogger<RecurringJobRunner> logger) : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var jobs = registrations.ToList();
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var registration in jobs)
            {
                if (stoppingToken.IsCancellationRequested) break;
                await RunIfDueAsync(registration.JobType, stoppingToken);
            }
            try { await Task.Delay(Tick, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobLeases>().ReleaseAllAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException or ObjectDisposedException)
        {
            logger.LogWarning(ex, "Could not release job leases on shutdown; they will expire");
        }
    }

    /// <summary>Runs one job now if it is due and no other instance holds it. Used by the loop and by tests.</summary>
    public async Task<bool> RunIfDueAsync(Type jobType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = (IRecurringJob)scope.ServiceProvider.GetRequiredService(jobType);
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        try
        {
            if (!await leases.TryClaimAsync(job.Name, LeaseDuration, job.Interval, cancellationToken)) return false;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogWarning(ex, "Could not claim job {Job}", job.Name);
            return false;
        }

        string? error = null;
        try
        {
            await job.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error = "Stopped by shutdown";
        }
#pragma warning disable CA1031 // A failing job must not stop the others; the error is logged and kept on its lease row.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Job {Job} failed", job.Name);
            error = ex.GetType().Name + ": " + ex.Message;
            if (error.Length > 1000) error = error[..1000];
        }
        await leases.ReleaseAsync(job.Name, error, CancellationToken.None);
        return true;
    }
}

public sealed record RecurringJobRegistration(Type JobType);

public static class RecurringJobServiceCollectionExtensions
{
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services) where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new RecurringJobRegistration(typeof(TJob)));
        return services;
    }
}
