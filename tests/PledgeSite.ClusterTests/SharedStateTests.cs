using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.ClusterTests.Infrastructure;
using PledgeSite.Core.Entities;

namespace PledgeSite.ClusterTests;

/// <summary>What one instance does is seen by the other: cache eviction, antiforgery tokens, rate-limit counts.</summary>
public class SharedStateTests(ClusterFixture cluster)
{
    private const string EditForm = "main form[method=post]:not([action])";

    [Fact(Timeout = 120_000)]
    public async Task A_page_published_through_instance_A_is_fresh_on_instance_B_which_had_cached_it()
    {
        var cancel = TestContext.Current.CancellationToken;
        await cluster.EnsureRunningAsync(cancel);
        var key = await cluster.WithDbAsync(db => db.Set<ContentItem>()
            .Where(c => c.Slug == "vision" && c.TrashedUtc == null).Select(c => c.Key).SingleAsync(cancel));
        var page = new Uri(cluster.B.BaseAddress, "/vision");
        using var reader = new Visitor();
        await reader.GetPageAsync(page, cancel);
        var (cached, before) = await reader.GetAsync(page, cancel);
        Assert.True(cached.Headers.Age is not null, "B should serve /vision from its output cache before the change");
        var marker = $"Published on A at {Guid.NewGuid():N}";
        Assert.DoesNotContain(marker, before.Body!.TextContent, StringComparison.Ordinal);

        using var editor = new Visitor();
        await ClusterFixture.SignInAsEditorAsync(editor, cluster.A, cancel);
        var edit = await editor.GetPageAsync(new Uri(cluster.A.BaseAddress, $"/backoffice/content/{key}"), cancel);
        var (published, result) = await editor.SubmitAsync(edit, new Uri(cluster.A.BaseAddress, $"/backoffice/content/{key}"),
            [new("Body", $"<p>{marker}</p>"), new("action", "publish")], cancel, EditForm);
        Assert.True(published.StatusCode == HttpStatusCode.Redirect,
            $"Publishing on A answered {(int)published.StatusCode}: {string.Join("; ", result.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()))}");

        var after = await reader.GetPageAsync(page, cancel);
        Assert.Contains(marker, after.QuerySelector(".th-prose")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_form_started_on_instance_A_is_accepted_when_posted_to_instance_B()
    {
        var cancel = TestContext.Current.CancellationToken;
        await cluster.EnsureRunningAsync(cancel);
        using var visitor = new Visitor();
        var start = await visitor.GetPageAsync(new Uri(cluster.A.BaseAddress, "/pledge/sign"), cancel);
        Assert.True(visitor.HasCookie(".PledgeSite.Antiforgery"), "A should set the antiforgery cookie");

        var (response, _) = await visitor.SubmitAsync(start, new Uri(cluster.B.BaseAddress, "/pledge/sign"), null, cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var firstQuestion = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/pledge/sign/", firstQuestion, StringComparison.Ordinal);
        // The journey row B saved is there for A too.
        await visitor.GetPageAsync(new Uri(cluster.A.BaseAddress, firstQuestion), cancel);

        // The same token without the cookie it belongs to is refused, so the acceptance above is the shared keys' doing.
        using var stranger = new Visitor();
        var (refused, _) = await stranger.SubmitAsync(start, new Uri(cluster.B.BaseAddress, "/pledge/sign"), null, cancel);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact(Timeout = 150_000)]
    public async Task Form_posts_from_one_address_are_counted_across_both_instances()
    {
        var cancel = TestContext.Current.CancellationToken;
        await cluster.EnsureRunningAsync(cancel);
        // Counts are kept per fixed minute: start early in a minute, and if the posts still straddle two minutes
        // (a very slow machine), do it again from a new address.
        List<HttpStatusCode> statuses;
        var attempt = 0;
        do
        {
            var now = DateTime.UtcNow;
            if (now.Second > 45) await Task.Delay(TimeSpan.FromSeconds(61 - now.Second), cancel);
            using var visitor = new Visitor { Address = $"203.0.113.{100 * attempt + Random.Shared.Next(1, 100)}" };
            var minute = DateTime.UtcNow.Ticks / TimeSpan.TicksPerMinute;
            statuses = await StartJourneysAlternatelyAsync(visitor, 2 * ClusterFixture.FormPostsPerMinute, cancel);
            if (DateTime.UtcNow.Ticks / TimeSpan.TicksPerMinute == minute) break;
        } while (++attempt < 2);

        // Each instance saw only half of them: a count kept per instance would never reach the limit.
        var limit = ClusterFixture.FormPostsPerMinute;
        Assert.All(statuses.Take(limit), s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.All(statuses.Skip(limit), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
    }

    /// <summary>"Start now" on the sign-up start page (a real form with its antiforgery token), alternately on A and B.</summary>
    private async Task<List<HttpStatusCode>> StartJourneysAlternatelyAsync(Visitor visitor, int count, CancellationToken cancel)
    {
        var start = await visitor.GetPageAsync(new Uri(cluster.A.BaseAddress, "/pledge/sign"), cancel);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            var instance = i % 2 == 0 ? cluster.A : cluster.B;
            var (response, _) = await visitor.SubmitAsync(start, new Uri(instance.BaseAddress, "/pledge/sign"), null, cancel);
            statuses.Add(response.StatusCode);
            response.Dispose();
        }
        return statuses;
    }
}
