using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Staff;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Awards;

namespace PledgeSite.Tests.Areas.Backoffice.Awards;

[Collection(SharedSite.Name)]
public class JudgingTests(SiteFactory site)
{
    private static int _year = 2040;

    private async Task<(AwardCategory Mine, AwardCategory Other, Nomination A, Nomination B, Nomination Elsewhere, StaffMember Judge, HtmlClient Client)> ArrangeAsync()
    {
        var year = Interlocked.Increment(ref _year);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        // Far-future dates: the shared site's other tests must not see this cycle as open.
        var cycle = await AwardsTestData.CycleAsync(site, year, now.AddYears(-10).AddDays(year), now.AddYears(-10).AddDays(year + 1), now.AddYears(5), now.AddYears(6));
        var mine = await AwardsTestData.CategoryAsync(site, cycle, "Young leader", NomineeKind.Individual);
        var other = await AwardsTestData.CategoryAsync(site, cycle, "Employer of the year", NomineeKind.Organisation);
        var a = await AwardsTestData.NominationAsync(site, mine, "Amina Begum", now, nominatorEmail: "secret.nominator@example.org");
        var b = await AwardsTestData.NominationAsync(site, mine, "Bilal Khan", now);
        var elsewhere = await AwardsTestData.NominationAsync(site, other, "Elsewhere Ltd", now);
        var email = $"judge{year}@example.org";
        var judge = await AwardsTestData.JudgeAsync(site, email, mine);
        var client = await AwardsTestData.StaffClientAsync(site, email);
        return (mine, other, a, b, elsewhere, judge, client);
    }

    [Fact]
    public async Task A_judge_who_declares_a_conflict_never_sees_that_nomination_and_their_scores_do_not_count()
    {
        var (mine, _, a, b, _, judge, client) = await ArrangeAsync();
        using var _c = client;
        await AwardsTestData.ScoreAsync(site, judge, a, mine, 9, 9);
        await AwardsTestData.ScoreAsync(site, judge, b, mine, 1, 1);

        var (response, _) = await client.PostFormAsync($"/backoffice/judging/nominations/{a.Id}", selector: "form[action$='handler=Conflict']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await client.GetPageAsync($"/backoffice/judging/categories/{mine.Id}");
        Assert.DoesNotContain("Amina Begum", list.QuerySelector("main")!.TextContent);
        Assert.Contains("Bilal Khan", list.QuerySelector("main")!.TextContent);
        var (direct, _) = await client.GetAsync($"/backoffice/judging/nominations/{a.Id}");
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        var (post, _) = await client.PostFormAsync($"/backoffice/judging/nominations/{b.Id}", [new("Scores[0]", "5"), new("Scores[1]", "5")]);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        var ranked = await site.WithDbAsync(db => AwardRanking.RankCategoryAsync(db, mine.Id, TestContext.Current.CancellationToken));
        Assert.Equal(0, ranked.Single(r => r.NominationId == a.Id).JudgeCount);
        Assert.Equal(1, ranked.Single(r => r.NominationId == b.Id).JudgeCount);
        var dashboard = await client.GetPageAsync("/backoffice/judging");
        Assert.Contains("1 of 1 scored", dashboard.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_judge_cannot_open_another_categorys_nominations_by_URL()
    {
        var (_, other, _, _, elsewhere, _, client) = await ArrangeAsync();
        using var _c = client;

        var (category, _) = await client.GetAsync($"/backoffice/judging/categories/{other.Id}");
        var (nomination, _) = await client.GetAsync($"/backoffice/judging/nominations/{elsewhere.Id}");
        var (file, _) = await client.GetAsync($"/backoffice/judging/nominations/{elsewhere.Id}?handler=File");
        var (manager, _) = await client.GetAsync($"/backoffice/awards/nominations/{elsewhere.Id}");

        Assert.Equal(HttpStatusCode.NotFound, category.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nomination.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        // The manager's page is for AwardsManagers only: a judge is sent to the access-denied page.
        Assert.True(manager.StatusCode == HttpStatusCode.Forbidden || manager.Headers.Location?.ToString().Contains("/error/403", StringComparison.Ordinal) == true,
            $"manager page answered {manager.StatusCode} {manager.Headers.Location}");
    }

    [Fact]
    public async Task Judges_pages_never_show_the_nominators_details_and_scores_can_be_saved_part_way()
    {
        var (mine, _, a, _, _, judge, client) = await ArrangeAsync();
        using var _c = client;

        var pages = new[] { "/backoffice/judging", $"/backoffice/judging/categories/{mine.Id}", $"/backoffice/judging/nominations/{a.Id}" };
        foreach (var url in pages)
        {
            var html = await (await client.Http.GetAsync(url, TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain("secret.nominator@example.org", html);
            Assert.DoesNotContain("Nominator Person", html);
            Assert.DoesNotContain("07700 900000", html);
            Assert.DoesNotContain(a.NomineeEmail!, html);
        }

        var (partial, _) = await client.PostFormAsync($"/backoffice/judging/nominations/{a.Id}", [new("Scores[0]", "7"), new("Comments[0]", "Clear impact")]);
        Assert.Equal($"/backoffice/judging/nominations/{a.Id}", partial.Headers.Location?.ToString());
        var back = await client.GetPageAsync($"/backoffice/judging/nominations/{a.Id}");
        Assert.Equal("7", back.QuerySelector("#Scores_0_")!.GetAttribute("value"));

        var (outOfRange, page) = await client.PostFormAsync($"/backoffice/judging/nominations/{a.Id}", [new("Scores[1]", "11"), new("Complete", "true")]);
        Assert.Equal(HttpStatusCode.OK, outOfRange.StatusCode);
        Assert.Contains("The score for Reach must be a whole number from 0 to 10", HtmlClient.ErrorSummary(page));

        var (done, _) = await client.PostFormAsync($"/backoffice/judging/nominations/{a.Id}", [new("Scores[1]", "6"), new("Complete", "true")]);
        Assert.Equal($"/backoffice/judging/categories/{mine.Id}", done.Headers.Location?.ToString());
        var scores = await site.WithDbAsync(db => db.Set<NominationScore>().Where(s => s.NominationId == a.Id && s.JudgeUserId == judge.Id).OrderBy(s => s.CriterionId).Select(s => s.Value).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([7, 6], scores);
    }
}
