using System.Net;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Protection;

public class RateLimitTests
{
    [Fact]
    public async Task A_refused_form_post_counts_once_not_again_for_the_error_page_shown_for_it()
    {
        using var site = new SiteFactory().With("RateLimits:FormPostsPerMinute", "3");
        using var client = HtmlClient.For(site);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            // No antiforgery token: 400, and the status code page re-executes the pipeline for it.
            using var content = new FormUrlEncodedContent([new("x", "1")]);
            using var response = await client.Http.PostAsync("/pledge/sign", content, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }
}
