using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.BrowserTests.Areas.Backoffice;

public class AccountsTests(BrowserFixture browser)
{
    private const string Password = "juniper saddle harbour twelve";

    [Fact]
    public async Task New_administrator_sets_up_two_factor_then_invites_a_user_without_accessibility_violations()
    {
        var user = await browser.Site.CreateStaffAsync("first.admin.browser@example.org", Password, StaffRoles.Editor);
        await browser.Site.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(user.Id))!, StaffRoles.Administrator);
        });
        var page = await browser.NewPageAsync();

        await page.SignInAsStaffAsync("first.admin.browser@example.org", Password);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Set up an authenticator app");
        await Assertions.Expect(page.Locator("svg.th-qr-code")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Enter the 6-digit code the app shows").FillAsync(StaffAccounts.CurrentCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your recovery codes");
        await Assertions.Expect(page.Locator(".th-recovery-codes li")).ToHaveCountAsync(10);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to the dashboard" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Users");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/backoffice/users/invite");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select at least one role");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("Full name").FillAsync("Farhana Islam");
        await page.GetByLabel("Email address").FillAsync("farhana.browser@example.org");
        await page.GetByLabel("Judge").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Invitation sent to farhana.browser@example.org");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/backoffice/users");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/backoffice/audit");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("farhana.browser@example.org");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/backoffice/outbox?status=queued");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/backoffice/account");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Administrator_signs_in_with_a_code_and_invites_a_user_with_JavaScript_off()
    {
        await browser.Site.CreateStaffAsync("nojs.admin.browser@example.org", Password, StaffRoles.Administrator);
        var page = await browser.NewPageAsync(javaScript: false);

        await page.SignInAsStaffAsync("nojs.admin.browser@example.org", Password);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");

        await page.GotoAsync("/backoffice/users/invite");
        await page.GetByLabel("Full name").FillAsync("Kofi Mensah");
        await page.GetByLabel("Email address").FillAsync("kofi.browser@example.org");
        await page.GetByLabel("Procurement officer").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Invitation sent to kofi.browser@example.org");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Invited");
        await page.Context.CloseAsync();
    }
}
