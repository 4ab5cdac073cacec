using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;

namespace PledgeSite.BrowserTests.Pages;

public class IndexTests(BrowserFixture browser)
{
    [Fact]
    public async Task Home_page_has_no_accessibility_violations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Anti-Racist Pledge");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_page_works_without_JavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign the pledge" }).ClickAsync();
        Assert.EndsWith("/pledge", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Page_not_found_has_no_accessibility_violations()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/this-page-does-not-exist");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Footer_pages_have_no_accessibility_violations()
    {
        var page = await browser.NewPageAsync();
        foreach (var path in new[] { "/accessibility", "/privacy", "/cookies", "/contact" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await page.AssertNoAxeViolationsAsync();
        }
        await page.Context.CloseAsync();
    }
}
