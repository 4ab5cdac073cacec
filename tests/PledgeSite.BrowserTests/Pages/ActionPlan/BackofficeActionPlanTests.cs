using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;

namespace PledgeSite.BrowserTests.Pages.ActionPlan;

public class BackofficeActionPlanTests(BrowserFixture browser)
{
    [Fact]
    public async Task Editor_updates_an_action_and_the_back_office_pages_have_no_accessibility_violations()
    {
        await browser.Site.CreateStaffAsync("actionplan.browser@example.org", "purple elephant dancing", StaffRoles.Editor);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("actionplan.browser@example.org", "purple elephant dancing");

        await page.GotoAsync("/backoffice/action-plan");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "R.17-1 – update progress" }).ClickAsync();
        await page.GetByLabel("Progress update").FillAsync("Careers Advisors Network met in October.");
        await page.GetByLabel("Green").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save update" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Action R.17-1 updated");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("actionplan.browser@example.org");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/backoffice/action-plan/bulk");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/backoffice/campaign");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/backoffice/campaign/role-models");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Bulk_update_preview_and_the_opportunity_form_with_errors_have_no_accessibility_violations()
    {
        await browser.Site.CreateStaffAsync("actionplan.bulk.browser@example.org", "purple elephant dancing", StaffRoles.Editor);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("actionplan.bulk.browser@example.org", "purple elephant dancing");

        // A good file is shown as a list of changes before anything changes
        await page.GotoAsync("/backoffice/action-plan/bulk");
        var file = "reference,progress_update,rag\r\nR.23-1,Safe space sessions running weekly,Green\r\n";
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "updates.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(file) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check the changes");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Safe space sessions running weekly");
        await page.AssertNoAxeViolationsAsync();

        // A new opportunity, saved empty
        await page.GotoAsync("/backoffice/campaign/opportunities");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Bulk_update_is_checked_then_applied_without_JavaScript()
    {
        await browser.Site.CreateStaffAsync("actionplan.nojs.browser@example.org", "purple elephant dancing", StaffRoles.Editor);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsStaffAsync("actionplan.nojs.browser@example.org", "purple elephant dancing");

        await page.GotoAsync("/backoffice/action-plan/bulk");
        var file = "reference,progress_update,rag\r\nR1.B-1,Network met in November (no script),Amber\r\n";
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "nojs.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(file) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and apply these changes" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("1 action updated from nojs.csv");
        await page.Context.CloseAsync();
    }
}
