using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;

namespace PledgeSite.BrowserTests.Pages.ActionPlan;

public class ActionPlanTests(BrowserFixture browser)
{
    [Fact]
    public async Task Action_plan_filters_work_without_JavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/action-plan");

        await page.GetByLabel("Theme").SelectOptionAsync("health");
        await page.GetByLabel("Owner").SelectOptionAsync("Tower Hamlets Together");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        Assert.Contains("Theme=health", page.Url, StringComparison.Ordinal);
        // Its own 5 health actions and the 5 it shares with the Health & Wellbeing Board
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("10 actions");
        await Assertions.Expect(page.Locator(".app-action")).ToHaveCountAsync(10);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filtered_action_plan_the_theme_list_and_a_theme_page_have_no_accessibility_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/action-plan?Theme=community-leadership&Status=Overdue");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Action plan");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/themes");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Education & Employment");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/themes/community-leadership");
        await Assertions.Expect(page.Locator("svg.app-rag-chart")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/action-plan/r1-a");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
