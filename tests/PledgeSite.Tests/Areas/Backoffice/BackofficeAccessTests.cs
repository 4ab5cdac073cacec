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

    /// <summary>The only back-office pages open without signing in: the sign-in journey itself.</summary>
    private static readonly string[] AnonymousPages =
        ["backoffice/sign-in", "backoffice/sign-in/two-factor", "backoffice/sign-in/recovery-code", "backoffice/sign-out", "backoffice/set-password"];

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
        : constraints.Contains(":guid", StringComparison.OrdinalIgnoreCase) ? "3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f"
        : constraints.Contains(":int", StringComparison.OrdinalIgnoreCase) || constraints.Contains(":long", StringComparison.OrdinalIgnoreCase) ? "1"
        : constraints.Contains(":datetime", StringComparison.OrdinalIgnoreCase) ? "2026-11-24"
        : name.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2026"
        : "1";

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
        Assert.Contains(pages, p => p.Url == "/backoffice/users");
        Assert.Contains(pages, p => p.Url == "/backoffice");

        using var anonymous = HtmlClient.For(site);
        var clients = new Dictionary<string, HtmlClient>(StringComparer.Ordinal);
        await site.CreateStaffAsync("no-role@example.org", Password);
        clients["(no role)"] = HtmlClient.For(site);
        await clients["(no role)"].SignInAsStaffAsync("no-role@example.org", Password);
        foreach (var role in StaffRoles.All)
        {
            var email = $"{role.ToLowerInvariant()}.access@example.org";
            await site.CreateStaffAsync(email, Password, role);
            clients[role] = HtmlClient.For(site);
            var signedIn = await clients[role].SignInAsStaffAsync(email, Password);
            Assert.Equal("/backoffice", signedIn.Headers.Location?.OriginalString);
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
                    || anonymousResponse.Headers.Location?.OriginalString.Contains("/backoffice/sign-in?ReturnUrl=", StringComparison.Ordinal) != true)
                    failures.Add($"{method} {page.Url} anonymous: {(int)anonymousResponse.StatusCode} {anonymousResponse.Headers.Location}");

                using var noRole = await Send(clients["(no role)"], method, page.Url);
                if (noRole.StatusCode != HttpStatusCode.Forbidden)
                    failures.Add($"{method} {page.Url} signed in without a role: {(int)noRole.StatusCode}, expected 403");

                foreach (var role in StaffRoles.All)
                {
                    var allowed = Allows(page.Policy, role);
                    if (allowed is null) continue;
                    using var response = await Send(clients[role], method, page.Url);
                    var status = (int)response.StatusCode;
                    if (allowed == false && response.StatusCode != HttpStatusCode.Forbidden)
                        failures.Add($"{method} {page.Url} as {role}: {status}, expected 403");
                    // POSTs here carry no antiforgery token, so an allowed role gets 400: past authorization is all we check.
                    if (allowed == true && (status is 401 or 403 or >= 500
                        || response.Headers.Location?.OriginalString.Contains("/backoffice/sign-in", StringComparison.Ordinal) == true))
                        failures.Add($"{method} {page.Url} as {role}: {status} {response.Headers.Location}, expected access");
                }
            }
        }

        foreach (var client in clients.Values) client.Dispose();
        Assert.True(failures.Count == 0, "Back-office access failures:\n" + string.Join("\n", failures));
        Assert.All(anonymousFound, route => Assert.Contains(route, AnonymousPages, StringComparer.OrdinalIgnoreCase));
    }

    private static async Task<HttpResponseMessage> Send(HtmlClient client, HttpMethod method, string url)
    {
        using var request = new HttpRequestMessage(method, url);
        if (method == HttpMethod.Post) request.Content = new FormUrlEncodedContent([]);
        return await client.Http.SendAsync(request);
    }
}
