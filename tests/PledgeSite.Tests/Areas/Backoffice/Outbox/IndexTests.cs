using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.Outbox;

public class IndexTests
{
    private const string Password = "copper garden violin three";

    [Fact]
    public async Task Failed_email_shows_its_error_and_retry_now_puts_it_back_in_the_queue()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("outbox.admin@example.org", Password, StaffRoles.Administrator);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        await site.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage { ToAddress = "bounced@example.org", Subject = "Your pledge", TextBody = "x", HtmlBody = "x", Kind = "test",
                CreatedUtc = now, NextAttemptUtc = now, Attempts = 6, FailedUtc = now, LastError = "550 mailbox unavailable" });
            db.OutboxMessages.Add(new OutboxMessage { ToAddress = "fine@example.org", Subject = "Sent one", TextBody = "x", HtmlBody = "x", Kind = "test",
                CreatedUtc = now, NextAttemptUtc = now, Attempts = 1, SentUtc = now });
            await db.SaveChangesAsync();
        });
        using var admin = HtmlClient.For(site);
        await admin.SignInAsStaffAsync("outbox.admin@example.org", Password);

        var failed = await admin.GetPageAsync("/backoffice/outbox");
        Assert.Contains("550 mailbox unavailable", failed.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Sent one", failed.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sent one", (await admin.GetPageAsync("/backoffice/outbox?status=sent")).QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);

        var (retried, _) = await admin.SubmitAsync(failed, selector: "form[action*='handler=Retry']");
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);

        var row = await site.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == "bounced@example.org"));
        Assert.Null(row.FailedUtc);
        Assert.Equal(0, row.Attempts);
        Assert.Null(row.SentUtc);
        Assert.Equal(1, await site.SendQueuedEmailAsync());
        Assert.Contains(site.PickedUpEmails(), m => m.To.Mailboxes.Any(a => a.Address == "bounced@example.org"));
    }
}
