using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>Checks that an anonymous public page is served from the output cache with cache headers and an ETag.</summary>
public static class PublicCacheChecks
{
    /// <summary>
    /// Given an anonymous visitor whose browser accepts brotli: the page sets no cookie, says
    /// <c>Cache-Control: public</c> with a max-age and an ETag, comes compressed from the output cache the second time
    /// (an <c>Age</c> header), and a revisit with <c>If-None-Match</c> gets 304 with no body.
    /// </summary>
    public static async Task AssertServedFromCacheWithETagAsync(SiteFactory site, string path)
    {
        ArgumentNullException.ThrowIfNull(site);
        var token = TestContext.Current.CancellationToken;
        using var http = AnonymousClient(site);
        async Task<HttpResponseMessage> Get(EntityTagHeaderValue? etag)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd("br");
            if (etag is not null) request.Headers.IfNoneMatch.Add(etag);
            return await http.SendAsync(request, token);
        }

        using var first = await Get(null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"), $"{path} sets a cookie, so the output cache will not store it");
        Assert.True(first.Headers.CacheControl?.Public, $"{path}: Cache-Control is '{first.Headers.CacheControl}'");
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var second = await Get(null);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age is not null, $"{path} was not served from the output cache");
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Contains("br", second.Content.Headers.ContentEncoding);

        using var revisit = await Get(etag);
        Assert.Equal(HttpStatusCode.NotModified, revisit.StatusCode);
        Assert.Empty(await revisit.Content.ReadAsByteArrayAsync(token));
    }

    /// <summary>
    /// Given the same request twice: both are answered 200 by the page itself, and the second does not come from the
    /// output cache (no <c>Age</c> header).
    /// </summary>
    public static async Task AssertAnsweredFreshAndNotStoredAsync(SiteFactory site, string path)
    {
        ArgumentNullException.ThrowIfNull(site);
        var token = TestContext.Current.CancellationToken;
        using var http = AnonymousClient(site);
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.ParseAdd("br");
            using var response = await http.SendAsync(request, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.Age is null, $"{path} was served from the output cache");
        }
    }

    /// <summary>An anonymous visitor: no cookies kept, redirects not followed.</summary>
    private static HttpClient AnonymousClient(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost"),
    });
}
