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
        await page.GetByRole(AriaRole.Link, new() { Name = "R.17-1 – update" }).ClickAsync();
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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Editor_changes_an_action_adds_one_and_retires_one_with_and_without_JavaScript(bool javaScript)
    {
        var email = $"actionplan.keep.{javaScript}@example.org".ToLowerInvariant();
        await browser.Site.CreateStaffAsync(email, "purple elephant dancing", "Editor");
        var page = await browser.NewPageAsync(javaScript);
        await page.SignInAsStaffAsync(email, "purple elephant dancing");
        async Task Check()
        {
            if (javaScript) await page.AssertNoAxeViolationsAsync();
        }
        var reference = javaScript ? "R.19-1" : "R.18-1";

        // Change the action: a date the site cannot read first, then a month
        await page.GotoAsync("/backoffice/action-plan");
        await page.GetByRole(AriaRole.Link, new() { Name = $"{reference} – update" }).ClickAsync();
        await Check();
        await page.GetByLabel("Due (optional)").FillAsync("next spring");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the due date as a month like Jun-23");
        await Check();
        await page.GetByLabel("Due (optional)").FillAsync("March 2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"Action {reference} updated");
        await Assertions.Expect(page.Locator("main table")).ToContainTextAsync("→ Mar-27");

        // Retire it: carried into the new plan, with a note
        await page.GetByLabel("Carried into the new plan").CheckAsync();
        await page.GetByLabel("Why it is retired (needed when it is)").FillAsync("Continues in the refreshed plan.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Carried into the new plan");
        await Check();

        // Add an action: empty first, then complete
        await page.GotoAsync("/backoffice/action-plan/new");
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the recommendation the action answers");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Check();
        await page.GetByLabel("Which recommendation does it answer?").SelectOptionAsync(new SelectOptionValue { Label = javaScript ? "R.23 Safe Space" : "R.20 Recruitment Processes" });
        await page.GetByLabel("What the action is").FillAsync($"Open a second safe space for staff ({(javaScript ? "with" : "without")} script).");
        await page.GetByLabel("Add an owner who is not in the list (optional)").FillAsync("Ali Littlewood Director, HR & Workforce Development");
        await page.GetByLabel("Due (optional)").FillAsync("30/09/2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("added");
        await page.GotoAsync(javaScript ? "/action-plan/r23" : "/action-plan/r20");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Open a second safe space for staff ({(javaScript ? "with" : "without")} script).");
        await Check();
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
