using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.BrowserTests.Areas.Backoffice;

public class PledgeSectionTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_Pledge_section_in_Umbraco_leads_to_the_workflow_pages_and_its_dashboard_has_no_violations()
    {
        // Given the administrator signed in to Umbraco (with their authenticator app)
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync(StaffAccounts.AdministratorEmail);

        // When they open the Pledge section
        await page.GotoAsync("/umbraco/section/pledge");

        // Then its dashboard lists the workflow pages their groups open, and is accessible (Umbraco's own screens are Umbraco's)
        var dashboard = page.Locator("pledgesite-workflows-dashboard");
        await Assertions.Expect(dashboard.Locator("h2")).ToHaveTextAsync("Pledge workflows", new() { Timeout = 30_000 });
        await Assertions.Expect(dashboard.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToBeVisibleAsync();
        var result = await dashboard.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            ResultTypes = [ResultType.Violations],
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help}")));

        // And a link opens our page
        await dashboard.GetByRole(AriaRole.Link, new() { Name = "Pledges" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/backoffice/pledges$"));
        await page.Context.CloseAsync();
    }
}
