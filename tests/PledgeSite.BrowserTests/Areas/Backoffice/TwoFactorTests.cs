using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Staff;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Staff;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.BrowserTests.Areas.Backoffice;

public class TwoFactorTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_procurement_officer_without_an_authenticator_is_told_how_to_set_one_up_without_violations(bool javaScript)
    {
        // Given a procurement officer whose authenticator app has been turned off
        var email = $"no.authenticator.{(javaScript ? "js" : "nojs")}@towerhamlets.example";
        var staff = await browser.Site.CreateStaffAsync(email, StaffAccounts.Password, StaffRoles.ProcurementOfficer);
        await browser.Site.WithScopeAsync(s => s.GetRequiredService<ITwoFactorLoginService>().DisableAsync(Guid.Parse(staff.Id), AuthenticatorApp.Name));
        var page = await browser.NewPageAsync(javaScript);
        await page.SignInAsStaffAsync(email);

        // When they open the supplier pages
        await page.GotoAsync("/backoffice/suppliers");

        // Then they are asked to set up two-factor sign-in first, on an accessible page
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/backoffice/two-factor\\?returnUrl=%2Fbackoffice%2Fsuppliers$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Set up two-factor sign-in");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open Umbraco" })).ToBeVisibleAsync();
        if (javaScript) await page.AssertNoAxeViolationsAsync();
        else await page.AssertNoAxeViolationsWithoutJavaScriptAsync();
        await page.Context.CloseAsync();
    }
}

public class TwoFactorSetUpTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_pledge_reviewer_sets_up_an_authenticator_in_Umbraco_and_then_opens_the_review_pages()
    {
        // Given a pledge reviewer without an authenticator app, signed in at Umbraco's login and sent to set one up
        var email = "sets.up.two.factor@example.org";
        var staff = await browser.Site.CreateStaffAsync(email, StaffAccounts.Password, StaffRoles.PledgeReviewer);
        await browser.Site.WithScopeAsync(s => s.GetRequiredService<ITwoFactorLoginService>().DisableAsync(Guid.Parse(staff.Id), AuthenticatorApp.Name));
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync(email);
        await page.GotoAsync("/backoffice/pledges");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Set up two-factor sign-in");

        // When they follow its steps in Umbraco: their user menu, Configure Two-Factor, Enable, and the app's code
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Open Umbraco" })).ToHaveAttributeAsync("href", "/umbraco");
        // Umbraco's back office has finished starting once its Pledge section shows our dashboard
        await page.GotoAsync("/umbraco/section/pledge");
        await Assertions.Expect(page.Locator("pledgesite-workflows-dashboard h2")).ToHaveTextAsync("Pledge workflows", new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^User profile for") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("Configure Two-Factor", System.Text.RegularExpressions.RegexOptions.IgnoreCase) })
            .ClickAsync(new() { Timeout = 30_000 });
        // An app reads the key from the QR code; the test finds the set-up data whose QR code the dialog shows (the dialog
        // may ask for set-up data more than once, and each answer has a new secret).
        var setUps = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        page.Response += async (_, response) =>
        {
            if (response.Request.Method != "GET" || !response.Url.Contains("/user/current/2fa/" + AuthenticatorApp.Name, StringComparison.Ordinal)) return;
            using var data = System.Text.Json.JsonDocument.Parse(await response.TextAsync());
            setUps[data.RootElement.GetProperty("qrCodeSetupImageUrl").GetString()!] = data.RootElement.GetProperty("secret").GetString()!;
        };
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable" }).ClickAsync();
        var qrCode = page.Locator("img[src^='data:image/png;base64,']");
        await Assertions.Expect(qrCode).ToBeVisibleAsync();
        string? secret = null;
        for (var deadline = DateTime.UtcNow.AddSeconds(15); secret is null && DateTime.UtcNow < deadline; await Task.Delay(100, TestContext.Current.CancellationToken))
            setUps.TryGetValue((await qrCode.GetAttributeAsync("src"))!, out secret);
        Assert.True(secret is not null, "The QR code shown came from no set-up data the dialog received");
        await page.Locator("input[autocomplete='one-time-code']").FillAsync(StaffAccounts.CurrentCode(secret));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(Submit|Save)$") }).Last.ClickAsync();

        // Then Umbraco keeps the authenticator for them, and the review pages open without signing in again
        var enabled = false;
        for (var deadline = DateTime.UtcNow.AddSeconds(15); !enabled && DateTime.UtcNow < deadline; await Task.Delay(200, TestContext.Current.CancellationToken))
            await browser.Site.WithScopeAsync(async s => enabled = await s.GetRequiredService<ITwoFactorLoginService>().IsTwoFactorEnabledAsync(Guid.Parse(staff.Id)));
        Assert.True(enabled, "Umbraco did not keep the authenticator app after the code was entered");
        await page.GotoAsync("/backoffice/pledges");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/backoffice/pledges$"));
        await page.Context.CloseAsync();
    }
}

public class UmbracoTwoFactorTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_administrator_without_an_authenticator_reaches_no_section_of_Umbraco_until_one_is_set_up()
    {
        // Given an administrator whose authenticator app has been turned off, signed in at Umbraco's login
        var email = "admin.without.authenticator@towerhamlets.example";
        var staff = await browser.Site.CreateStaffAsync(email, StaffAccounts.Password, StaffRoles.Administrator);
        await browser.Site.WithScopeAsync(s => s.GetRequiredService<ITwoFactorLoginService>().DisableAsync(Guid.Parse(staff.Id), AuthenticatorApp.Name));
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync(email);

        // When they open the Content section, whose tree Umbraco's back office asks the Management API for
        var tree = page.WaitForResponseAsync(r => r.Url.Contains("/umbraco/management/api/v1/tree/document/root", StringComparison.Ordinal), new() { Timeout = 30_000 });
        var account = page.WaitForResponseAsync(r => r.Url.EndsWith("/umbraco/management/api/v1/user/current", StringComparison.Ordinal), new() { Timeout = 30_000 });
        await page.GotoAsync("/umbraco/section/content");

        // Then the tree is refused with a problem that says what to do, while their own account (and its set-up) answers
        var refused = await tree;
        Assert.Equal(403, refused.Status);
        Assert.Contains("Set up two-factor sign-in first", await refused.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(200, (await account).Status);
        await page.Context.CloseAsync();
    }
}
