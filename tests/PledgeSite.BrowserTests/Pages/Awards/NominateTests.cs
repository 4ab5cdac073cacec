using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Awards;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.BrowserTests.Pages.Awards;

public class NominateTests(BrowserFixture browser)
{
    private const string Award = "Community champion (browser)";
    private const string OrganisationAward = "Employer of the year (browser picker)";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _arranged;

    /// <summary>One open cycle on the shared browser site (real clock), made once for both journeys.</summary>
    private async Task ArrangeAsync()
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_arranged) return;
            var cycle = await AwardsTestData.OpenCycleAsync(browser.Site, 2090, DateTime.UtcNow);
            await AwardsTestData.CategoryAsync(browser.Site, cycle, Award, NomineeKind.Individual, requiresTowerHamlets: true, selfNomination: true, maxWords: 5);
            await AwardsTestData.CategoryAsync(browser.Site, cycle, OrganisationAward, NomineeKind.Organisation);
            await SignatoryData.AddPledgeAsync(browser.Site, "Picker Street Bakery", p => p.ApprovedUtc = DateTime.UtcNow.AddDays(-10));
            _arranged = true;
        }
        finally { Gate.Release(); }
    }

    private static async Task FillNomineeAsync(IPage page)
    {
        await page.GetByLabel("Their full name").FillAsync("Amina Begum");
        await page.GetByLabel("Their email address").FillAsync("amina@example.org");
        await page.GetByLabel("They work in Tower Hamlets").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    private static async Task FillYouAsync(IPage page)
    {
        await page.GetByLabel("Your full name").FillAsync("Rahima Ali");
        await page.GetByLabel("Your email address").FillAsync("rahima@example.org");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("How do you know the nominee?").FillAsync("Neighbour");
        await page.GetByLabel("I agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    [Fact]
    public async Task Nomination_journey_with_JavaScript_counts_words_live_shows_the_limit_error_and_has_no_axe_violations()
    {
        await ArrangeAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/awards/nominate");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel(Award).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Who are you nominating?");
        await page.AssertNoAxeViolationsAsync();
        await FillNomineeAsync(page);

        var answer = page.GetByLabel("1. What have they done to tackle racism?");
        await answer.FillAsync("She runs weekly workshops against racism");
        await Assertions.Expect(page.Locator(".govuk-character-count__status")).ToContainTextAsync("1 word too many");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("must be 5 words or fewer (it has 6)");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();
        await answer.FillAsync("She runs weekly workshops");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your details");
        await page.AssertNoAxeViolationsAsync();
        await FillYouAsync(page);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers before sending your nomination");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send nomination" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel")).ToContainTextAsync("AW2090-");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Nomination_journey_without_JavaScript_enforces_the_word_limit_on_the_server_and_completes()
    {
        await ArrangeAsync();
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/awards/nominate");
        await page.GetByLabel(Award).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await FillNomineeAsync(page);

        await Assertions.Expect(page.Locator(".govuk-character-count__message")).ToHaveTextAsync("You can enter up to 5 words");
        var answer = page.GetByLabel("1. What have they done to tackle racism?");
        await answer.FillAsync("She runs weekly workshops against racism");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("must be 5 words or fewer (it has 6)");
        await Assertions.Expect(page.Locator("#Answers_0_-error")).ToContainTextAsync("must be 5 words or fewer");
        await Assertions.Expect(answer).ToHaveValueAsync("She runs weekly workshops against racism");
        await answer.FillAsync("She runs weekly workshops");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await FillYouAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send nomination" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel")).ToContainTextAsync("Nomination sent");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Organisation_nominee_picker_searches_signatories_and_shows_its_error_without_axe_violations()
    {
        await ArrangeAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/awards/nominate");
        await page.GetByLabel(OrganisationAward).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // The picker: search the signatories
        await page.GetByLabel("Search signatories by name").FillAsync("Picker Street");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Picker Street Bakery")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        // Nothing chosen: an error summary
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a signatory, or choose an organisation that has not signed the pledge yet");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();

        // A signatory chosen: on to the questions
        await page.GetByLabel("Search signatories by name").FillAsync("Picker Street");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.GetByLabel("Picker Street Bakery").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/awards/nominate/[0-9a-f-]+/answers$"));
        await page.Context.CloseAsync();
    }
}

/// <summary>
/// The closed window needs no cycle open on the shared site, where <see cref="NominateTests"/> keeps one open: this class
/// runs alone (after the parallel classes), closes every open cycle for its test and restores them after.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AwardsWindowGroup
{
    public const string Name = "Awards nomination window";
}

[Collection(AwardsWindowGroup.Name)]
public class NominationsClosedTests(BrowserFixture browser)
{
    [Fact]
    public async Task Closed_window_page_says_when_nominations_next_open_without_axe_violations()
    {
        var now = DateTime.UtcNow;
        var closed = new Dictionary<int, DateTime>();
        await browser.Site.WithDbAsync(async db =>
        {
            foreach (var open in await db.Set<AwardCycle>().Where(c => c.NominationsOpenUtc <= now && c.NominationsCloseUtc > now).ToListAsync())
            {
                closed[open.Id] = open.NominationsCloseUtc;
                open.NominationsCloseUtc = now.AddMinutes(-1);
            }
            await db.SaveChangesAsync();
        });
        var opens = now.AddDays(40);
        var next = await AwardsTestData.CycleAsync(browser.Site, 2091, opens, opens.AddDays(30), opens.AddDays(60), opens.AddDays(90));
        try
        {
            var page = await browser.NewPageAsync();

            await page.GotoAsync("/awards/nominate");

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Nominations are closed");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Nominations for the 2091 Anti-Racist Pledge awards open on");
            await page.AssertNoAxeViolationsAsync();
            await page.Context.CloseAsync();
        }
        finally
        {
            await browser.Site.WithDbAsync(async db =>
            {
                foreach (var cycle in await db.Set<AwardCycle>().Where(c => closed.Keys.Contains(c.Id) || c.Id == next.Id).ToListAsync())
                {
                    if (cycle.Id == next.Id) db.Remove(cycle);
                    else cycle.NominationsCloseUtc = closed[cycle.Id];
                }
                await db.SaveChangesAsync();
            });
        }
    }
}
