using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice;

/// <summary>
/// Every Razor Page under /backoffice, found from the site's endpoints (so pages added later are covered too),
/// refuses anonymous visitors (redirect to sign-in), answers 403 to signed-in users without a role it allows,
/// and opens for the roles its authorization policies name.
/// </summary>
public partial class BackofficeAccessTests
{
    private const string Password = "correct lemon stapler drawer";

    /// <summary>Back-office pages open without signing in: only signing out (staff sign in at Umbraco's /umbraco/login).</summary>
    private static readonly string[] AnonymousPages =
        ["backoffice/sign-out"];

    private sealed record BackofficePage(string Route, string Url, AuthorizationPolicy? Policy, bool Anonymous);

    private static async Task<IReadOnlyList<BackofficePage>> BackofficePagesAsync(SiteFactory site)
    {
        var loader = site.Services.GetRequiredService<PageLoader>();
        var policies = site.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var pages = new List<BackofficePage>();
        foreach (var endpoint in site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var descriptor = endpoint.Metadata.GetMetadata<PageActionDescriptor>();
            var route = endpoint.RoutePattern.RawText?.TrimStart('/') ?? "";
            if (descriptor is null || !route.StartsWith("backoffice", StringComparison.OrdinalIgnoreCase)) continue;
            // The page model's own [Authorize] attributes are known once the compiled page is loaded.
            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            var metadata = compiled.Endpoint?.Metadata ?? endpoint.Metadata;
            var anonymous = metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.GetOrderedMetadata<IAuthorizeData>(), metadata.GetOrderedMetadata<AuthorizationPolicy>());
            pages.Add(new BackofficePage(route, "/" + Parameter().Replace(route, m => Plausible(m.Groups["name"].Value, m.Groups["rest"].Value)).Replace("//", "/", StringComparison.Ordinal).TrimEnd('/'), policy, anonymous));
        }
        return pages.DistinctBy(p => p.Url).OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
    }

    private static string Plausible(string name, string constraints) =>
        name.Equals("handler", StringComparison.OrdinalIgnoreCase) ? ""
        : RegexChoice().Match(constraints) is { Success: true } choice ? choice.Groups["value"].Value
        : constraints.Contains(":guid", StringComparison.OrdinalIgnoreCase) ? "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f"
        : constraints.Contains(":int", StringComparison.OrdinalIgnoreCase) || constraints.Contains(":long", StringComparison.OrdinalIgnoreCase) ? "1"
        : constraints.Contains(":datetime", StringComparison.OrdinalIgnoreCase) ? "2026-11-24"
        : name.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2026"
        : "1";

    // The first alternative of a regex constraint such as {what:regex(^(declarations|flags)$)}.
    [GeneratedRegex(@"regex\(\^?\(?(?<value>[A-Za-z0-9_-]+)")]
    private static partial Regex RegexChoice();

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<rest>[^}]*)\}")]
    private static partial Regex Parameter();

    /// <summary>Null when the policy allows the role, true/false when it decides; null policy requirements we cannot read are skipped.</summary>
    private static bool? Allows(AuthorizationPolicy? policy, string role)
    {
        if (policy is null) return true;
        if (policy.Requirements.Any(r => r is not RolesAuthorizationRequirement and not DenyAnonymousAuthorizationRequirement)) return null;
        return policy.Requirements.OfType<RolesAuthorizationRequirement>().All(r => r.AllowedRoles.Contains(role));
    }

    [Fact]
    public async Task Every_backoffice_page_refuses_anonymous_visitors_and_users_without_its_role()
    {
        using var site = new SiteFactory();
        _ = site.Server;
        var pages = await BackofficePagesAsync(site);
        Assert.Contains(pages, p => p.Url == "/backoffice/pledges");
        Assert.Contains(pages, p => p.Url == "/backoffice");

        using var anonymous = HtmlClient.For(site);
        var clients = new Dictionary<string, HtmlClient>(StringComparer.Ordinal);
        // Umbraco needs every user in a group: its own Writers group, which none of our pages open to.
        await site.CreateStaffAsync("no-role@example.org", Password, "writer");
        clients["(no role)"] = HtmlClient.For(site);
        await clients["(no role)"].SignInAsStaffAsync("no-role@example.org", Password);
        foreach (var role in StaffRoles.All)
        {
            var email = $"{role.ToLowerInvariant()}.access@example.org";
            await site.CreateStaffAsync(email, Password, role);
            clients[role] = HtmlClient.For(site);
            await clients[role].SignInAsStaffAsync(email, Password);
            var (home, _) = await clients[role].GetAsync("/backoffice");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        var failures = new List<string>();
        var anonymousFound = new List<string>();
        foreach (var page in pages)
        {
            if (page.Anonymous)
            {
                anonymousFound.Add(page.Route);
                continue;
            }
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                using var anonymousResponse = await Send(anonymous, method, page.Url);
                if (anonymousResponse.StatusCode != HttpStatusCode.Redirect
                    || anonymousResponse.Headers.Location?.OriginalString.Contains("/umbraco/login?ReturnUrl=", StringComparison.Ordinal) != true)
                    failures.Add($"{method} {page.Url} anonymous: {(int)anonymousResponse.StatusCode} {anonymousResponse.Headers.Location}");

                using var noRole = await Send(clients["(no role)"], method, page.Url);
                if (!Refused(method, noRole.StatusCode))
                    failures.Add($"{method} {page.Url} signed in without a role: {(int)noRole.StatusCode}, expected 403");

                foreach (var role in StaffRoles.All)
                {
                    var allowed = Allows(page.Policy, role);
                    if (allowed is null) continue;
                    using var response = await Send(clients[role], method, page.Url);
                    var status = (int)response.StatusCode;
                    if (allowed == false && !Refused(method, response.StatusCode))
                        failures.Add($"{method} {page.Url} as {role}: {status}, expected 403");
                    // POSTs here carry no antiforgery token, so an allowed role gets 400: past authorization is all we check.
                    if (allowed == true && (status is 401 or 403 or >= 500
                        || response.Headers.Location?.OriginalString.Contains("/umbraco/login", StringComparison.Ordinal) == true))
                        failures.Add($"{method} {page.Url} as {role}: {status} {response.Headers.Location}, expected access");
                }
            }
        }

        foreach (var client in clients.Values) client.Dispose();
        Assert.True(failures.Count == 0, "Back-office access failures:\n" + string.Join("\n", failures));
        Assert.All(anonymousFound, route => Assert.Contains(route, AnonymousPages, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A GET without the group is a 403. These POSTs carry no antiforgery token, and Umbraco's pipeline checks the
    /// token before authorization, so they are refused with 400 before the group is looked at; a POST with a valid
    /// token is a 403 (<see cref="A_post_with_a_valid_token_from_staff_without_the_group_is_forbidden"/>).
    /// </summary>
    private static bool Refused(HttpMethod method, HttpStatusCode status) =>
        status == HttpStatusCode.Forbidden || (method == HttpMethod.Post && status == HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_post_with_a_valid_token_from_staff_without_the_group_is_forbidden()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("editor.forbidden@example.org", Password, StaffRoles.Editor);
        using var editor = HtmlClient.For(site);
        await editor.SignInAsStaffAsync("editor.forbidden@example.org", Password);
        // A token the editor may have: from a form on a page their group opens.
        var bulk = await editor.GetPageAsync("/backoffice/action-plan/bulk");
        var token = bulk.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var judging = await editor.Http.PostAsync("/backoffice/judging", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
        using var pledges = await editor.Http.PostAsync("/backoffice/pledges", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
        using var own = await editor.Http.PostAsync("/backoffice/action-plan/bulk", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, judging.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pledges.StatusCode);
        // The same token is accepted where the editor's group is allowed (the form is only incomplete).
        Assert.NotEqual(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.NotEqual(HttpStatusCode.BadRequest, own.StatusCode);
    }

    private static async Task<HttpResponseMessage> Send(HtmlClient client, HttpMethod method, string url)
    {
        using var request = new HttpRequestMessage(method, url);
        if (method == HttpMethod.Post) request.Content = new FormUrlEncodedContent([]);
        return await client.Http.SendAsync(request);
    }
}
