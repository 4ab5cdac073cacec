using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;

namespace PledgeSite.BrowserTests.Areas.Backoffice;

public class SignInTests(BrowserFixture browser)
{
    [Fact]
    public async Task Sign_in_page_shows_an_error_summary_for_empty_input_without_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/backoffice/sign-in");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_sign_in_reaches_the_dashboard_without_JavaScript()
    {
        await browser.Site.CreateStaffAsync("editor.browser@example.org", "purple elephant dancing", "Editor");
        var page = await browser.NewPageAsync(javaScript: false);

        await page.SignInAsStaffAsync("editor.browser@example.org", "purple elephant dancing");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Content");
        await page.Context.CloseAsync();
    }
}
