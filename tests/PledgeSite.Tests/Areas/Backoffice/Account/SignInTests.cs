using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.Account;

[Collection(SharedSite.Name)]
public class SignInTests(SiteFactory site)
{
    private const string Password = "quiet harbour lantern seven";

    private static IEnumerable<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];

    [Fact]
    public async Task Signing_in_issues_a_new_Secure_HttpOnly_SameSite_Strict_session_cookie_each_time()
    {
        await site.CreateStaffAsync("cookie.editor@example.org", Password, StaffRoles.Editor);
        using var client = HtmlClient.For(site);

        var first = await client.SignInAsStaffAsync("cookie.editor@example.org", Password);
        var second = await client.SignInAsStaffAsync("cookie.editor@example.org", Password);

        var cookie1 = Assert.Single(SetCookies(first), c => c.Name == ".PledgeSite.Staff");
        var cookie2 = Assert.Single(SetCookies(second), c => c.Name == ".PledgeSite.Staff");
        Assert.True(cookie1.Secure);
        Assert.True(cookie1.HttpOnly);
        Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Strict, cookie1.SameSite);
        Assert.NotEqual(cookie1.Value.ToString(), cookie2.Value.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/backoffice")).Response.StatusCode);
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_get_the_same_answer()
    {
        await site.CreateStaffAsync("known.editor@example.org", Password, StaffRoles.Editor);
        using var client = HtmlClient.For(site);

        var (unknown, unknownPage) = await client.PostFormAsync("/backoffice/sign-in", [new("Email", "nobody@example.org"), new("Password", "anything at all here")]);
        var (wrong, wrongPage) = await client.PostFormAsync("/backoffice/sign-in", [new("Email", "known.editor@example.org"), new("Password", "not the right password")]);

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HtmlClient.ErrorSummary(unknownPage), HtmlClient.ErrorSummary(wrongPage));
        Assert.Equal(["Enter a correct email address and password"], HtmlClient.ErrorSummary(wrongPage));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        await site.CreateStaffAsync("lockout.editor@example.org", Password, StaffRoles.Editor);
        using var client = HtmlClient.For(site);
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/backoffice/sign-in", [new("Email", "lockout.editor@example.org"), new("Password", "wrong password number " + i)]);

        var (response, page) = await client.PostFormAsync("/backoffice/sign-in", [new("Email", "lockout.editor@example.org"), new("Password", Password)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(HtmlClient.ErrorSummary(page), e => e.Contains("locked", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/backoffice")).Response.StatusCode);
    }

    [Fact]
    public async Task Administrator_signs_in_with_password_then_authenticator_code()
    {
        await site.CreateStaffAsync("twostep.admin@example.org", Password, StaffRoles.Administrator);
        using var client = HtmlClient.For(site);

        var (afterPassword, _) = await client.PostFormAsync("/backoffice/sign-in", [new("Email", "twostep.admin@example.org"), new("Password", Password)]);
        Assert.StartsWith("/backoffice/sign-in/two-factor", afterPassword.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/backoffice")).Response.StatusCode);

        var (wrongCode, wrongPage) = await client.PostFormAsync("/backoffice/sign-in/two-factor", [new("Code", "000000")]);
        Assert.Equal(HttpStatusCode.OK, wrongCode.StatusCode);
        Assert.NotEmpty(HtmlClient.ErrorSummary(wrongPage));

        var code = StaffAccounts.CurrentCode(StaffAccounts.AuthenticatorKeyFor("twostep.admin@example.org"));
        var (rightCode, _) = await client.PostFormAsync("/backoffice/sign-in/two-factor", [new("Code", code)]);
        Assert.Equal("/backoffice", rightCode.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/backoffice/users")).Response.StatusCode);
    }

    [Fact]
    public async Task Two_factor_step_without_a_password_first_goes_back_to_sign_in()
    {
        using var client = HtmlClient.For(site);

        var (response, _) = await client.GetAsync("/backoffice/sign-in/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/backoffice/sign-in", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Disabled_account_cannot_sign_in()
    {
        var user = await site.CreateStaffAsync("disabled.editor@example.org", Password, StaffRoles.Editor);
        await site.WithScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var fresh = await users.FindByIdAsync(user.Id);
            fresh!.IsDisabled = true;
            await users.UpdateAsync(fresh);
        });
        using var client = HtmlClient.For(site);

        var response = await client.SignInAsStaffAsync("disabled.editor@example.org", Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/backoffice")).Response.StatusCode);
    }
}

public class SignInRateLimitTests
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_429_with_Retry_After()
    {
        using var site = new SiteFactory().With("RateLimits:SignInPostsPerMinute", "3");
        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync("/backoffice/sign-in");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var (response, _) = await client.SubmitAsync(page, [new("Email", "someone@example.org"), new("Password", "a wrong password " + i)]);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) Assert.True(response.Headers.RetryAfter is not null);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        site.Clock.Advance(TimeSpan.FromMinutes(1));
        var (later, _) = await client.SubmitAsync(page, [new("Email", "someone@example.org"), new("Password", "a wrong password")]);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }
}
