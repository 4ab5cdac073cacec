using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Signatories;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.Tests.Signatories;

public class ProgressReportReminderJobTests
{
    private static async Task RunJobTwiceAsync(SiteFactory site)
    {
        for (var i = 0; i < 2; i++)
            await site.WithScopeAsync(s => s.GetRequiredService<ProgressReportReminderJob>().RunAsync(CancellationToken.None));
    }

    /// <summary>The reminders queued so far (the outbox is what "sent once" means: each row is delivered once).</summary>
    private static Task<List<OutboxMessage>> RemindersAsync(SiteFactory site) =>
        site.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Kind == "progress-report-reminder").OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task Reminders_arrive_30_days_and_7_days_before_and_on_the_day_once_each_then_the_pledge_becomes_overdue_and_lapses()
    {
        using var site = new SiteFactory();
        var start = site.Clock.GetUtcNow().UtcDateTime;
        var due = start.AddDays(40);
        var pledge = await SignatoryData.AddPledgeAsync(site, "Reminded Ltd", p => p.NextReportDueUtc = due);
        var contact = pledge.Contacts.Single(c => c.Role == ContactRole.MainContact).Email;

        await RunJobTwiceAsync(site); // 40 days before: nothing yet
        Assert.Empty(await RemindersAsync(site));

        site.Clock.Advance(TimeSpan.FromDays(10)); // 30 days before
        await RunJobTwiceAsync(site);
        site.Clock.Advance(TimeSpan.FromDays(5));
        await RunJobTwiceAsync(site);
        var first = Assert.Single(await RemindersAsync(site));
        Assert.Contains("is due on", first.Subject);
        Assert.Equal(contact, first.ToAddress);
        Assert.Contains("http://localhost/pledge/manage", first.TextBody);

        site.Clock.Advance(TimeSpan.FromDays(18)); // 7 days before
        await RunJobTwiceAsync(site);
        var second = await RemindersAsync(site);
        Assert.Equal(2, second.Count);
        Assert.Contains("due in 7 days", second[1].Subject);

        site.Clock.Advance(TimeSpan.FromDays(7)); // the day
        await RunJobTwiceAsync(site);
        site.Clock.Advance(TimeSpan.FromDays(3));
        await RunJobTwiceAsync(site);
        var third = await RemindersAsync(site);
        Assert.Equal(3, third.Count);
        Assert.Contains("due today", third[2].Subject);

        Assert.Equal(PledgeStanding.Active, await StandingAsync(site, pledge.Slug));
        site.Clock.Advance(TimeSpan.FromDays(28)); // 31 days late
        Assert.Equal(PledgeStanding.ReportOverdue, await StandingAsync(site, pledge.Slug));
        site.Clock.Advance(TimeSpan.FromDays(60)); // 91 days late
        Assert.Equal(PledgeStanding.Lapsed, await StandingAsync(site, pledge.Slug));
        await RunJobTwiceAsync(site);
        Assert.Equal(3, (await RemindersAsync(site)).Count);

        // Each queued reminder is delivered, once.
        for (var i = 0; i < 50 && site.PickedUpEmails().Count(m => m.Subject!.Contains("progress report is due")) < 3; i++)
        {
            await site.SendQueuedEmailAsync();
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        var delivered = site.PickedUpEmails().Where(m => m.Subject!.Contains("progress report is due")).ToList();
        Assert.Equal(3, delivered.Count);
        Assert.All(delivered, m => Assert.Equal(contact, m.To.Mailboxes.Single().Address));

        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync($"/signatories/{pledge.Slug}");
        Assert.Contains("Lapsed", page.QuerySelector("main .govuk-tag")!.TextContent);
    }

    private static async Task<PledgeStanding> StandingAsync(SiteFactory site, string slug)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SignatoryDirectory>().FindAsync(slug, CancellationToken.None))!.Standing;
    }
}
