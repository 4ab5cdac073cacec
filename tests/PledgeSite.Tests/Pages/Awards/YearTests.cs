using PledgeSite.Core.Time;
using System.Net;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Awards;

public class YearTests
{
    [Fact]
    public async Task Winners_page_is_hidden_before_the_announcement_time_and_published_at_it()
    {
        using var site = new SiteFactory();
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var announcement = now.AddHours(2);
        var cycle = await AwardsTestData.CycleAsync(site, 2027, now.AddDays(-60), now.AddDays(-30), now.AddDays(-1), announcement);
        var category = await AwardsTestData.CategoryAsync(site, cycle, "Employer of the year", NomineeKind.Organisation);
        var pledge = await AwardsTestData.ApprovedSignatoryAsync(site, "Brick Lane Bakery", now);
        await AwardsTestData.NominationAsync(site, category, "Brick Lane Bakery", now, pledgeId: pledge.Id, outcome: NominationOutcome.Winner);
        await AwardsTestData.NominationAsync(site, category, "Not Chosen Ltd", now);
        using var client = HtmlClient.For(site);

        var (before, _) = await client.GetAsync("/awards/2027");
        var badgesBefore = await site.WithDbAsync(db => new SignatoryAwards(db, new SiteClock(site.Clock)).ForPledgeAsync(pledge.Id, TestContext.Current.CancellationToken));
        site.Clock.SetUtcNow(announcement.AddMinutes(-1));
        var (justBefore, _) = await client.GetAsync("/awards/2027");
        site.Clock.SetUtcNow(announcement);
        var (after, page) = await client.GetAsync("/awards/2027");
        var badgesAfter = await site.WithDbAsync(db => new SignatoryAwards(db, new SiteClock(site.Clock)).ForPledgeAsync(pledge.Id, TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, justBefore.StatusCode);
        Assert.Empty(badgesBefore);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Brick Lane Bakery", main);
        Assert.Contains("Winner", main);
        Assert.DoesNotContain("Not Chosen Ltd", main);
        Assert.Equal("Winner, Employer of the year 2027", Assert.Single(badgesAfter).Label);
        var signatoryPage = await client.GetPageAsync($"/signatories/{pledge.Slug}");
        var awardLink = signatoryPage.QuerySelector("main a[href='/awards/2027']");
        Assert.NotNull(awardLink);
        Assert.Equal("Winner", awardLink!.TextContent.Trim());
        Assert.Contains("(Employer of the year, 2027)", awardLink.ParentElement!.TextContent);
    }
}
