using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Infrastructure;

/// <summary>Configuration section "Redis": set <see cref="Configuration"/> to share caches and counters between instances.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis connection string, e.g. <c>redis.internal:6379,password=...,ssl=true</c>. Empty: one instance, in memory.</summary>
    public string Configuration { get; set; } = "";

    /// <summary>Prefix for every key, so several sites (or test runs) can share one Redis.</summary>
    public string InstanceName { get; set; } = "pledgesite:";
}

/// <summary>
/// What instances must share beyond the database. With <c>Redis:Configuration</c> set, the output cache (and its
/// tag eviction) and the rate-limit counters live in Redis, so publishing on one instance clears the page on all and
/// a limit counts requests to every instance. Without it, both stay in memory and one instance works alone.
/// Data-protection keys, sign-in lockout and background-work leases are in the database either way.
/// </summary>
public static class SharedState
{
    /// <summary>
    /// Call after the output cache and rate limits are registered. Configuration is read when services are first
    /// resolved, not here, so settings added by a host (or a test) after Program.cs has run still apply.
    /// </summary>
    public static WebApplicationBuilder AddSharedState(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<RedisOptions>(builder.Configuration.GetSection(RedisOptions.Section));
        services.AddSingleton<RedisConnection>();

        var memoryStore = services.LastOrDefault(d => d.ServiceType == typeof(IOutputCacheStore))
            ?? throw new InvalidOperationException("Register the output cache (AddSitePages) before AddSharedState.");
        services.RemoveAll<IOutputCacheStore>();
        services.AddStackExchangeRedisOutputCache(_ => { });
        services.AddOptions<RedisOutputCacheOptions>().Configure<RedisConnection>((o, redis) =>
        {
            o.InstanceName = redis.Prefix + "oc:";
            if (redis.IsConfigured) o.ConnectionMultiplexerFactory = redis.GetAsync;
        });
        var redisStore = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore>(sp => (IOutputCacheStore)CreateFrom(
            sp.GetRequiredService<RedisConnection>().IsConfigured ? redisStore : memoryStore, sp));

        services.RemoveAll<IRateCounter>();
        services.AddSingleton<MemoryRateCounter>();
        services.AddSingleton<RedisRateCounter>();
        services.AddSingleton<IRateCounter>(sp => sp.GetRequiredService<RedisConnection>().IsConfigured
            ? sp.GetRequiredService<RedisRateCounter>()
            : sp.GetRequiredService<MemoryRateCounter>());

        services.AddHealthChecks()
            .AddCheck<RedisHealthCheck>("redis", tags: ["ready"])
            .AddCheck<ShutdownHealthCheck>("accepting-work", tags: ["ready"]);
        return builder;
    }

    private static object CreateFrom(ServiceDescriptor descriptor, IServiceProvider services) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!);
}

/// <summary>The one Redis connection an instance uses, opened on first use, with the key prefix for this site.</summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<IConnectionMultiplexer>>? _connection;

    public RedisConnection(IOptions<RedisOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Prefix = options.Value.InstanceName;
        if (string.IsNullOrWhiteSpace(options.Value.Configuration)) return;
        var configuration = ConfigurationOptions.Parse(options.Value.Configuration);
        // Keep trying in the background rather than failing start-up; /health/ready says so until Redis answers.
        configuration.AbortOnConnectFail = false;
        configuration.ClientName ??= "pledgesite-" + Environment.MachineName;
        _connection = new(async () => await ConnectionMultiplexer.ConnectAsync(configuration));
    }

    public bool IsConfigured => _connection is not null;

    public string Prefix { get; }

    public Task<IConnectionMultiplexer> GetAsync() =>
        _connection?.Value ?? throw new InvalidOperationException("Redis:Configuration is not set.");

    /// <summary>The connection, waiting at most 2 s for the first connect (a TimeoutException after that).</summary>
    public Task<IConnectionMultiplexer> GetAsync(CancellationToken cancellationToken) =>
        GetAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_connection is { IsValueCreated: true }) (await _connection.Value).Dispose();
    }
}

/// <summary>
/// Fixed-window counters in Redis: INCR, with the key expiring at the end of its window. If Redis cannot be reached,
/// counts in memory on this instance for as long as it is away, rather than turning every form away.
/// </summary>
public sealed partial class RedisRateCounter(RedisConnection redis, MemoryRateCounter fallback, SiteClock clock, ILogger<RedisRateCounter> logger) : IRateCounter
{
    private const string IncrementScript =
        "local c = redis.call('INCR', KEYS[1]) if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return c";

    private volatile bool _usingFallback;

    public async Task<long> HitAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var current = clock.GetUtcNow().Ticks / window.Ticks;
        var windowKey = $"{redis.Prefix}{key}:{current}";
        Exception? error = null;
        try
        {
            // Only the first call waits for the connection; after that a lost connection falls back at once.
            var connection = await redis.GetAsync(cancellationToken);
            if (connection.IsConnected)
            {
                var result = await connection.GetDatabase()
                    .ScriptEvaluateAsync(IncrementScript, [windowKey], [(long)window.TotalMilliseconds + 1000])
                    .WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
                if (_usingFallback)
                {
                    _usingFallback = false;
                    LogRecovered(logger);
                }
                return (long)result;
            }
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            error = ex;
        }
        if (!_usingFallback)
        {
            _usingFallback = true;
            LogFallback(logger, error);
        }
        return await fallback.HitAsync(key, window, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable for rate limiting; counting on this instance only")]
    private static partial void LogFallback(ILogger logger, Exception? ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back; rate limits are shared between instances again")]
    private static partial void LogRecovered(ILogger logger);
}

/// <summary>When Redis is configured, ready only while it answers a PING.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConfigured) return HealthCheckResult.Healthy("Not configured: one instance, caches in memory");
        try
        {
            var connection = await redis.GetAsync(cancellationToken);
            var latency = await connection.GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis unreachable", ex);
        }
    }
}

/// <summary>
/// Not ready once the instance has been told to stop (SIGTERM), so a load balancer sends new requests elsewhere
/// while this one finishes what it has.
/// </summary>
public sealed class ShutdownHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("Shutting down")
            : HealthCheckResult.Healthy());
}
