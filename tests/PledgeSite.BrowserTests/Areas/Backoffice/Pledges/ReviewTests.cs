using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.BrowserTests.Pages.Pledge;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.BrowserTests.Areas.Backoffice.Pledges;

public class ReviewTests(BrowserFixture browser)
{
    private const string Password = "Limehouse basin at dusk 2026";

    [Fact]
    public async Task Reviewer_returns_a_pledge_and_the_organisation_answers_on_pages_without_axe_violations()
    {
        // Given a pledge waiting for review, and a reviewer
        var pledge = await SignatoryData.AddPledgeAsync(browser.Site, "Isle of Dogs Bakery", p =>
        {
            p.Status = PledgeStatus.AwaitingReview;
            p.ApprovedUtc = null;
            p.Targets.Add(SignatoryData.Target("Bakers from minority ethnic backgrounds"));
        });
        await browser.Site.CreateStaffAsync("reviewer.browser@example.org", Password, StaffRoles.PledgeReviewer);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("reviewer.browser@example.org", Password);

        // When the reviewer finds it in the queue and returns it, first without comments
        await page.GotoAsync("/backoffice/pledges?q=Isle+of+Dogs+Bakery");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Pledges");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Isle of Dogs Bakery" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Isle of Dogs Bakery");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Return with comments" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter comments saying what the organisation needs to change");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Return it: what does the organisation need to change?").FillAsync("Please add a target for senior staff.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Return with comments" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToBeVisibleAsync();

        // Then the organisation sees the comments and answers them
        var signatory = await ManageTests.SignInAsync(browser, pledge.Id, ContactRole.MainContact);
        await signatory.GotoAsync("/pledge/manage/respond");
        await Assertions.Expect(signatory.Locator("main")).ToContainTextAsync("Please add a target for senior staff.");
        await signatory.AssertNoAxeViolationsAsync();
        await signatory.GetByRole(AriaRole.Button, new() { Name = "Send the pledge back for review" }).ClickAsync();
        await Assertions.Expect(signatory.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your answer to the reviewer's comments");
        await signatory.AssertNoAxeViolationsAsync();
        await signatory.GetByLabel("Your answer").FillAsync("We have added one.");
        await signatory.GetByRole(AriaRole.Button, new() { Name = "Send the pledge back for review" }).ClickAsync();
        await Assertions.Expect(signatory.Locator(".govuk-notification-banner")).ToContainTextAsync("Your pledge is back with the Race Equality Network for review");
        await signatory.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Commitments_catalogue_and_progress_report_review_pages_have_no_axe_violations()
    {
        var pledge = await SignatoryData.AddPledgeAsync(browser.Site, "Bow Creek Printers", p =>
            p.Targets.Add(SignatoryData.Target("Apprentices from minority ethnic backgrounds")));
        var reportId = await browser.Site.WithDbAsync(async db =>
        {
            var report = new ProgressReport
            {
                PledgeId = pledge.Id, TargetId = pledge.Targets[0].Id, PeriodDueUtc = DateTime.UtcNow.AddDays(-10), ValueReached = 17,
                ValueDate = new DateOnly(2026, 10, 1), Narrative = "Two apprentices joined from a local college.", SubmittedUtc = DateTime.UtcNow.AddDays(-5),
            };
            db.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
        await browser.Site.CreateStaffAsync("reviewer.catalogue.browser@example.org", Password, StaffRoles.PledgeReviewer);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("reviewer.catalogue.browser@example.org", Password);

        await page.GotoAsync("/backoffice/pledges/commitments");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Commitments");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a commitment" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save commitment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a code, like R1.D");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/backoffice/pledges/reports");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Progress reports");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync($"/backoffice/pledges/reports/{reportId}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Apprentices from minority ethnic backgrounds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send query" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your question for the organisation");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Reviewer_adds_a_commitment_to_the_catalogue_without_JavaScript()
    {
        await browser.Site.CreateStaffAsync("reviewer.nojs.browser@example.org", Password, StaffRoles.PledgeReviewer);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsStaffAsync("reviewer.nojs.browser@example.org", Password);

        await page.GotoAsync("/backoffice/pledges/commitments/new");
        await page.GetByLabel("Code").FillAsync("BR.NOJS");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Mentoring circles");
        await page.GetByLabel("What organisations commit to").FillAsync("Run mentoring circles for staff from minority ethnic backgrounds.");
        await page.GetByLabel("Order").FillAsync("900");
        await page.GetByRole(AriaRole.Group, new() { Name = "Must every pledge include it?" }).GetByLabel("No").CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Can organisations choose it?" }).GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save commitment" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Commitments");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "BR.NOJS Mentoring circles" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
