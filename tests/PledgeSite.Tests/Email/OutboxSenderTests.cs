using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Email;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Email;

public class OutboxSenderTests
{
    private static async Task QueueAsync(SiteFactory site, string to, string subject)
    {
        await site.WithScopeAsync(async services =>
        {
            var outbox = services.GetRequiredService<EmailOutbox>();
            outbox.Enqueue(new EmailTemplate(subject, "Amina Begum")
                .Paragraph("Thank you for signing the Anti-Racist Pledge.")
                .Link("Confirm your email address", "http://localhost/pledge/confirm/abc")
                .To(to, "Amina Begum", "test"));
            await services.GetRequiredService<PledgeSite.Core.Data.PledgeDbContext>().SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Queued_email_reaches_the_SMTP_server_with_text_and_html_bodies()
    {
        await using var smtp = new SmtpSink();
        using var site = new SiteFactory { Smtp = smtp };
        await QueueAsync(site, "amina@example.org", "Confirm your pledge");

        var sent = await site.SendQueuedEmailAsync();

        Assert.Equal(1, sent);
        var message = Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal("Confirm your pledge", message.Subject);
        Assert.Equal("amina@example.org", message.To.Mailboxes.Single().Address);
        Assert.Contains("http://localhost/pledge/confirm/abc", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/pledge/confirm/abc\"", message.HtmlBody, StringComparison.Ordinal);
        var row = await site.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Single()));
        Assert.NotNull(row.SentUtc);
        Assert.Null(row.LeaseOwner);
    }

    [Fact]
    public async Task A_message_another_instance_put_off_after_this_pass_listed_it_is_not_sent_before_its_retry_time()
    {
        await using var smtp = new SmtpSink();
        using var site = new SiteFactory { Smtp = smtp };
        await QueueAsync(site, "first@example.org", "First");
        await QueueAsync(site, "second@example.org", "Second");
        var retryAt = site.Clock.GetUtcNow().UtcDateTime.AddMinutes(10);
        // While this pass sends the first (both already listed as due), another instance tries the second, fails,
        // and sets its next attempt 10 minutes on, releasing its lease.
        smtp.BeforeMail = () => site.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == "second@example.org")
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, 1).SetProperty(m => m.NextAttemptUtc, retryAt)));

        var sent = await site.SendQueuedEmailAsync();

        Assert.Equal(1, sent);
        Assert.Equal(["First"], smtp.Messages.Select(m => m.Subject));
    }

    [Fact]
    public async Task A_failing_SMTP_server_leaves_the_message_queued_for_a_later_retry()
    {
        await using var smtp = new SmtpSink { FailNext = 1 };
        using var site = new SiteFactory { Smtp = smtp };
        await QueueAsync(site, "sam@example.org", "Your pledge was approved");

        // When the first attempt is refused with a temporary failure
        Assert.Equal(0, await site.SendQueuedEmailAsync());

        // Then the message is kept, not sent, with the error and a later retry time
        var row = await site.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Single()));
        Assert.Null(row.SentUtc);
        Assert.Null(row.FailedUtc);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("451", row.LastError, StringComparison.Ordinal);
        Assert.True(row.NextAttemptUtc > site.Clock.GetUtcNow().UtcDateTime);

        // And it is not retried before its time
        Assert.Equal(0, await site.SendQueuedEmailAsync());
        Assert.Empty(smtp.Messages);

        // When the retry time comes, it is delivered once
        site.Clock.Advance(OutboxSender.Backoff(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await site.SendQueuedEmailAsync());
        Assert.Single(await smtp.WaitForAsync(1));
        Assert.Equal(0, await site.SendQueuedEmailAsync());
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task A_send_the_mail_server_stalls_is_given_up_before_its_lease_ends_and_retried_later()
    {
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var smtp = new SmtpSink { BeforeMail = () => { stalled.TrySetResult(); return release.Task; } };
        using var site = new SiteFactory { Smtp = smtp };
        await QueueAsync(site, "ola@example.org", "Confirm your pledge");

        // When the server stops answering once the message is started, and half the lease passes
        var pass = site.SendQueuedEmailAsync();
        await stalled.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        site.Clock.Advance(new EmailOptions().LeaseDuration / 2);

        // Then the pass gives the message up while this instance still holds its lease
        Assert.Equal(0, await pass.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        release.TrySetResult();
        var row = await site.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Single()));
        Assert.Null(row.SentUtc);
        Assert.Null(row.FailedUtc);
        Assert.Null(row.LeaseOwner);
        Assert.Equal(1, row.Attempts);
        Assert.StartsWith("Timed out", row.LastError, StringComparison.Ordinal);

        // And it is sent once when its retry comes
        smtp.BeforeMail = null;
        site.Clock.Advance(OutboxSender.Backoff(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await site.SendQueuedEmailAsync());
        Assert.Single(await smtp.WaitForAsync(1));
    }

    [Fact]
    public async Task Without_SMTP_settings_emails_are_written_to_the_pickup_folder()
    {
        using var site = new SiteFactory();
        await QueueAsync(site, "jo@example.org", "Reminder: your progress report is due");

        Assert.Equal(1, await site.SendQueuedEmailAsync());

        var email = Assert.Single(site.PickedUpEmails());
        Assert.Equal("Reminder: your progress report is due", email.Subject);
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_marked_failed_after_the_last_attempt()
    {
        await using var smtp = new SmtpSink { FailNext = 100 };
        using var site = new SiteFactory { Smtp = smtp };
        site.With("Email:MaxAttempts", "3");
        await QueueAsync(site, "kim@example.org", "Hello");

        // Passes a couple of hours apart (past every back-off), more of them than attempts allowed
        for (var i = 0; i < 6; i++)
        {
            await site.SendQueuedEmailAsync();
            site.Clock.Advance(TimeSpan.FromHours(2));
        }

        // Then it was tried exactly MaxAttempts times and then given up, never sent
        var row = await site.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Single()));
        Assert.Equal(3, row.Attempts);
        Assert.NotNull(row.FailedUtc);
        Assert.Null(row.SentUtc);
    }
}
