using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Pages.Awards;

namespace PledgeSite.BrowserTests.Areas.Backoffice.Awards;

public class JudgingAndRankingTests(BrowserFixture browser)
{
    [Fact]
    public async Task Judge_finds_a_nomination_and_scores_it_on_accessible_pages_and_sees_their_progress()
    {
        var site = browser.Site;
        var now = DateTime.UtcNow;
        var cycle = await AwardsTestData.JudgingCycleAsync(site, 2092, now);
        var category = await AwardsTestData.CategoryAsync(site, cycle, "Young leader (browser)", NomineeKind.Individual);
        await AwardsTestData.NominationAsync(site, category, "Yusuf Rahman", now);
        await AwardsTestData.NominationAsync(site, category, "Zara Hussain", now);
        await AwardsTestData.JudgeAsync(site, "judge.browser@example.org", category);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("judge.browser@example.org", AwardsTestData.Password);

        await page.GotoAsync("/backoffice/judging");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Judging");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "2092: Young leader (browser)" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Young leader (browser)");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Zara Hussain" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Yusuf Rahman" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Yusuf Rahman");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Score for Impact, from 0 to 10").FillAsync("8");
        await page.GetByLabel("Comment on Impact").FillAsync("Clear, lasting change in the school.");
        await page.GetByLabel("Score for Reach, from 0 to 10").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save scores" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Scores for Yusuf Rahman saved.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("You have scored 1 of 2 nominations");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Manager_ranking_page_explains_the_method_flags_disagreement_and_records_winners_without_axe_violations()
    {
        var site = browser.Site;
        var now = DateTime.UtcNow;
        var cycle = await AwardsTestData.JudgingCycleAsync(site, 2093, now);
        var category = await AwardsTestData.CategoryAsync(site, cycle, "Employer of the year (browser)", NomineeKind.Organisation);
        var a = await AwardsTestData.NominationAsync(site, category, "Ahmed Builders", now);
        var b = await AwardsTestData.NominationAsync(site, category, "Bea's Cafe", now);
        var c = await AwardsTestData.NominationAsync(site, category, "Chen Consulting", now);
        var scores = new[] { new[] { 4, 2, 3 }, [10, 8, 9], [5, 9, 7] };
        for (var j = 0; j < 3; j++)
        {
            var judge = await AwardsTestData.JudgeAsync(site, $"judge{j}.ranking.browser@example.org", category);
            await AwardsTestData.ScoreAsync(site, judge, a, category, scores[j][0], scores[j][0]);
            await AwardsTestData.ScoreAsync(site, judge, b, category, scores[j][1], scores[j][1]);
            await AwardsTestData.ScoreAsync(site, judge, c, category, scores[j][2], scores[j][2]);
        }
        await site.CreateStaffAsync("manager.ranking.browser@example.org", AwardsTestData.Password, StaffRoles.AwardsManager);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("manager.ranking.browser@example.org", AwardsTestData.Password);

        await page.GotoAsync("/backoffice/awards/2093/ranking");
        await Assertions.Expect(page.Locator("tbody tr").First).ToContainTextAsync("Ahmed Builders");
        await Assertions.Expect(page.Locator("tbody .govuk-tag--red")).ToHaveCountAsync(2);
        await page.GetByText("How the ranking is worked out").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("a strict judge and a generous judge therefore count equally", new() { IgnoreCase = true });
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Outcome for Ahmed Builders").SelectOptionAsync("Winner");
        await page.GetByLabel("Outcome for Chen Consulting").SelectOptionAsync("HighlyCommended");
        await page.GetByLabel("The panel's decision note").FillAsync("Judges split on Bea's Cafe; the panel preferred Ahmed Builders' evidence.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save outcomes for Employer of the year (browser)" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("outcomes and decision note saved");
        await Assertions.Expect(page.GetByLabel("Outcome for Ahmed Builders")).ToHaveValueAsync("Winner");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Winners_page_shows_winners_with_citations_and_photos_with_alt_text_without_axe_violations()
    {
        var site = browser.Site;
        var now = DateTime.UtcNow;
        var cycle = await AwardsTestData.CycleAsync(site, 2094, now.AddDays(-90), now.AddDays(-60), now.AddDays(-30), now.AddMinutes(-5));
        var category = await AwardsTestData.CategoryAsync(site, cycle, "Community champion (winners)", NomineeKind.Individual);
        var winner = await AwardsTestData.NominationAsync(site, category, "Amina Begum", now, outcome: NominationOutcome.Winner);
        await AwardsTestData.NominationAsync(site, category, "Bilal Khan", now, outcome: NominationOutcome.HighlyCommended);
        await AwardsTestData.NominationAsync(site, category, "Not Shortlisted", now);
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
        var stored = await site.Services.GetRequiredService<AwardFiles>().SaveAsync(png, TestContext.Current.CancellationToken);
        await site.WithDbAsync(async db =>
        {
            var row = await db.Set<Nomination>().FindAsync([winner.Id], TestContext.Current.CancellationToken);
            row!.PhotoStoredName = stored;
            row.PhotoContentType = "image/png";
            row.PhotoAltText = "Amina Begum holding her award at the Town Hall";
            row.Citation = "For ten years of weekly workshops that brought neighbours together.";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/awards/2094");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("2094 winners");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("For ten years of weekly workshops");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Not Shortlisted");
        var photo = page.GetByAltText("Amina Begum holding her award at the Town Hall");
        await Assertions.Expect(photo).ToBeVisibleAsync();
        Assert.True(await photo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"));
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/awards");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
