using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Jobs;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Email;

/// <summary>
/// Sends queued emails. Each message is claimed with a row-level lease (a conditional UPDATE), so with several
/// instances each message is sent by one of them; a lease left by a dead instance expires and is taken over.
/// Failures are retried with exponential back-off, then marked failed for an administrator to see.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    IOptions<EmailOptions> options,
    InstanceIdentity instance,
    SiteClock clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            try
            {
                sent = await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                logger.LogWarning(ex, "Email outbox pass failed; will try again");
                sent = 0;
            }
            if (sent == 0)
            {
                try { await Task.Delay(options.Value.PollInterval, stoppingToken); }
                catch (OperationCanceledException) { break; }
            }
        }
        await ReleaseLeasesAsync();
    }

    /// <summary>One pass: claim due messages and send them. Returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PledgeDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentUtc == null && m.FailedUtc == null && m.NextAttemptUtc <= now
                        && (m.LeaseExpiresUtc == null || m.LeaseExpiresUtc < now))
            .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var id in candidates)
        {
            if (cancellationToken.IsCancellationRequested) break;
            now = clock.GetUtcNow().UtcDateTime;
            var leaseUntil = now + settings.LeaseDuration;
            // Still due: another instance may have tried it, failed and put it off since the list above was read.
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentUtc == null && m.FailedUtc == null && m.NextAttemptUtc <= now
                            && (m.LeaseExpiresUtc == null || m.LeaseExpiresUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, instance.Id)
                                          .SetProperty(m => m.LeaseExpiresUtc, leaseUntil), cancellationToken);
            if (claimed != 1) continue;

            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            // A send is given up (and retried later) at half the lease, so it can never outlive its lease and be
            // taken over and sent a second time by another instance while this one is still talking to the server.
            var sendLimit = settings.LeaseDuration / 2;
            using var deadline = new CancellationTokenSource(sendLimit, clock);
            try
            {
                // Not cancelled by shutdown half-way: a message handed to the server must be recorded as sent.
                await transport.SendAsync(message, deadline.Token);
                await db.OutboxMessages.Where(m => m.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentUtc, clock.GetUtcNow().UtcDateTime)
                                              .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                                              .SetProperty(m => m.LastError, (string?)null)
                                              .SetProperty(m => m.LeaseOwner, (string?)null)
                                              .SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null), CancellationToken.None);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var attempts = message.Attempts + 1;
                var failed = attempts >= settings.MaxAttempts;
                var retryAt = clock.GetUtcNow().UtcDateTime + Backoff(attempts);
                var error = ex switch
                {
                    MailKit.Net.Smtp.SmtpCommandException smtp => $"SMTP {(int)smtp.StatusCode}: {smtp.Message}",
                    OperationCanceledException when deadline.IsCancellationRequested =>
                        $"Timed out: the mail server had not taken the message after {sendLimit.TotalSeconds:0} seconds",
                    _ => ex.GetType().Name + ": " + ex.Message,
                };
                if (error.Length > 1000) error = error[..1000];
                logger.LogWarning(ex, "Sending email {Id} failed (attempt {Attempts})", id, attempts);
                await db.OutboxMessages.Where(m => m.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, attempts)
                                              .SetProperty(m => m.LastError, error)
                                              .SetProperty(m => m.NextAttemptUtc, retryAt)
                                              .SetProperty(m => m.FailedUtc, failed ? clock.GetUtcNow().UtcDateTime : null)
                                              .SetProperty(m => m.LeaseOwner, (string?)null)
                                              .SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null), CancellationToken.None);
            }
        }
        return sent;
    }

    /// <summary>30 s, 1 min, 2 min, ... capped at 1 hour.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    private async Task ReleaseLeasesAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PledgeDbContext>();
            await db.OutboxMessages.Where(m => m.LeaseOwner == instance.Id && m.SentUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null)
                                          .SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null));
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or ObjectDisposedException)
        {
            logger.LogWarning(ex, "Could not release email leases on shutdown; they will expire");
        }
    }
}
