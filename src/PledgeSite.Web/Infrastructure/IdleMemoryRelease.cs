using System.Runtime;
using System.Runtime.InteropServices;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Gives memory back to the operating system when a burst of traffic ends (a campaign launch, an awards night), so a
/// quiet site does not keep the footprint of its busiest minute. The garbage collector keeps the heap it grew under
/// load, and the C allocator keeps the pages SQLite and compression freed, for as long as the process lives. Once the
/// site has been busy and then quiet for a few seconds, this runs one compacting collection that decommits free memory
/// and asks glibc to return its free pages. Both run only while the site is idle, so no request waits on them.
/// Off with <c>Memory:ReleaseWhenIdle=false</c>.
/// </summary>
public sealed class IdleMemoryRelease(IConfiguration configuration, ILogger<IdleMemoryRelease> logger) : BackgroundService
{
    /// <summary>How often the allocation counter is read.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);

    private readonly AllocationBursts _bursts = new(burstBytes: 64L << 20, quietBytes: 2L << 20, quietChecks: 2);
    private bool _trimUnavailable;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Memory:ReleaseWhenIdle", true)) return;
        using var timer = new PeriodicTimer(CheckEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (_bursts.Observe(GC.GetTotalAllocatedBytes())) Release();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void Release()
    {
        var before = Environment.WorkingSet;
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        TrimNativeHeap();
        logger.LogInformation("Idle after a busy period: released memory, working set {BeforeMb} MB to {AfterMb} MB",
            before >> 20, Environment.WorkingSet >> 20);
    }

    /// <summary>glibc's malloc_trim: returns free pages in every arena. Other C libraries (musl) have no such call.</summary>
    private void TrimNativeHeap()
    {
        if (_trimUnavailable || !OperatingSystem.IsLinux()) return;
        try
        {
            _ = MallocTrim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _trimUnavailable = true;
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);
}

/// <summary>
/// Decides when a busy period has ended, from the process's running total of allocated bytes read at a fixed
/// interval: at least <c>burstBytes</c> allocated since the last release, then <c>quietChecks</c> readings in a row
/// that each added no more than <c>quietBytes</c>.
/// </summary>
public sealed class AllocationBursts(long burstBytes, long quietBytes, int quietChecks)
{
    private long _last;
    private long _sinceRelease;
    private int _quiet;

    /// <summary>Takes one reading; true when memory should be released now.</summary>
    public bool Observe(long allocatedTotal)
    {
        var added = Math.Max(0, allocatedTotal - _last);
        _last = allocatedTotal;
        _sinceRelease += added;
        _quiet = added <= quietBytes ? _quiet + 1 : 0;
        if (_sinceRelease < burstBytes || _quiet < quietChecks) return false;
        _sinceRelease = 0;
        return true;
    }
}
