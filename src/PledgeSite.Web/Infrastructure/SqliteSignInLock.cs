using Microsoft.Extensions.Options;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Scoping;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// On SQLite, runs Umbraco's back-office sign-in in one Umbraco scope that takes the database's write lock first.
/// </summary>
/// <remarks>
/// A sign-in records itself on the user (last login, failed attempts): Umbraco's user store reads the user and then
/// writes it in one deferred transaction. If any other connection commits in between (another member of staff's
/// token refresh, Umbraco's server heartbeat), SQLite can never let that transaction write (SQLITE_BUSY_SNAPSHOT),
/// and Umbraco retries for about ten minutes before the sign-in fails. Umbraco's own writes avoid this by taking a
/// lock first; its user saves do not (there is no lock for users), so sign-in takes one here: the first statement of
/// the scope takes SQLite's write lock, which is the whole database's, and Umbraco's scopes inside join it.
/// Only the sign-in endpoints: token requests write through Entity Framework on another connection, which would wait
/// for this scope's lock. SQL Server locks rows and needs none of this.
/// </remarks>
public sealed class SqliteSignInLock(RequestDelegate next)
{
    private static readonly PathString[] SignInPaths =
    [
        "/umbraco/management/api/v1/security/back-office/login",
        "/umbraco/management/api/v1/security/back-office/verify-2fa",
    ];

    public async Task InvokeAsync(HttpContext context, ICoreScopeProvider scopes, IOptionsMonitor<ConnectionStrings> connectionStrings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(connectionStrings);
        if (!HttpMethods.IsPost(context.Request.Method)
            || !SignInPaths.Any(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
            || !IsSqlite(connectionStrings.CurrentValue.ProviderName))
        {
            await next(context);
            return;
        }
        using var scope = WritingScope(scopes);
        await next(context);
        scope.Complete();
    }

    /// <summary>
    /// An Umbraco scope whose first statement takes SQLite's write lock, so Umbraco's scopes inside it (which join it)
    /// never write from a stale snapshot. Any of Umbraco's lock rows takes it (the lock is the whole database's);
    /// there is no lock for users.
    /// </summary>
    public static ICoreScope WritingScope(ICoreScopeProvider scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var scope = scopes.CreateCoreScope();
        scope.EagerWriteLock(Umbraco.Cms.Core.Constants.Locks.KeyValues);
        return scope;
    }

    private static bool IsSqlite(string? providerName) =>
        providerName is not null && providerName.Contains("Sqlite", StringComparison.OrdinalIgnoreCase);
}
