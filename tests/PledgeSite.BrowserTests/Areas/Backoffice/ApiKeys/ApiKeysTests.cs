using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;

namespace PledgeSite.BrowserTests.Areas.Backoffice.ApiKeys;

public class ApiKeysTests(BrowserFixture browser)
{
    [Fact]
    public async Task Administrator_creates_an_api_key_after_an_error_on_pages_without_accessibility_violations()
    {
        await browser.Site.CreateStaffAsync("apikeys.admin.browser@example.org", "Limehouse basin at dusk 2026", StaffRoles.Administrator);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("apikeys.admin.browser@example.org", "Limehouse basin at dusk 2026");

        await page.GotoAsync("/backoffice/api-keys");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("API keys");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a name for the key, such as the system that will use it");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Name of the new key").FillAsync("Procurement portal (browser)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Copy the key for ‘Procurement portal (browser)’ now");
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#new-key").InnerTextAsync()));
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
