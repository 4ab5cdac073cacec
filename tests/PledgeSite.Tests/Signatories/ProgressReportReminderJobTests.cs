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

    [Fact]
    public async Task Reminders_arrive_30_days_and_7_days_before_and_on_the_day_once_each_then_the_pledge_becomes_overdue_and_lapses()
    {
        using var site = new SiteFactory();
        var start = site.Clock.GetUtcNow().UtcDateTime;
        var due = start.AddDays(40);
        var pledge = await SignatoryData.AddPledgeAsync(site, "Reminded Ltd", p => p.NextReportDueUtc = due);
        var contact = pledge.Contacts.Single(c => c.Role == ContactRole.MainContact).Email;

        await RunJobTwiceAsync(site); // 40 days before: nothing yet
        await site.SendQueuedEmailAsync();
        Assert.Empty(site.PickedUpEmails());

        site.Clock.Advance(TimeSpan.FromDays(10)); // 30 days before
        await RunJobTwiceAsync(site);
        site.Clock.Advance(TimeSpan.FromDays(5));
        await RunJobTwiceAsync(site);
        Assert.Equal(1, await site.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "progress-report-reminder")));
        Assert.Equal(1, await site.SendQueuedEmailAsync());
        var first = Assert.Single(site.PickedUpEmails());
        Assert.Contains("is due on", first.Subject);
        Assert.Equal(contact, first.To.Mailboxes.Single().Address);
        Assert.Contains("http://localhost/pledge/manage", first.TextBody);

        site.Clock.Advance(TimeSpan.FromDays(18)); // 7 days before
        await RunJobTwiceAsync(site);
        await site.SendQueuedEmailAsync();
        Assert.Equal(2, site.PickedUpEmails().Count);
        Assert.Contains(site.PickedUpEmails(), m => m.Subject!.Contains("due in 7 days"));

        site.Clock.Advance(TimeSpan.FromDays(7)); // the day
        await RunJobTwiceAsync(site);
        site.Clock.Advance(TimeSpan.FromDays(3));
        await RunJobTwiceAsync(site);
        await site.SendQueuedEmailAsync();
        Assert.Equal(3, site.PickedUpEmails().Count);
        Assert.Contains(site.PickedUpEmails(), m => m.Subject!.Contains("due today"));

        Assert.Equal(PledgeStanding.Active, await StandingAsync(site, pledge.Slug));
        site.Clock.Advance(TimeSpan.FromDays(28)); // 31 days late
        Assert.Equal(PledgeStanding.ReportOverdue, await StandingAsync(site, pledge.Slug));
        site.Clock.Advance(TimeSpan.FromDays(60)); // 91 days late
        Assert.Equal(PledgeStanding.Lapsed, await StandingAsync(site, pledge.Slug));
        await RunJobTwiceAsync(site);
        await site.SendQueuedEmailAsync();
        Assert.Equal(3, site.PickedUpEmails().Count);

        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync($"/signatories/{pledge.Slug}");
        Assert.Contains("Lapsed", page.QuerySelector("main .govuk-tag")!.TextContent);
        var stored = await site.WithDbAsync(db => db.Set<Pledge>().SingleAsync(p => p.Id == pledge.Id));
        Assert.Equal(PledgeStanding.Lapsed, stored.StandingAt(site.Clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<PledgeStanding> StandingAsync(SiteFactory site, string slug)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SignatoryDirectory>().FindAsync(slug, CancellationToken.None))!.Standing;
    }
}
