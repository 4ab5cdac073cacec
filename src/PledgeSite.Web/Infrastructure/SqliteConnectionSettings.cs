using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Per-connection SQLite settings, applied whenever EF opens a connection:
/// <c>synchronous=NORMAL</c> (with WAL, a commit no longer waits for the disk to flush; the database stays
/// consistent after a crash, and only a power cut can lose the last moments of commits) and <c>busy_timeout</c>,
/// so a writer that finds the database locked waits inside SQLite in short steps (1 ms, 2 ms, 5 ms...) instead of
/// Microsoft.Data.Sqlite's fixed 150 ms retry sleep; a 512 KB page cache per connection instead of 2 MB (pooled
/// connections each keep theirs, and the operating system caches the file anyway), which keeps memory down under load;
/// and statement journals in memory rather than temporary files (inserts into tables with foreign keys and triggers
/// write one inside a transaction: about a fifth of a sign-up's save time went on those file writes).
/// </summary>
public sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-512; PRAGMA temp_store=MEMORY;";

    // EF opens and closes its connection around every query, but the native connection underneath is pooled and keeps
    // these settings: apply them once per native connection, not on every open.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> _configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!IsNew(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!IsNew(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private bool IsNew(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && _configured.TryAdd(handle, handle);
}
