using System.Net;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages;

[Collection(SharedSite.Name)]
public class IndexTests(SiteFactory site)
{
    [Fact]
    public async Task Home_page_renders_the_service_name_skip_link_and_footer_links()
    {
        using var client = HtmlClient.For(site);

        var page = await client.GetPageAsync("/");

        Assert.Equal("Tower Hamlets Anti-Racist Pledge", page.QuerySelector(".govuk-service-navigation__service-name")!.TextContent.Trim());
        Assert.Equal("#main-content", page.QuerySelector("a.govuk-skip-link")!.GetAttribute("href"));
        var footerLinks = page.QuerySelectorAll(".govuk-footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/accessibility", footerLinks);
        Assert.Contains("/privacy", footerLinks);
        Assert.Contains("/cookies", footerLinks);
        Assert.Contains("/contact", footerLinks);
    }

    [Fact]
    public async Task Stylesheet_is_fingerprinted_and_served_precompressed_with_an_etag()
    {
        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync("/");
        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);

        using var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("br", response.Content.Headers.ContentEncoding);
        // (Long immutable caching is switched on for the published build only; bench/run.sh checks it there.)
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Anonymous_home_page_comes_from_the_output_cache_with_cache_headers_an_etag_and_304_when_unchanged()
    {
        await PublicCacheChecks.AssertServedFromCacheWithETagAsync(site, "/");
    }

    [Theory]
    [InlineData("/pledge")]
    [InlineData("/signatories?q=trust&type=business")]
    [InlineData("/api/v1/signatories?type=business")]
    [InlineData("/themes")]
    [InlineData("/action-plan?theme=health")]
    [InlineData("/i-can-be")]
    [InlineData("/sitemap.xml")]
    public async Task Other_anonymous_public_pages_come_from_the_output_cache_with_cache_headers_and_etags(string path)
    {
        await PublicCacheChecks.AssertServedFromCacheWithETagAsync(site, path);
    }

    [Fact]
    public async Task Responses_carry_security_headers_and_no_server_header()
    {
        using var client = HtmlClient.For(site);
        var (response, _) = await client.GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.True(response.Headers.Contains("Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Robots_txt_disallows_the_back_office_and_names_the_sitemap()
    {
        using var client = HtmlClient.For(site);
        var text = await client.Http.GetStringAsync("/robots.txt", TestContext.Current.CancellationToken);
        Assert.Contains("Disallow: /backoffice/", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://localhost/sitemap.xml", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_healthy_when_the_database_answers()
    {
        using var client = HtmlClient.For(site);
        var response = await client.Http.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
