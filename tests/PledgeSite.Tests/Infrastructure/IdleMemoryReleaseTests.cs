using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>When IdleMemoryRelease gives memory back: the busy-then-quiet rule in <see cref="AllocationBursts"/>.</summary>
public class IdleMemoryReleaseTests
{
    private const long Mb = 1L << 20;

    private static AllocationBursts Bursts() => new(burstBytes: 64 * Mb, quietBytes: 2 * Mb, quietChecks: 2);

    [Fact]
    public void A_site_that_was_never_busy_never_releases()
    {
        var bursts = Bursts();
        long total = 0;
        for (var i = 0; i < 20; i++)
        {
            total += Mb;
            Assert.False(bursts.Observe(total));
        }
    }

    [Fact]
    public void Busy_then_quiet_for_two_readings_releases_once()
    {
        var bursts = Bursts();

        Assert.False(bursts.Observe(100 * Mb)); // the burst
        Assert.False(bursts.Observe(101 * Mb)); // quiet once
        Assert.True(bursts.Observe(101 * Mb)); // quiet twice: release
        Assert.False(bursts.Observe(101 * Mb)); // still quiet, nothing new to release
        Assert.False(bursts.Observe(102 * Mb));
    }

    [Fact]
    public void Steady_traffic_is_never_interrupted()
    {
        var bursts = Bursts();
        long total = 0;
        for (var i = 0; i < 50; i++)
        {
            total += 10 * Mb;
            Assert.False(bursts.Observe(total));
        }
    }

    [Fact]
    public void A_second_burst_releases_again_once_it_ends()
    {
        var bursts = Bursts();
        bursts.Observe(100 * Mb);
        bursts.Observe(100 * Mb);
        Assert.True(bursts.Observe(100 * Mb));

        Assert.False(bursts.Observe(200 * Mb));
        Assert.False(bursts.Observe(200 * Mb));
        Assert.True(bursts.Observe(200 * Mb));
    }

    [Fact]
    public void Many_small_busy_readings_add_up_to_a_burst()
    {
        var bursts = Bursts();
        long total = 0;
        for (var i = 0; i < 20; i++) Assert.False(bursts.Observe(total += 4 * Mb)); // 80 MB, never quiet
        Assert.False(bursts.Observe(total));
        Assert.True(bursts.Observe(total));
    }
}
