using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Staff;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Staff;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Tests.Staff;

/// <summary>Two-factor sign-in is required in Umbraco's own back office too, not only on our workflow pages.</summary>
[Collection(SharedSite.Name)]
public class UmbracoTwoFactorGateTests(SiteFactory site)
{
    [Theory]
    [InlineData("/umbraco/management/api/v1/user/current", true)]
    [InlineData("/umbraco/management/api/v1/user/current/2fa/PledgeSite.AuthenticatorApp", true)]
    [InlineData("/umbraco/management/api/v1/manifest/manifest/private", true)]
    [InlineData("/umbraco/management/api/v1/server/configuration", true)]
    [InlineData("/backoffice/two-factor", true)]
    [InlineData("/umbraco/management/api/v1/tree/document/root", false)]
    [InlineData("/umbraco/management/api/v1/user", false)]
    [InlineData("/umbraco/management/api/v1/user-group", false)]
    [InlineData("/umbraco/management/api/v1/user/filter", false)]
    [InlineData("/umbraco/management/api/v1/servers", false)]
    [InlineData("/umbraco/management/api/v1/document/1f2b1a4c-0000-0000-0000-000000000000", false)]
    [InlineData("/backoffice/pledges", false)]
    public void Only_what_setting_it_up_needs_opens_before_it_is_set_up(string path, bool opens) =>
        Assert.Equal(opens, TwoFactorRequirement.OpensBeforeSetUp(path));

    [Theory]
    [InlineData("/umbraco/management/api/v1/tree/document/root", false, false)]
    [InlineData("/umbraco/management/api/v1/document/1f2b1a4c-0000-0000-0000-000000000000", false, false)]
    [InlineData("/umbraco/management/api/v1/user/current/2fa", false, true)]
    [InlineData("/umbraco/management/api/v1/tree/document/root", true, true)]
    public async Task An_administrator_reaches_umbracos_sections_only_with_an_authenticator(string path, bool authenticator, bool reached)
    {
        // Given an administrator with or without an authenticator app, signed in to Umbraco's Management API
        var staff = await site.CreateStaffAsync("two.factor.gate@towerhamlets.example", StaffAccounts.Password, StaffRoles.Administrator);
        if (!authenticator)
            await site.WithScopeAsync(s => s.GetRequiredService<ITwoFactorLoginService>().DisableAsync(Guid.Parse(staff.Id), AuthenticatorApp.Name));

        // When they call one of its endpoints
        var (passedOn, response) = await CallAsync(path, Administrator(staff.Id));

        // Then it answers only with the authenticator, or when the call is part of setting one up
        Assert.Equal(reached, passedOn);
        if (!reached)
        {
            Assert.Equal(StatusCodes.Status403Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.ContentType);
        }
    }

    [Fact]
    public async Task Anonymous_calls_and_groups_without_the_requirement_are_left_to_Umbraco()
    {
        // Given an editor (whose group does not require two-factor sign-in) and a visitor who is not signed in
        var editor = await site.CreateStaffAsync("two.factor.gate.editor@towerhamlets.example", StaffAccounts.Password, StaffRoles.Editor);
        var editorUser = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(Umbraco.Cms.Core.Constants.Security.OpenIdDictSubClaimType, editor.Id), new Claim(ClaimTypes.Role, StaffRoles.Editor)], "test"));

        // When each calls Umbraco's document tree
        var (editorPassedOn, _) = await CallAsync("/umbraco/management/api/v1/tree/document/root", editorUser);
        var (anonymousPassedOn, _) = await CallAsync("/umbraco/management/api/v1/tree/document/root", new ClaimsPrincipal(new ClaimsIdentity()));

        // Then the gate lets Umbraco's own authorisation decide
        Assert.True(editorPassedOn);
        Assert.True(anonymousPassedOn);
    }

    private static ClaimsPrincipal Administrator(string staffId) => new(new ClaimsIdentity(
        [new Claim(Umbraco.Cms.Core.Constants.Security.OpenIdDictSubClaimType, staffId), new Claim(ClaimTypes.Role, StaffRoles.Administrator)], "test"));

    private async Task<(bool PassedOn, HttpResponse Response)> CallAsync(string path, ClaimsPrincipal user)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user };
        http.Request.Path = path;
        http.SetEndpoint(new Endpoint(_ => Task.CompletedTask, new EndpointMetadataCollection(), "Umbraco Management API"));
        var passedOn = false;
        var gate = new UmbracoTwoFactorGate(_ => { passedOn = true; return Task.CompletedTask; });
        await gate.InvokeAsync(http, scope.ServiceProvider.GetRequiredService<ITwoFactorLoginService>());
        return (passedOn, http.Response);
    }
}
