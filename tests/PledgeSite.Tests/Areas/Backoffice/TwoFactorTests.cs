using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Staff;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Staff;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Tests.Areas.Backoffice;

/// <summary>
/// Issue 17: two-factor sign-in through Umbraco's provider, required for Administrators, Pledge reviewers, Awards
/// managers and Procurement officers before our workflow pages open for them.
/// </summary>
public class TwoFactorTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Staff_with_an_authenticator_app_are_signed_in_only_with_its_current_code()
    {
        const string email = "two.factor.reviewer@example.org";
        await site.CreateStaffAsync(email, StaffAccounts.Password, StaffRoles.PledgeReviewer);
        using var client = HtmlClient.For(site);

        // The password alone asks for the second step, and is not a sign-in
        using var first = await client.Http.PostAsJsonAsync(StaffAccounts.LoginPath, new { username = email, password = StaffAccounts.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.PaymentRequired, first.StatusCode);
        Assert.Contains(AuthenticatorApp.Name, await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var before = await client.Http.GetAsync("/backoffice/pledges", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.StartsWith("/umbraco/login", before.Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // A wrong code is refused; the app's current code signs in
        var right = StaffAccounts.CurrentCode(StaffAccounts.AuthenticatorSecretFor(email));
        var wrong = ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        using var refused = await client.Http.PostAsJsonAsync(StaffAccounts.VerifyTwoFactorPath, new { code = wrong, provider = AuthenticatorApp.Name }, TestContext.Current.CancellationToken);
        Assert.False(refused.IsSuccessStatusCode);
        using var accepted = await client.Http.PostAsJsonAsync(StaffAccounts.VerifyTwoFactorPath, new { code = right, provider = AuthenticatorApp.Name }, TestContext.Current.CancellationToken);
        Assert.True(accepted.IsSuccessStatusCode, $"{(int)accepted.StatusCode} {await accepted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        using var after = await client.Http.GetAsync("/backoffice/pledges", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData(StaffRoles.Administrator, "/backoffice/audit")]
    [InlineData(StaffRoles.PledgeReviewer, "/backoffice/pledges")]
    [InlineData(StaffRoles.AwardsManager, "/backoffice/awards")]
    [InlineData(StaffRoles.ProcurementOfficer, "/backoffice/suppliers")]
    public async Task A_group_that_requires_it_is_sent_to_set_it_up_and_comes_back_once_it_has(string role, string page)
    {
        // Given a member of the group without an authenticator app (turned off after it was set up)
        var email = $"no.two.factor.{role}@example.org";
        var staff = await site.CreateStaffAsync(email, StaffAccounts.Password, role);
        await site.WithScopeAsync(s => s.GetRequiredService<ITwoFactorLoginService>().DisableAsync(Guid.Parse(staff.Id), AuthenticatorApp.Name));
        using var client = HtmlClient.For(site);
        await client.SignInAsStaffAsync(email);

        // When they open their work, they are sent to set up two-factor sign-in, which says how
        using var sent = await client.Http.GetAsync(page, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/backoffice/two-factor?returnUrl=" + Uri.EscapeDataString(page), sent.Headers.Location!.OriginalString);
        var howTo = await client.GetPageAsync(sent.Headers.Location.OriginalString);
        Assert.Equal("Set up two-factor sign-in", howTo.QuerySelector("h1")!.TextContent);
        Assert.Contains("Configure Two-Factor", howTo.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(page, howTo.QuerySelector("main a.govuk-button")!.GetAttribute("href"));

        // Then, once it is set up, the same page opens
        await site.WithScopeAsync(s => SiteFactory.SetUpAuthenticatorAsync(s, Guid.Parse(staff.Id), email));
        using var opened = await client.Http.GetAsync(page, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        var done = await client.GetPageAsync("/backoffice/two-factor?returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("Two-factor sign-in is set up", done.QuerySelector("h1")!.TextContent);
        Assert.Equal("/backoffice", done.QuerySelector("main a.govuk-button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Editors_and_judges_are_not_required_to_use_it()
    {
        await site.CreateStaffAsync("editor.without.two.factor@example.org", StaffAccounts.Password, StaffRoles.Editor);
        using var client = HtmlClient.For(site);
        await client.SignInAsStaffAsync("editor.without.two.factor@example.org");

        using var content = await client.Http.GetAsync("/backoffice/content", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
    }
}
