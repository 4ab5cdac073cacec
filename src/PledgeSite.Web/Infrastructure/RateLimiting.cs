using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Infrastructure;

/// <summary>Configuration section "RateLimits": requests per address per minute.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public int FormPostsPerMinute { get; set; } = 30;
    public int SignInPostsPerMinute { get; set; } = 10;
    public int ApiRequestsPerMinute { get; set; } = 600;
}

/// <summary>
/// Counts hits in fixed one-minute windows. In memory for one instance; a Redis-backed counter shares
/// the count between instances when Redis is configured.
/// </summary>
public interface IRateCounter
{
    /// <summary>Adds a hit to <paramref name="key"/>'s current window and returns the count so far.</summary>
    Task<long> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken);
}

public sealed class MemoryRateCounter(SiteClock clock) : IRateCounter
{
    private readonly ConcurrentDictionary<string, (long Window, long Count)> _counts = new();

    public Task<long> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var current = clock.GetUtcNow().Ticks / window.Ticks;
        var entry = _counts.AddOrUpdate(key, _ => (current, 1), (_, e) => e.Window == current ? (current, e.Count + 1) : (current, 1));
        if (_counts.Count > 100_000)
        {
            foreach (var stale in _counts.Where(kv => kv.Value.Window < current).Select(kv => kv.Key).ToList())
                _counts.TryRemove(stale, out _);
        }
        return Task.FromResult(entry.Count);
    }
}

/// <summary>
/// Limits POSTs from one address: public forms, staff sign-in, and API calls. Applied to every request by path,
/// so a new form is covered without opting in. Answers 429 with Retry-After.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, IRateCounter counter, IOptionsMonitor<RateLimitOptions> options, SiteClock clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (bucket, limit) = Classify(context.Request, options.CurrentValue);
        // An error page re-executed for a request (a 400 for a missing token, say) is not a second request.
        var reExecuted = context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                         || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (bucket is not null && !reExecuted)
        {
            var who = context.Items.TryGetValue(ApiKeyItem, out var apiKey) && apiKey is string k
                ? "key:" + k
                : context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var count = await counter.HitAsync($"rl:{bucket}:{who}", Window, context.RequestAborted);
            if (count > limit)
            {
                var now = clock.GetUtcNow();
                var secondsLeft = 60 - now.Second;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = secondsLeft.ToString(CultureInfo.InvariantCulture);
                if (bucket == "api")
                {
                    // API clients get the same { error, message } shape as the API's other errors.
                    await context.Response.WriteAsJsonAsync(new
                    {
                        error = "rate-limited",
                        message = $"More than {limit} requests in a minute. Try again in {secondsLeft} seconds.",
                    });
                }
                else
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync(TooManyRequestsPage(secondsLeft));
                }
                return;
            }
        }
        await next(context);
    }

    /// <summary>Set by API key authentication so API limits are counted per key rather than per address.</summary>
    public const string ApiKeyItem = "ratelimit-api-key";

    private static (string? Bucket, int Limit) Classify(HttpRequest request, RateLimitOptions limits)
    {
        var path = request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return ("api", limits.ApiRequestsPerMinute);
        if (!HttpMethods.IsPost(request.Method)) return (null, 0);
        if (path.StartsWithSegments("/backoffice/sign-in", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/pledge/manage/sign-in", StringComparison.OrdinalIgnoreCase))
            return ("sign-in", limits.SignInPostsPerMinute);
        if (path.StartsWithSegments("/backoffice", StringComparison.OrdinalIgnoreCase)) return (null, 0);
        return ("forms", limits.FormPostsPerMinute);
    }

    private static string TooManyRequestsPage(int seconds) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Too many attempts – Tower Hamlets Anti-Racist Pledge</title></head><body style=\"font-family:system-ui,Arial,sans-serif;max-width:640px;margin:40px auto;padding:0 20px\">"
        + "<main><h1>Too many attempts</h1><p>We have had a lot of submissions from your connection in the last minute.</p>"
        + $"<p>Wait {seconds} seconds, then go back and try again. Nothing you have already submitted has been lost.</p>"
        + "<p><a href=\"/\">Go to the home page</a></p></main></body></html>";
}
