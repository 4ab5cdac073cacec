using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.BrowserTests.Pages.Pledge;

public class SignTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_whole_sign_up_journey_with_JavaScript_has_error_summaries_change_links_and_no_axe_violations()
    {
        var page = await browser.NewPageAsync();
        var id = Guid.NewGuid().ToString("N")[..8];
        var name = $"Spitalfields Studio {id}";

        await SignThePledgeAsync(page, name, $"studio-{id}@example.org", accessibility: true);

        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("You have signed the pledge");
        await Assertions.Expect(page.Locator(".govuk-panel__body")).ToContainTextAsync(new Regex(@"ARP-\d{4}-\d{4}"));
        await page.AssertNoAxeViolationsAsync();

        // Once approved, the yearly report asks about the own action and the commitment without a target
        await ReportOnActionAndCommitmentAsync(page, name, accessibility: true);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_whole_sign_up_journey_works_without_JavaScript_and_every_page_passes_axe_as_shown_without_it()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        var id = Guid.NewGuid().ToString("N")[..8];
        var name = $"Bethnal Green Books {id}";

        await SignThePledgeAsync(page, name, $"books-{id}@example.org", accessibility: true, javaScript: false);

        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("You have signed the pledge");
        await Assertions.Expect(page.Locator(".govuk-panel__body")).ToContainTextAsync(new Regex(@"ARP-\d{4}-\d{4}"));
        await page.AssertNoAxeViolationsWithoutJavaScriptAsync();

        await ReportOnActionAndCommitmentAsync(page, name, accessibility: false);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Confirms and approves the pledge just signed, signs its contact in by link, and files the yearly report in words
    /// on its own action and on R.23, the commitment it chose without a target (errors first).
    /// </summary>
    private async Task ReportOnActionAndCommitmentAsync(IPage page, string name, bool accessibility)
    {
        string token = "";
        await browser.Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PledgeDbContext>();
            var workflow = s.GetRequiredService<PledgeWorkflow>();
            var id = await db.Set<Core.Entities.Pledge>().Where(p => p.OrganisationName == name).Select(p => p.Id).SingleAsync();
            var pledge = (await workflow.LoadAsync(id, default))!;
            await workflow.ConfirmEmailAsync(pledge, pledge.MainContact!, default);
            await workflow.ApproveAsync(pledge, PledgeActor.Staff("Reviewer"), null, default);
            token = s.GetRequiredService<SignatoryTokens>().Issue(pledge.MainContact!, SignatoryTokenPurpose.SignIn);
            await db.SaveChangesAsync();
        });
        async Task Check()
        {
            if (accessibility) await page.AssertNoAxeViolationsAsync();
        }
        await page.GotoAsync($"/pledge/manage/sign-in/link?token={token}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GotoAsync("/pledge/manage/reports");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Commitments without a target");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "R.23 Safe Space" })).ToBeVisibleAsync();
        // R1.A is the pledge itself: the whole report answers it
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "R1.A Race Equality Pledge" })).ToHaveCountAsync(0);
        await Check();

        await page.GetByRole(AriaRole.Link, new() { Name = "Run a reverse mentoring programme for our senior leaders" }).ClickAsync();
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select how far this action has got");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Check();
        await page.GetByLabel("On track").CheckAsync();
        await page.GetByLabel("What did you do, and what changed?").FillAsync("Six senior leaders are paired with mentors.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your report is saved.");

        await page.GetByRole(AriaRole.Link, new() { Name = "R.23 Safe Space" }).ClickAsync();
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Describe what you did and what changed");
        await Check();
        await page.GetByLabel("What did you do on this commitment this year, and what changed?").FillAsync("We started monthly conversations about race.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-task-list__status", new() { HasText = "Filed" })).ToHaveCountAsync(2);
        await Check();
    }

    [Fact]
    public async Task Saving_to_come_back_later_resuming_and_an_expired_link_have_no_axe_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/pledge/sign");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GetByLabel("What is your organisation's name?").FillAsync("Mudchute Makers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();

        // The save page, blank and with an error
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Where should we send a link to carry on?");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me the link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Where should we send a link to carry on?").FillAsync("makers@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me the link" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("We have emailed you a link");
        await page.AssertNoAxeViolationsAsync();

        // Resuming goes back to the first question not yet finished, with the saved answer in it
        await page.GetByRole(AriaRole.Link, new() { Name = "Carry on now" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/pledge/sign/[0-9a-f-]+/organisation-name$"));
        await Assertions.Expect(page.GetByLabel("What is your organisation's name?")).ToHaveValueAsync("Mudchute Makers");

        // A link to a journey that no longer exists
        await page.GotoAsync($"/pledge/sign/{Guid.NewGuid()}/resume");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("This link has expired");
        Assert.EndsWith("/pledge/sign/expired", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Confirming_the_email_address_then_reusing_the_link_has_no_axe_violations()
    {
        var pledge = await SignatoryData.AddPledgeAsync(browser.Site, "Cubitt Town Cafe", p =>
        {
            p.Status = PledgeStatus.AwaitingConfirmation;
            p.ApprovedUtc = null;
        });
        string token = "";
        await browser.Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PledgeDbContext>();
            var contact = await db.Set<PledgeContact>().SingleAsync(c => c.PledgeId == pledge.Id && c.Role == ContactRole.MainContact);
            token = s.GetRequiredService<SignatoryTokens>().Issue(contact, SignatoryTokenPurpose.ConfirmEmail);
            await db.SaveChangesAsync();
        });
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"/pledge/confirm-email?token={token}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Confirm your email address");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Email address confirmed");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync($"/pledge/confirm-email?token={token}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("This link has expired or has been used");
        await page.AssertNoAxeViolationsAsync();
        var status = await browser.Site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Where(p => p.Id == pledge.Id).Select(p => p.Status).SingleAsync());
        Assert.Equal(PledgeStatus.AwaitingReview, status);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Goes through every page: first submitting it empty or wrong to see its error summary, then answering it.
    /// With <paramref name="accessibility"/>, axe checks each page as first shown and with its errors (as shown with
    /// JavaScript off when the page's context has it off).
    /// </summary>
    private static async Task SignThePledgeAsync(IPage page, string name, string email, bool accessibility, bool javaScript = true)
    {
        async Task Check()
        {
            if (!accessibility) return;
            if (javaScript) await page.AssertNoAxeViolationsAsync();
            else await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        }
        async Task Continue() => await page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();
        async Task ExpectError(string message)
        {
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync(message);
            await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
            await Check();
        }

        await page.GotoAsync("/pledge");
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign the pledge" }).ClickAsync();
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await Continue();
        await ExpectError("Enter your organisation's name");
        await page.GetByLabel("What is your organisation's name?").FillAsync(name);
        await Continue();

        await Continue();
        await ExpectError("Select the type of organisation");
        await page.GetByLabel("Business", new() { Exact = true }).CheckAsync();
        await Continue();

        await Continue();
        await ExpectError("Select the sector your organisation works in");
        await page.GetByLabel("Arts, culture and sport").CheckAsync();
        await Continue();

        await Continue();
        await ExpectError("Select how many people work or volunteer");
        await page.GetByLabel("10 to 49 people").CheckAsync();
        await Continue();

        await page.GetByLabel("Companies House number (optional)").FillAsync("12AB");
        await Continue();
        await ExpectError("Enter a Companies House number in the correct format");
        await page.GetByLabel("Companies House number (optional)").FillAsync("");
        await Continue();

        await Check();
        await page.GetByLabel("Postcode").FillAsync("not a postcode");
        await Continue();
        await ExpectError("Enter a full UK postcode, like E14 2BG");
        await page.GetByLabel("Address line 1").FillAsync("62 Brick Lane");
        await page.GetByLabel("Town or city").FillAsync("London");
        await page.GetByLabel("Postcode").FillAsync("E1 6RF");
        await Continue();

        await page.GetByLabel("What is your organisation's website?").FillAsync("not a website");
        await Continue();
        await ExpectError("Enter a website address in the correct format");
        await page.GetByLabel("What is your organisation's website?").FillAsync("");
        await Continue();

        await Check();
        await Continue();

        await Continue();
        await ExpectError("Enter the contact person's full name");
        await page.GetByLabel("Full name").FillAsync("Rahima Begum");
        await page.GetByLabel("Job title").FillAsync("Operations manager");
        await page.GetByLabel("Email address").FillAsync("not-an-email");
        await Continue();
        await ExpectError("Enter an email address in the correct format");
        await page.GetByLabel("Email address").FillAsync(email);
        await Continue();

        await Check();
        await page.GetByLabel("Full name").FillAsync("Tom Hughes");
        await page.GetByLabel("Job title").FillAsync("Director");
        await page.GetByLabel("Email address").FillAsync("director-" + email);
        await Continue();

        await Check();
        await Assertions.Expect(page.Locator("input[type=checkbox][disabled]")).ToHaveCountAsync(5);
        await page.GetByLabel("R.23 Safe Space").CheckAsync();
        await Continue();

        // The organisation's own statement and actions (R1.A)
        await Continue();
        await ExpectError("Enter your organisation's statement");
        await page.GetByLabel("Your pledge in your own words").FillAsync("We are signing because our studio should look like the borough it works in.");
        await Continue();

        await Continue();
        await ExpectError("Add at least one action your organisation will take");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an action" }).ClickAsync();
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await ExpectError("Enter what your organisation will do");
        await page.GetByLabel("What will your organisation do?").FillAsync("Run a reverse mentoring programme for our senior leaders");
        await page.GetByLabel("Who leads it?").FillAsync("Studio Director");
        await FillDateAsync(page, "By when will it be done?", "31", "3", "2030");
        await page.GetByLabel("Which commitment does it deliver? (optional)").SelectOptionAsync(new SelectOptionValue { Label = "R.23 Safe Space" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-card")).ToContainTextAsync("Run a reverse mentoring programme for our senior leaders");
        await Check();
        await Continue();

        await Continue();
        await ExpectError("Add at least one target");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a target" }).ClickAsync();
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save target" }).ClickAsync();
        await ExpectError("Enter what you will measure");
        await page.GetByLabel("What will you measure?").FillAsync("Managers from Black, Asian and minority ethnic backgrounds");
        await page.GetByLabel("Unit").FillAsync("%");
        await page.GetByLabel("Baseline value").FillAsync("18");
        await FillDateAsync(page, "Baseline date", "31", "3", "2026");
        await page.GetByLabel("Target value").FillAsync("30");
        await FillDateAsync(page, "Target date", "31", "3", "2029");
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save target" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-card")).ToContainTextAsync("Managers from Black, Asian and minority ethnic backgrounds");
        await Check();
        await Continue();

        await Check();
        await page.GetByLabel("Total number of staff").FillAsync("40");
        await page.GetByLabel("Staff from Black, Asian and minority ethnic backgrounds").FillAsync("50");
        await Continue();
        await ExpectError("Enter the date the figures are for");
        await page.GetByLabel("Total number of staff").FillAsync("");
        await page.GetByLabel("Staff from Black, Asian and minority ethnic backgrounds").FillAsync("");
        await Continue();

        await Continue();
        await ExpectError("Select yes if we can publish your pledge");
        await page.GetByLabel("Yes, publish our pledge").CheckAsync();
        await Continue();

        await Continue();
        await ExpectError("Confirm the declaration to sign the pledge");
        await page.GetByLabel("I agree to the declaration").CheckAsync();
        await Continue();

        // Check your answers: a change link goes to the question and straight back
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers before signing the pledge");
        await Check();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change sector" }).ClickAsync();
        await page.GetByLabel("Housing").CheckAsync();
        await Continue();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers before signing the pledge");
        await Assertions.Expect(page.Locator(".govuk-summary-list__row", new() { HasText = "Sector" })).ToContainTextAsync("Housing");
        await Assertions.Expect(page.Locator(".govuk-summary-list__row", new() { HasText = "Your actions" })).ToContainTextAsync("led by Studio Director, by 31 March 2030");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign the pledge" }).ClickAsync();
    }

    private static async Task FillDateAsync(IPage page, string legend, string day, string month, string year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }
}
