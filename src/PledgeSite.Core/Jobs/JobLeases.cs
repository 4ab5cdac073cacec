using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Jobs;

/// <summary>Claims and releases <see cref="JobLease"/> rows with conditional updates, so only one instance holds each.</summary>
public sealed class JobLeases(PledgeDbContext db, InstanceIdentity instance, SiteClock clock)
{
    /// <summary>Takes the lease if it is free, expired or already ours, and the job is due. True when this instance may run it.</summary>
    public async Task<bool> TryClaimAsync(string jobName, TimeSpan leaseFor, TimeSpan interval, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await db.JobLeases.AnyAsync(l => l.JobName == jobName, cancellationToken))
        {
            db.JobLeases.Add(new JobLease { JobName = jobName, ExpiresUtc = DateTime.MinValue.ToUniversalTime() });
            try { await db.SaveChangesAsync(cancellationToken); }
            catch (DbUpdateException) { /* another instance inserted it first */ }
            db.ChangeTracker.Clear();
        }
        var dueBefore = now - interval;
        var claimed = await db.JobLeases
            .Where(l => l.JobName == jobName
                        && (l.ExpiresUtc < now || l.Owner == instance.Id)
                        && (l.LastRunUtc == null || l.LastRunUtc <= dueBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, instance.Id)
                                      .SetProperty(l => l.ExpiresUtc, now + leaseFor), cancellationToken);
        return claimed == 1;
    }

    public async Task ReleaseAsync(string jobName, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobLeases.Where(l => l.JobName == jobName && l.Owner == instance.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, (string?)null)
                                      .SetProperty(l => l.ExpiresUtc, now)
                                      .SetProperty(l => l.LastRunUtc, now)
                                      .SetProperty(l => l.LastSuccessUtc, l => error == null ? now : l.LastSuccessUtc)
                                      .SetProperty(l => l.LastError, error), cancellationToken);
    }

    /// <summary>On shutdown: give back every lease this instance holds without marking a run.</summary>
    public Task ReleaseAllAsync(CancellationToken cancellationToken) =>
        db.JobLeases.Where(l => l.Owner == instance.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Owner, (string?)null)
                                      .SetProperty(l => l.ExpiresUtc, DateTime.MinValue.ToUniversalTime()), cancellationToken);
}
