using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Pages.Awards;

namespace PledgeSite.BrowserTests.Areas.Backoffice.Awards;

public class AwardsAdminTests(BrowserFixture browser)
{
    [Fact]
    public async Task Manager_pages_for_cycles_categories_and_nominations_have_no_accessibility_violations()
    {
        // Given a cycle in judging with one category and one nomination
        var site = browser.Site;
        var now = DateTime.UtcNow;
        var cycle = await AwardsTestData.JudgingCycleAsync(site, 2095, now);
        var category = await AwardsTestData.CategoryAsync(site, cycle, "Inclusive school (admin browser)", NomineeKind.Organisation);
        var nomination = await AwardsTestData.NominationAsync(site, category, "Stepney Green School", now);
        await site.CreateStaffAsync("manager.admin.browser@example.org", AwardsTestData.Password, StaffRoles.AwardsManager);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("manager.admin.browser@example.org", AwardsTestData.Password);

        await page.GotoAsync("/backoffice/awards");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("2095");
        await page.AssertNoAxeViolationsAsync();

        // The cycle, with an error adding a category
        await page.GotoAsync("/backoffice/awards/2095");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("2095 awards");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add category" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the name of the award");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync($"/backoffice/awards/categories/{category.Id}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Inclusive school (admin browser)");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/backoffice/awards/2095/nominations");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("Stepney Green School");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = nomination.Reference })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        // A nomination, marked ineligible without a reason
        await page.GotoAsync($"/backoffice/awards/nominations/{nomination.Id}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Stepney Green School");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Ineligible", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save eligibility" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reason the nomination is ineligible");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
