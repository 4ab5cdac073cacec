using PledgeSite.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace PledgeSite.BrowserTests.Pages.Errors;

public class StatusTests(BrowserFixture browser)
{
    [Fact]
    public async Task Forbidden_bad_request_and_server_error_pages_keep_their_status_and_have_no_accessibility_violations()
    {
        var page = await browser.NewPageAsync();

        var forbidden = await page.GotoAsync("/error/403");
        Assert.Equal(403, forbidden!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You do not have permission to view this page");
        await page.AssertNoAxeViolationsAsync();

        var bad = await page.GotoAsync("/error/400");
        Assert.Equal(400, bad!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sorry, there is a problem with your request");
        await page.AssertNoAxeViolationsAsync();

        var failed = await page.GotoAsync("/error/500");
        Assert.Equal(500, failed!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sorry, there is a problem with the service");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
