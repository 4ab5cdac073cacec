using System.Net;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Tests.SharedState;

/// <summary>Two sites pointed at one Redis behave as one site for the output cache and rate limits.</summary>
public sealed class SharedStateTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private (SiteFactory A, SiteFactory B) TwoInstances(string prefix, int formPostsPerMinute = 100000)
    {
        SiteFactory Instance() => new SiteFactory()
            .With("Redis:Configuration", redis.Configuration)
            .With("Redis:InstanceName", prefix)
            .With("RateLimits:FormPostsPerMinute", formPostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (Instance(), Instance());
    }

    [Fact]
    public async Task A_page_cached_through_one_instance_is_served_by_the_other_until_its_tag_is_evicted()
    {
        var (a, b) = TwoInstances(RedisServer.NewPrefix());
        await using var _ = a;
        await using var __ = b;
        var storeA = a.Services.GetRequiredService<IOutputCacheStore>();
        var storeB = b.Services.GetRequiredService<IOutputCacheStore>();
        var page = "<h1>Vision</h1>"u8.ToArray();

        await storeA.SetAsync("GET/vision", page, ["content"], TimeSpan.FromMinutes(5), Token);
        Assert.Equal(page, await storeB.GetAsync("GET/vision", Token));

        await storeB.EvictByTagAsync("content", Token);

        // The store sends the deletes without waiting for Redis to confirm them: gone within moments, on every instance.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (await storeA.GetAsync("GET/vision", Token) is not null && DateTime.UtcNow < deadline) await Task.Delay(20, Token);
        Assert.Null(await storeA.GetAsync("GET/vision", Token));
    }

    [Fact]
    public async Task Form_posts_to_either_instance_count_towards_one_limit()
    {
        var (a, b) = TwoInstances(RedisServer.NewPrefix(), formPostsPerMinute: 3);
        await using var _ = a;
        await using var __ = b;
        using var clientA = a.CreateClient();
        using var clientB = b.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { clientA, clientB, clientA, clientB })
        {
            using var response = await client.PostAsync("/pledge/sign/start", new FormUrlEncodedContent([]), Token);
            statuses.Add(response.StatusCode);
        }

        // The first three pass the limit (and are then refused for want of an antiforgery token); the fourth is limited.
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public async Task Without_Redis_the_cache_and_counters_stay_in_memory_and_ready_does_not_ask_for_Redis()
    {
        await using var site = new SiteFactory();

        Assert.DoesNotContain("Redis", site.Services.GetRequiredService<IOutputCacheStore>().GetType().Name, StringComparison.Ordinal);
        Assert.IsType<MemoryRateCounter>(site.Services.GetRequiredService<IRateCounter>());
        using var client = site.CreateClient();
        using var ready = await client.GetAsync("/health/ready", Token);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Ready_fails_while_the_configured_Redis_is_unreachable_and_passes_when_it_answers()
    {
        await using var down = new SiteFactory().With("Redis:Configuration", $"127.0.0.1:{RedisServer.FreePort()},connectTimeout=500");
        await using var up = new SiteFactory().With("Redis:Configuration", redis.Configuration);

        using var downClient = down.CreateClient();
        using var upClient = up.CreateClient();
        using var downReady = await downClient.GetAsync("/health/ready", Token);
        using var upReady = await upClient.GetAsync("/health/ready", Token);
        using var downLive = await downClient.GetAsync("/health/live", Token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, downReady.StatusCode);
        Assert.Equal(HttpStatusCode.OK, upReady.StatusCode);
        Assert.Equal(HttpStatusCode.OK, downLive.StatusCode);
    }

    [Fact]
    public async Task While_Redis_is_unreachable_rate_limits_are_still_counted_on_the_instance()
    {
        await using var site = new SiteFactory()
            .With("Redis:Configuration", $"127.0.0.1:{RedisServer.FreePort()},connectTimeout=500")
            .With("RateLimits:FormPostsPerMinute", "2");
        using var client = site.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsync("/pledge/sign/start", new FormUrlEncodedContent([]), Token);
            statuses.Add(response.StatusCode);
        }

        Assert.IsType<RedisRateCounter>(site.Services.GetRequiredService<IRateCounter>());
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
    }

    [Fact]
    public async Task An_instance_told_to_stop_reports_not_ready()
    {
        var lifetime = new StoppableLifetime();
        var check = new ShutdownHealthCheck(lifetime);

        var before = await check.CheckHealthAsync(new HealthCheckContext(), Token);
        lifetime.StopApplication();
        var after = await check.CheckHealthAsync(new HealthCheckContext(), Token);

        Assert.Equal(HealthStatus.Healthy, before.Status);
        Assert.Equal(HealthStatus.Unhealthy, after.Status);
    }

    private sealed class StoppableLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => _stopping.Token;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() => _stopping.Cancel();
        public void Dispose() => _stopping.Dispose();
    }
}
