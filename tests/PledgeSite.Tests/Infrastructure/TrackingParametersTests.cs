using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>Campaign-tracking parameters are dropped before the site reads the query (TrackingParametersMiddleware).</summary>
[Collection(SharedSite.Name)]
public class TrackingParametersTests(SiteFactory site)
{
    [Theory]
    [InlineData("?utm_source=newsletter", "")]
    [InlineData("?utm_source=newsletter&utm_medium=email&utm_campaign=launch", "")]
    [InlineData("?q=trust&utm_source=newsletter&type=charity", "?q=trust&type=charity")]
    [InlineData("?UTM_Source=x&q=trust", "?q=trust")]
    [InlineData("?q=trust&fbclid=IwAR0abc&gclid=Cj0&msclkid=1&mc_cid=2&mc_eid=3&_ga=4&_gl=5", "?q=trust")]
    [InlineData("?utm%5Fsource=x&page=2", "?page=2")]
    [InlineData("?q=caf%C3%A9+bar&page=2", "?q=caf%C3%A9+bar&page=2")]
    [InlineData("?q=utm_source&utmost=1&page=2", "?q=utm_source&utmost=1&page=2")]
    [InlineData("?type=a&type=b&utm_term=x&type=c", "?type=a&type=b&type=c")]
    public void Tracking_parameters_are_removed_and_the_rest_keep_their_order_and_encoding(string query, string expected)
    {
        Assert.Equal(expected, TrackingParametersMiddleware.Without(new QueryString(query)).Value ?? "");
    }

    [Fact]
    public async Task A_campaign_link_is_answered_from_the_cache_entry_of_the_plain_address()
    {
        var token = TestContext.Current.CancellationToken;
        using var http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        async Task<HttpResponseMessage> Get(string path)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("identity"));
            return await http.SendAsync(request, token);
        }

        // Given the plain page, stored by the output cache
        using var plain = await Get("/signatories?q=trust&page=1");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);

        // When visitors arrive by two campaigns' links
        using var fromNewsletter = await Get("/signatories?q=trust&utm_source=newsletter&utm_campaign=launch&page=1");
        using var fromSocial = await Get("/signatories?fbclid=IwAR0abc&q=trust&page=1");

        // Then both get that stored page, and its links carry no tracking values
        foreach (var response in new[] { fromNewsletter, fromSocial })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.Age is not null, "A campaign link was not answered from the output cache");
            Assert.Equal(plain.Headers.ETag, response.Headers.ETag);
        }
        var html = await fromNewsletter.Content.ReadAsStringAsync(token);
        Assert.DoesNotContain("utm_", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/signatories.csv?q=trust&amp;page=1", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_campaign_link_to_a_pages_other_address_is_redirected_with_its_campaign()
    {
        using var content = new SiteFactory().With("USync:ImportOnStartup", "true");
        using var http = content.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });

        await content.WithDbAsync(async db =>
        {
            db.Set<ContentRedirect>().Add(new ContentRedirect { FromPath = "/our-vision", ToPath = "/vision", CreatedUtc = content.Clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        // Another letter case of the page's address, and an old address in the redirects table
        using var otherCase = await http.GetAsync("/VISION?utm_source=newsletter&utm_campaign=launch", TestContext.Current.CancellationToken);
        using var oldAddress = await http.GetAsync("/our-vision?utm_source=newsletter&fbclid=abc", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, otherCase.StatusCode);
        Assert.Equal("/vision?utm_source=newsletter&utm_campaign=launch", otherCase.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldAddress.StatusCode);
        Assert.Equal("/vision?utm_source=newsletter&fbclid=abc", oldAddress.Headers.Location?.OriginalString);
    }
}
