using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.Account;

[Collection(SharedSite.Name)]
public class AuthenticatorTests(SiteFactory site)
{
    private const string Password = "velvet compass orchard nine";

    private static string KeyOn(IHtmlDocument page) =>
        page.QuerySelector("#authenticator-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    [Fact]
    public async Task Administrator_without_two_factor_must_set_it_up_before_any_other_backoffice_page()
    {
        var user = await site.CreateStaffAsync("new.admin@example.org", Password, StaffRoles.Editor);
        await site.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            await users.AddToRoleAsync((await users.FindByIdAsync(user.Id))!, StaffRoles.Administrator);
        });
        using var client = HtmlClient.For(site);
        await client.SignInAsStaffAsync("new.admin@example.org", Password);

        var (users1, _) = await client.GetAsync("/backoffice/users");
        Assert.Equal(HttpStatusCode.Redirect, users1.StatusCode);
        Assert.Equal("/backoffice/account/two-factor", users1.Headers.Location?.OriginalString);

        var setUp = await client.GetPageAsync("/backoffice/account/two-factor");
        Assert.NotNull(setUp.QuerySelector("svg.th-qr-code[role=img]"));
        var key = KeyOn(setUp);
        Assert.Equal(32, key.Length);
        Assert.StartsWith("otpauth://totp/", setUp.QuerySelector("a[href^='otpauth:']")!.GetAttribute("href"), StringComparison.Ordinal);

        var (wrong, wrongPage) = await client.SubmitAsync(setUp, [new("Code", "12345")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(["The code must be 6 numbers"], HtmlClient.ErrorSummary(wrongPage));
        Assert.Equal(key, KeyOn(wrongPage));

        var (done, _) = await client.SubmitAsync(wrongPage, [new("Code", StaffAccounts.CurrentCode(key))]);
        Assert.Equal("/backoffice/account/recovery-codes", done.Headers.Location?.OriginalString);
        var codesPage = await client.GetPageAsync("/backoffice/account/recovery-codes");
        var codes = codesPage.QuerySelectorAll(".th-recovery-codes code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/backoffice/users")).Response.StatusCode);
        // Shown once only.
        Assert.Empty((await client.GetPageAsync("/backoffice/account/recovery-codes")).QuerySelectorAll(".th-recovery-codes code"));

        // Next time: password, then a recovery code instead of the app; a used code does not work twice.
        using var later = HtmlClient.For(site);
        var (afterPassword, _) = await later.PostFormAsync("/backoffice/sign-in", [new("Email", "new.admin@example.org"), new("Password", Password)]);
        Assert.StartsWith("/backoffice/sign-in/two-factor", afterPassword.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var (recovered, _) = await later.PostFormAsync("/backoffice/sign-in/recovery-code", [new("Code", codes[0])]);
        Assert.Equal("/backoffice", recovered.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/backoffice/audit")).Response.StatusCode);

        using var again = HtmlClient.For(site);
        await again.PostFormAsync("/backoffice/sign-in", [new("Email", "new.admin@example.org"), new("Password", Password)]);
        var (reused, reusedPage) = await again.PostFormAsync("/backoffice/sign-in/recovery-code", [new("Code", codes[0])]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.NotEmpty(HtmlClient.ErrorSummary(reusedPage));
    }

    [Fact]
    public async Task Editor_may_set_up_two_factor_and_is_then_asked_for_a_code()
    {
        await site.CreateStaffAsync("careful.editor@example.org", Password, StaffRoles.Editor);
        using var client = HtmlClient.For(site);
        await client.SignInAsStaffAsync("careful.editor@example.org", Password);
        Assert.Contains("Not set up", (await client.GetPageAsync("/backoffice/account")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var setUp = await client.GetPageAsync("/backoffice/account/two-factor");
        await client.SubmitAsync(setUp, [new("Code", StaffAccounts.CurrentCode(KeyOn(setUp)))]);

        using var later = HtmlClient.For(site);
        var response = await later.SignInAsStaffAsync("careful.editor@example.org", Password);
        Assert.NotNull(response);
        Assert.Equal(HttpStatusCode.Redirect, (await later.GetAsync("/backoffice")).Response.StatusCode);
    }

    [Fact]
    public async Task Changing_password_needs_the_current_one_and_refuses_common_passwords()
    {
        await site.CreateStaffAsync("changer.editor@example.org", Password, StaffRoles.Editor);
        using var client = HtmlClient.For(site);
        await client.SignInAsStaffAsync("changer.editor@example.org", Password);

        var (_, wrongCurrent) = await client.PostFormAsync("/backoffice/account/password",
            [new("CurrentPassword", "not my password at all"), new("NewPassword", "granite meadow tulip river"), new("ConfirmPassword", "granite meadow tulip river")]);
        Assert.Equal(["Your current password is not correct"], HtmlClient.ErrorSummary(wrongCurrent));

        var (_, common) = await client.PostFormAsync("/backoffice/account/password",
            [new("CurrentPassword", Password), new("NewPassword", "Password123456!"), new("ConfirmPassword", "Password123456!")]);
        Assert.Contains(HtmlClient.ErrorSummary(common), e => e.Contains("too common", StringComparison.Ordinal));

        var (_, tooShort) = await client.PostFormAsync("/backoffice/account/password",
            [new("CurrentPassword", Password), new("NewPassword", "short one"), new("ConfirmPassword", "short one")]);
        Assert.Contains(HtmlClient.ErrorSummary(tooShort), e => e.Contains("12", StringComparison.Ordinal));

        var (changed, _) = await client.PostFormAsync("/backoffice/account/password",
            [new("CurrentPassword", Password), new("NewPassword", "granite meadow tulip river"), new("ConfirmPassword", "granite meadow tulip river")]);
        Assert.Equal("/backoffice/account", changed.Headers.Location?.OriginalString);
        using var later = HtmlClient.For(site);
        await later.SignInAsStaffAsync("changer.editor@example.org", "granite meadow tulip river");
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/backoffice")).Response.StatusCode);
    }
}
