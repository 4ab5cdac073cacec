using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PledgeSite.Core.Data;

namespace PledgeSite.Tests.Data;

public class MigrationTests
{
    [Fact]
    public async Task Sqlite_migrations_apply_to_an_empty_database_and_match_the_model()
    {
        // Given an empty in-memory SQLite database
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var options = new DbContextOptionsBuilder<PledgeDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly("PledgeSite.Migrations.Sqlite"))
            .Options;
        await using var db = new PledgeDbContext(options);

        // When every migration is applied
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

        // Then none is pending and the model has no changes without a migration
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last SQLite migration: run scripts/add-migration.sh NAME");
    }

    [Fact]
    public void SqlServer_migrations_produce_an_idempotent_script_and_match_the_model()
    {
        // Given the SQL Server provider (no server is needed to script migrations)
        var options = new DbContextOptionsBuilder<PledgeDbContext>()
            .UseSqlServer("Server=localhost;Database=PledgeSite;Trusted_Connection=True;TrustServerCertificate=True",
                o => o.MigrationsAssembly("PledgeSite.Migrations.SqlServer"))
            .Options;
        using var db = new PledgeDbContext(options);

        // When the idempotent script is generated
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        // Then it guards every migration and creates the site's tables
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [OutboxMessages]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AuditEntries]", script, StringComparison.Ordinal);
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed since the last SQL Server migration: run scripts/add-migration.sh NAME");
    }
}
