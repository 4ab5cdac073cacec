using PledgeSite.Core.Data;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// SQLite lets one connection write at a time, and a writer that finds the database locked is put to sleep and
/// retried. Busy write paths (the pledge sign-up) take this gate first, so concurrent requests in this process queue
/// without sleeping and each finds the database free. A no-op on SQL Server.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits for the gate when <paramref name="db"/> is SQLite; dispose the result to let the next writer in.</summary>
    public async Task<IDisposable> EnterAsync(PledgeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.IsSqlite) return Released.Instance;
        await _gate.WaitAsync(cancellationToken);
        return new Lease(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }

    private sealed class Released : IDisposable
    {
        public static readonly Released Instance = new();
        public void Dispose() { }
    }
}
