namespace PledgeSite.Core.Time;

/// <summary>
/// The clock our own code reads: a <see cref="TimeProvider"/> of its own type, so tests can stop or move it without
/// stopping Umbraco's (its sign-in delays, cookie expiry and background jobs read the application's TimeProvider).
/// </summary>
public sealed class SiteClock(TimeProvider inner) : TimeProvider
{
    public static SiteClock Real { get; } = new(TimeProvider.System);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
    public override long GetTimestamp() => inner.GetTimestamp();
    public override long TimestampFrequency => inner.TimestampFrequency;
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
