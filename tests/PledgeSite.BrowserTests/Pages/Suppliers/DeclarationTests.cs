using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;

namespace PledgeSite.BrowserTests.Pages.Suppliers;

public class DeclarationTests(BrowserFixture browser)
{
    private async Task<PledgeSite.Core.Entities.Pledge> AddApprovedPledgeAsync(string companyNumber)
    {
        var now = DateTime.UtcNow;
        var pledge = new PledgeSite.Core.Entities.Pledge
        {
            Reference = $"ARP-2026-{Random.Shared.Next(100000, 999999)}", OrganisationName = "Whitechapel Builders Ltd", CompanyNumber = companyNumber,
            OrganisationType = OrganisationType.Business, Status = PledgeStatus.Approved, CreatedUtc = now.AddMonths(-2), ApprovedUtc = now.AddMonths(-1),
            NextReportDueUtc = now.AddMonths(11),
        };
        pledge.Slug = pledge.Reference.ToLowerInvariant();
        await browser.Site.WithDbAsync(async db => { db.Add(pledge); await db.SaveChangesAsync(); });
        return pledge;
    }

    /// <summary>
    /// Makes sure the catalogue offers at least one commitment (the starter seeds normally do), so the journey always
    /// asks the commitments question and the test can insist on it.
    /// </summary>
    private Task EnsureACommitmentIsOfferedAsync() => browser.Site.WithDbAsync(async db =>
    {
        if (await db.Set<Commitment>().AnyAsync(c => c.IsActive)) return;
        var now = DateTime.UtcNow;
        db.Add(new Commitment { Code = "BR.DECL", Title = "Declaration test commitment", Text = "Commit to it.", SortOrder = 950, CreatedUtc = now, UpdatedUtc = now });
        await db.SaveChangesAsync();
    });

    private static async Task AnswerCommitmentsAsync(IPage page, bool checkAccessibility)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/commitments$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("commitments");
        if (checkAccessibility) await page.AssertNoAxeViolationsAsync();
        await Continue(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the pledge commitments this contract serves");
        await page.Locator("input[name=CommitmentCodes]").First.CheckAsync();
        await Continue(page);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/commitments$"));
    }

    private static async Task FillDateAsync(IPage page, DateTime date)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        await page.GetByLabel("Day").FillAsync(date.Day.ToString(invariant));
        await page.GetByLabel("Month").FillAsync(date.Month.ToString(invariant));
        await page.GetByLabel("Year").FillAsync(date.Year.ToString(invariant));
    }

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    [Fact]
    public async Task The_declaration_journey_shows_errors_and_has_no_accessibility_violations()
    {
        var pledge = await AddApprovedPledgeAsync("SC445566");
        await EnsureACommitmentIsOfferedAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/suppliers/declaration");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await Continue(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your organisation's name");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("What is your organisation's name?").FillAsync("Whitechapel Builders Ltd");
        await Continue(page);

        await page.GetByLabel("What is your Companies House number?").FillAsync("SC44556");
        await Continue(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Companies House number must be 8 characters");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("What is your Companies House number?").FillAsync("sc445566");
        await Continue(page);

        await page.GetByLabel("Address line 1").FillAsync("3 Whitechapel Road");
        await page.GetByLabel("Town or city").FillAsync("London");
        await page.GetByLabel("Postcode").FillAsync("E1 1DU");
        await page.AssertNoAxeViolationsAsync();
        await Continue(page);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Council contract reference").FillAsync("THC-2026-0113");
        await page.GetByLabel("Contract title").FillAsync("Repairs to council housing");
        await Continue(page);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("£500,000 to £2 million").CheckAsync();
        await Continue(page);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Tender").CheckAsync();
        await Continue(page);
        await page.GetByLabel("Yes, we have signed the pledge").CheckAsync();
        await page.AssertNoAxeViolationsAsync();
        await Continue(page);

        await page.GetByLabel("Or enter your pledge reference").FillAsync("ARP-2026-0000000");
        await Continue(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("We cannot find a pledge with the reference ARP-2026-0000000");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Or enter your pledge reference").FillAsync("");
        await page.GetByLabel("Your organisation").SelectOptionAsync(pledge.Reference);
        await Continue(page);

        await page.GetByLabel("How will this contract advance the pledge?").FillAsync("Apprenticeships for local residents and anti-racism training for site managers.");
        await page.AssertNoAxeViolationsAsync();
        await Continue(page);
        await AnswerCommitmentsAsync(page, checkAccessibility: true);
        await page.GetByLabel("Total number of staff").FillAsync("40");
        await page.GetByLabel("Staff from Black, Asian and minority ethnic backgrounds").FillAsync("41");
        await Continue(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("must not be more than the total number of staff");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Staff from Black, Asian and minority ethnic backgrounds").FillAsync("14");
        await Continue(page);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Full name").FillAsync("Nasreen Ali");
        await page.GetByLabel("Role").FillAsync("Chief Executive");
        await page.GetByLabel("Email address").FillAsync("nasreen@builders.example");
        await Continue(page);
        await page.GetByLabel("I confirm the statement of truth").CheckAsync();
        await page.GetByLabel("Your full name, as your signature").FillAsync("Nasreen Ali");
        await page.AssertNoAxeViolationsAsync();
        await Continue(page);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers before submitting your declaration");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(pledge.Reference);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit declaration" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__body")).ToContainTextAsync(new Regex("SD-2026-[A-Z0-9]{6}"));
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_declaration_journey_works_without_JavaScript_and_every_page_passes_axe_as_shown_without_it()
    {
        await EnsureACommitmentIsOfferedAsync();
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/suppliers/declaration");
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.GetByLabel("What is your organisation's name?").FillAsync("Mile End Transport Ltd");
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.GetByLabel("What is your Companies House number?").FillAsync("09876543");
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.GetByLabel("Address line 1").FillAsync("9 Mile End Road");
        await page.GetByLabel("Town or city").FillAsync("London");
        await page.GetByLabel("Postcode").FillAsync("E1 4NS");
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.GetByLabel("Council contract reference").FillAsync("THC-2026-0200");
        await page.GetByLabel("Contract title").FillAsync("Home to school transport");
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.GetByLabel("Under £25,000").CheckAsync();
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.GetByLabel("Annual contract monitoring").CheckAsync();
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.GetByLabel("Not yet, we will sign it by a date").CheckAsync();
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();

        // Dates relative to the site's clock (the browser host runs on the real one), so the test holds any day of the year.
        var yesterday = DateTime.UtcNow.AddDays(-1);
        await FillDateAsync(page, yesterday);
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("must be in the future");
        await FillDateAsync(page, DateTime.UtcNow.AddMonths(3));
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();

        await page.GetByLabel("How will this contract advance the pledge?").FillAsync(string.Join(' ', Enumerable.Repeat("word", 501)));
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("must be 500 words or fewer");
        await page.GetByLabel("How will this contract advance the pledge?").FillAsync("Drivers trained in anti-racist practice; complaints about racism reported to the council each quarter.");
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await AnswerCommitmentsAsync(page, checkAccessibility: false);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await Continue(page); // workforce figures are optional
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.GetByLabel("Full name").FillAsync("Tom Begum");
        await page.GetByLabel("Role").FillAsync("Operations Director");
        await page.GetByLabel("Email address").FillAsync("tom@transport.example");
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Confirm that the statement of truth is correct");
        await page.GetByLabel("I confirm the statement of truth").CheckAsync();
        await page.GetByLabel("Your full name, as your signature").FillAsync("Tom Begum");
        await Continue(page);
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("We will sign the pledge by a date");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit declaration" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Declaration submitted");
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Correction_request_page_shows_its_errors_and_confirmation_without_accessibility_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/suppliers/declaration/correct");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Correct a supplier declaration");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the declaration reference, like SD-2026-7KQ4M2");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Declaration reference").FillAsync("SD-2026-ZZZZZZ");
        await page.GetByLabel("Accountable person's email address").FillAsync("nobody@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your email");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
