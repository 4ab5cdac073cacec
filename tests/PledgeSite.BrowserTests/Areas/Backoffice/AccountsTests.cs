using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Infrastructure;

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

    [Fact]
    public async Task Editor_sets_up_an_authenticator_app_with_JavaScript_off()
    {
        await browser.Site.CreateStaffAsync("nojs.editor.browser@example.org", Password, StaffRoles.Editor);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsStaffAsync("nojs.editor.browser@example.org", Password);

        await page.GotoAsync("/backoffice/account");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up authenticator app" }).ClickAsync();
        await Assertions.Expect(page.Locator("svg.th-qr-code")).ToBeVisibleAsync();
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("Enter the 6-digit code the app shows").FillAsync(StaffAccounts.CurrentCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".th-recovery-codes li")).ToHaveCountAsync(10);
        await page.GotoAsync("/backoffice/account");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("10 of 10 left");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Two_factor_recovery_code_password_user_uSync_sign_out_and_set_password_pages_have_no_accessibility_violations()
    {
        await browser.Site.CreateStaffAsync("pages.admin.browser@example.org", Password, StaffRoles.Administrator);
        var editor = await browser.Site.CreateStaffAsync("pages.editor.browser@example.org", Password, StaffRoles.Editor);
        var page = await browser.NewPageAsync();

        // Sign-in's second step: a wrong code, the recovery-code page, then the right code
        await page.GotoAsync("/backoffice/sign-in");
        await page.GetByLabel("Email address").FillAsync("pages.admin.browser@example.org");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/backoffice/sign-in/two-factor", StringComparison.Ordinal), new() { Timeout = 30_000 });
        await page.AssertNoAxeViolationsAsync();
        var code = page.GetByLabel("Enter the code from your authenticator app");
        await code.FillAsync(StaffAccounts.CurrentCode(StaffAccounts.AuthenticatorKeyFor("pages.admin.browser@example.org")) == "000000" ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        var twoFactor = page.Url;
        await page.GetByRole(AriaRole.Link, new() { Name = "Use a recovery code" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Enter a recovery code")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(twoFactor);
        await code.FillAsync(StaffAccounts.CurrentCode(StaffAccounts.AuthenticatorKeyFor("pages.admin.browser@example.org")));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dashboard");

        // A user's page, changing your password, uSync
        await page.GotoAsync($"/backoffice/users/{editor.Id}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("pages.editor.browser@example.org");
        await Assertions.Expect(page.GetByLabel("Editor", new() { Exact = true })).ToBeCheckedAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/backoffice/account/password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/backoffice/usync");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("uSync");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have signed out");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();

        // The emailed set-password page, with a mismatch
        var link = "";
        await browser.Site.WithScopeAsync(async services => link = await StaffAccountLinks.SetPasswordLinkAsync(services, editor));
        var invited = await browser.NewPageAsync();
        await invited.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(invited.Locator("h1")).ToHaveTextAsync("Set your password");
        await invited.AssertNoAxeViolationsAsync();
        await invited.GetByLabel("New password", new() { Exact = true }).FillAsync("harbour lantern meadow");
        await invited.GetByLabel("Confirm new password").FillAsync("harbour lantern meadows");
        await invited.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(invited.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await invited.AssertNoAxeViolationsAsync();
        await invited.Context.CloseAsync();
    }
}
