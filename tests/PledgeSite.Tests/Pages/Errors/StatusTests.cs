using System.Net;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Errors;

[Collection(SharedSite.Name)]
public class StatusTests(SiteFactory site)
{
    [Fact]
    public async Task Unknown_address_gets_a_GOV_UK_page_not_found_with_status_404()
    {
        using var client = HtmlClient.For(site);
        var (response, page) = await client.GetAsync("/no-such-page-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
