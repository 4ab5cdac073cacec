using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PledgeSite.Core.Data;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Starter data that a feature loads on first start (roles, uSync content, the action plan from seeds/...).
/// Seeders run in <see cref="Order"/>, after migrations, and must be idempotent.
/// </summary>
public interface IStartupSeeder
{
    int Order { get; }
    Task SeedAsync(CancellationToken cancellationToken);
}

public static class StartupTasks
{
    /// <summary>
    /// Applies migrations and runs the seeders, as configured (<c>Database:MigrateOnStartup</c>, <c>Database:SeedOnStartup</c>),
    /// or both whatever the settings say when <paramref name="always"/> (the <c>migrate</c> command run once per release).
    /// </summary>
    public static async Task InitialiseDatabaseAsync(this WebApplication app, bool always = false)
    {
        await app.MigrateDatabaseAsync(always);
        await app.SeedDatabaseAsync(always);
    }

    /// <summary>Whether our database already has its tables (EF's migrations history), that is, is not new.</summary>
    public static async Task<bool> OurTablesExistAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PledgeDbContext>();
        return await db.GetService<Microsoft.EntityFrameworkCore.Migrations.IHistoryRepository>().ExistsAsync();
    }

    /// <summary>Applies migrations unless <c>Database:MigrateOnStartup</c> is false (and not <paramref name="always"/>).</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app, bool always = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!always && !app.Configuration.GetValue("Database:MigrateOnStartup", true)) return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PledgeDbContext>();
        await db.Database.MigrateAsync();
        if (db.IsSqlite)
        {
            // WAL lets readers carry on while one writer writes; it persists in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    /// <summary>Runs the seeders in order unless <c>Database:SeedOnStartup</c> is false (and not <paramref name="always"/>).</summary>
    public static async Task SeedDatabaseAsync(this WebApplication app, bool always = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!always && !app.Configuration.GetValue("Database:SeedOnStartup", true)) return;
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }
}
