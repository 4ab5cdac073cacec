using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>Which query strings the output cache stores (PublicPageCaching, KnownQueryKeysPolicy).</summary>
[Collection(SharedSite.Name)]
public class PublicPageCachingTests(SiteFactory site)
{
    [Theory]
    [InlineData("/signatories?sector=Health&page=2")]
    [InlineData("/api/v1/signatories?type=business&pageSize=5")]
    [InlineData("/i-can-be/opportunities?theme=health&closingSoon=true")]
    public async Task Parameters_the_page_reads_are_cached_one_entry_per_value(string path)
    {
        await PublicCacheChecks.AssertServedFromCacheWithETagAsync(site, path);
    }

    [Theory]
    [InlineData("/signatories?q=trust&ref=newsletter")]
    [InlineData("/?q=trust")]
    [InlineData("/signatories?Query.q=trust")]
    [InlineData("/action-plan?theme=health&nocache=123")]
    public async Task A_parameter_the_page_does_not_read_is_answered_fresh_and_never_stored(string path)
    {
        await PublicCacheChecks.AssertAnsweredFreshAndNotStoredAsync(site, path);
    }

    [Fact]
    public void No_page_that_the_output_cache_may_answer_requires_a_sign_in()
    {
        // The output cache runs before authentication and authorization (SitePipeline): a cached page would be given
        // to anyone who asks for it, so every page of ours the output cache may store must be open to everyone.
        // (Umbraco's own cached endpoints that need a sign-in, its Delivery API, bypass the output cache there.)
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var cached = endpoints.Where(e => e.Metadata.GetOrderedMetadata<OutputCacheAttribute>().Any(a => !a.NoStore)
                                          && e.DisplayName?.StartsWith("Umbraco.", StringComparison.Ordinal) != true).ToList();
        Assert.Contains(cached, e => e.DisplayName == "/Index");
        Assert.All(cached, endpoint => Assert.True(
            endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || !endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(),
            $"{endpoint.DisplayName} is cached for everyone but requires a sign-in"));
    }

    [Fact]
    public async Task A_visitor_who_has_only_filled_in_a_form_still_gets_the_cached_page()
    {
        // Given the home page in the output cache
        await PublicCacheChecks.AssertServedFromCacheWithETagAsync(site, "/");

        // When a visitor carrying only the antiforgery cookie asks for it
        using var http = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost"),
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br");
        request.Headers.Add("Cookie", ".PledgeSite.Antiforgery=anything");
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        // Then it comes from the cache
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Age is not null, "An anonymous visitor with the antiforgery cookie was not answered from the cache");
    }

    [Fact]
    public async Task An_editors_preview_is_never_answered_from_or_stored_in_the_public_cache_and_may_be_framed_only_by_the_site()
    {
        // Given the home page in the output cache
        await PublicCacheChecks.AssertServedFromCacheWithETagAsync(site, "/");

        // When an editor's browser, carrying Umbraco's preview cookie, asks for it twice
        using var http = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost"),
        });
        async Task<HttpResponseMessage> Preview()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.AcceptEncoding.ParseAdd("br");
            request.Headers.Add("Cookie", Umbraco.Cms.Core.Constants.Web.PreviewCookieName + "=preview");
            return await http.SendAsync(request, TestContext.Current.CancellationToken);
        }
        using var first = await Preview();
        using var second = await Preview();

        // Then neither comes from the cache, and each may be shown in the frame of Umbraco's preview screen on this site only
        foreach (var response in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Null(response.Headers.Age);
            Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        }
    }
}
