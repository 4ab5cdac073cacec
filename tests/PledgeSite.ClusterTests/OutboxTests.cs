using Microsoft.EntityFrameworkCore;
using PledgeSite.ClusterTests.Infrastructure;
using PledgeSite.Core.Entities;

namespace PledgeSite.ClusterTests;

/// <summary>
/// The email outbox with two instances polling it: each queued email reaches the SMTP server once, and a dead or
/// stopped instance's work is finished by the other.
/// </summary>
public class OutboxTests(ClusterFixture cluster)
{
    [Fact(Timeout = 120_000)]
    public async Task Three_hundred_queued_emails_reach_the_smtp_server_exactly_once_with_both_instances_sending()
    {
        var cancel = TestContext.Current.CancellationToken;
        await cluster.EnsureRunningAsync(cancel);
        var kind = $"cluster-{Guid.NewGuid():N}"[..30];

        await QueueAsync(kind, 300, cancel);
        await WaitUntilSentAsync(kind, 300, TimeSpan.FromSeconds(90), cancel);

        var delivered = await DeliveredAsync(kind, 300, cancel);
        Assert.Equal(300, delivered.Count);
        Assert.Equal(Enumerable.Range(1, 300).Select(i => $"{kind} #{i}").Order(StringComparer.Ordinal), delivered.Order(StringComparer.Ordinal));
        Assert.True(cluster.A.IsRunning && cluster.B.IsRunning, cluster.Output());
    }

    [Fact(Timeout = 120_000)]
    public async Task Emails_leased_by_an_instance_killed_with_SIGKILL_are_sent_by_the_other_once_the_lease_expires()
    {
        var cancel = TestContext.Current.CancellationToken;
        await cluster.EnsureRunningAsync(cancel);
        var kind = $"sigkill-{Guid.NewGuid():N}"[..30];
        var release = new TaskCompletionSource();
        // Both instances connect and are held before handing any message over, each holding a lease on one row.
        cluster.Smtp.BeforeMail = () => release.Task;
        try
        {
            await QueueAsync(kind, 30, cancel);
            var prefix = cluster.A.LeaseOwnerPrefix;
            var heldByA = await Poll.UntilAsync(async () => await cluster.WithDbAsync(db => db.OutboxMessages
                .Where(m => m.Kind == kind && m.SentUtc == null && m.LeaseOwner != null && m.LeaseOwner.StartsWith(prefix))
                .Select(m => m.Id).ToListAsync(cancel)), ids => ids.Count > 0, TimeSpan.FromSeconds(30), cancel);
            Assert.True(heldByA.Count > 0, "A never leased a message.\n" + cluster.Output());

            await cluster.A.KillAsync();
            release.SetResult();
            cluster.Smtp.BeforeMail = null;

            await WaitUntilSentAsync(kind, 30, TimeSpan.FromSeconds(60), cancel);
            var delivered = await DeliveredAsync(kind, 30, cancel);
            Assert.Equal(30, delivered.Count);
            Assert.Equal(30, delivered.Distinct(StringComparer.Ordinal).Count());
            var rows = await cluster.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => heldByA.Contains(m.Id)).ToListAsync(cancel));
            Assert.All(rows, m =>
            {
                Assert.NotNull(m.SentUtc);
                Assert.Null(m.LeaseOwner);
            });
        }
        finally
        {
            release.TrySetResult();
            cluster.Smtp.BeforeMail = null;
            await cluster.EnsureRunningAsync(CancellationToken.None);
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task An_instance_stopped_with_SIGTERM_finishes_the_email_in_hand_releases_its_leases_and_exits()
    {
        var cancel = TestContext.Current.CancellationToken;
        await cluster.EnsureRunningAsync(cancel);
        var kind = $"sigterm-{Guid.NewGuid():N}"[..30];
        var release = new TaskCompletionSource();
        cluster.Smtp.BeforeMail = () => release.Task;
        try
        {
            await QueueAsync(kind, 20, cancel);
            var prefix = cluster.A.LeaseOwnerPrefix;
            var heldByA = await Poll.UntilAsync(async () => await cluster.WithDbAsync(db => db.OutboxMessages
                .Where(m => m.Kind == kind && m.SentUtc == null && m.LeaseOwner != null && m.LeaseOwner.StartsWith(prefix))
                .Select(m => m.Id).ToListAsync(cancel)), ids => ids.Count > 0, TimeSpan.FromSeconds(30), cancel);
            Assert.True(heldByA.Count > 0, "A never leased a message.\n" + cluster.Output());

            var stopping = cluster.A.TerminateAsync(TimeSpan.FromSeconds(20));
            await Task.Delay(500, cancel);
            release.SetResult();
            cluster.Smtp.BeforeMail = null;
            var (exited, exitCode) = await stopping;

            Assert.True(exited, "A did not exit within 20 s of SIGTERM.\n" + cluster.A.Output());
            Assert.Equal(0, exitCode);
            var stillLeasedByA = await cluster.WithDbAsync(async db =>
                await db.OutboxMessages.CountAsync(m => m.LeaseOwner != null && m.LeaseOwner.StartsWith(prefix), cancel)
                + await db.JobLeases.CountAsync(l => l.Owner != null && l.Owner.StartsWith(prefix), cancel));
            Assert.Equal(0, stillLeasedByA);

            await WaitUntilSentAsync(kind, 20, TimeSpan.FromSeconds(60), cancel);
            var delivered = await DeliveredAsync(kind, 20, cancel);
            Assert.Equal(20, delivered.Count);
            Assert.Equal(20, delivered.Distinct(StringComparer.Ordinal).Count());
        }
        finally
        {
            release.TrySetResult();
            cluster.Smtp.BeforeMail = null;
            await cluster.EnsureRunningAsync(CancellationToken.None);
        }
    }

    /// <summary>Queues <paramref name="count"/> emails straight into the shared outbox, subjects "{kind} #1".. .</summary>
    private Task<int> QueueAsync(string kind, int count, CancellationToken cancel) => cluster.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                ToAddress = $"person{i}@example.org",
                ToName = $"Person {i}",
                Subject = $"{kind} #{i}",
                TextBody = "A message from the cluster tests.",
                HtmlBody = "<p>A message from the cluster tests.</p>",
                Kind = kind,
                CreatedUtc = now,
                NextAttemptUtc = now,
            });
        }
        return await db.SaveChangesAsync(cancel);
    });

    private async Task WaitUntilSentAsync(string kind, int count, TimeSpan timeout, CancellationToken cancel)
    {
        var sent = await Poll.UntilAsync(() => cluster.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == kind && m.SentUtc != null, cancel)),
            n => n >= count, timeout, cancel);
        Assert.True(sent == count, $"{sent} of {count} emails were sent within {timeout.TotalSeconds} s.\n{cluster.Output()}");
    }

    /// <summary>
    /// Subjects of the messages of this kind the sink received, once the outbox says all are sent, no row is leased any
    /// more and the sink has no message in flight: a second send of any of them would have had to begin while its row
    /// was still unsent, so it has either arrived by then or never happened.
    /// </summary>
    private async Task<List<string>> DeliveredAsync(string kind, int expected, CancellationToken cancel)
    {
        var settled = await Poll.UntilAsync(async () => cluster.Smtp.InFlight == 0
                && !await cluster.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == kind && m.LeaseOwner != null, cancel)),
            done => done, TimeSpan.FromSeconds(30), cancel);
        Assert.True(settled, $"{cluster.Smtp.InFlight} message(s) still in flight or rows still leased 30 s after all were sent.\n{cluster.Output()}");
        var subjects = cluster.Smtp.Messages.Select(m => m.Subject ?? "").Where(s => s.StartsWith(kind + " #", StringComparison.Ordinal)).ToList();
        Assert.True(subjects.Count >= expected, $"The sink received {subjects.Count} of {expected}.");
        return subjects;
    }
}
