using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Auditing;

public class AuditInterceptorTests
{
    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_entry()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("auditor@towerhamlets.example", "a long enough password", StaffRoles.Editor);

        var update = await Record.ExceptionAsync(() => site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Actor = 'someone else'")));
        var rekey = await Record.ExceptionAsync(() => site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET EntityKey = 'another'")));
        var delete = await Record.ExceptionAsync(() => site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries")));
        // Not even a key still waiting to be filled in (entries are written once, with their final keys)
        await site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO AuditEntries (OccurredUtc, Actor, Action, EntityType, EntityKey, Changes) VALUES ('2026-11-24 10:00:00', 'system', 'Created', 'Commitment', 'new', '{{}}')"));
        var fillIn = await Record.ExceptionAsync(() => site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET EntityKey = '7' WHERE EntityKey = 'new'")));

        Assert.Contains("append-only", Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(update).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(delete).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(rekey).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(fillIn).Message, StringComparison.Ordinal);
        Assert.True(await site.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync()));
    }

    [Fact]
    public async Task Rows_with_generated_keys_are_audited_once_with_the_keys_the_database_gave_them()
    {
        using var site = new SiteFactory();
        var (first, second) = await site.WithDbAsync(async db =>
        {
            var a = new Commitment { Code = "T.1", Title = "First", Text = "First commitment" };
            var b = new Commitment { Code = "T.2", Title = "Second", Text = "Second commitment" };
            db.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });

        var rows = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Commitment) && a.Action == "Created").ToListAsync());
        var keys = rows.Select(r => r.EntityKey).ToList();
        Assert.Equal(1, keys.Count(k => k == first.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(1, keys.Count(k => k == second.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.DoesNotContain(keys, k => k.Contains("new", StringComparison.Ordinal));
        using var changes = JsonDocument.Parse(rows.Single(r => r.EntityKey == first.ToString(System.Globalization.CultureInfo.InvariantCulture)).Changes);
        Assert.Equal("First", changes.RootElement.GetProperty("Title").GetProperty("to").GetString());
        Assert.Equal(first, changes.RootElement.GetProperty("Id").GetProperty("to").GetInt32()); // not EF's temporary key
    }

    [Fact]
    public async Task A_single_change_is_audited_and_a_rolled_back_transaction_takes_its_entries_with_it()
    {
        using var site = new SiteFactory();
        var id = await site.WithDbAsync(async db =>
        {
            var c = new Commitment { Code = "T.3", Title = "Before", Text = "A commitment" };
            db.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await site.WithDbAsync(async db =>
        {
            var c = await db.Set<Commitment>().SingleAsync(x => x.Id == id);
            c.Title = "After";
            await db.SaveChangesAsync(); // one UPDATE statement: still in a transaction with its audit entry
        });
        await site.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var c = await db.Set<Commitment>().SingleAsync(x => x.Id == id);
            c.Title = "Never";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });

        var updates = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Commitment) && a.EntityKey == key && a.Action == "Updated").ToListAsync());
        var update = Assert.Single(updates);
        Assert.Contains("\"After\"", update.Changes, StringComparison.Ordinal);
        Assert.Equal("After", await site.WithDbAsync(db => db.Set<Commitment>().Where(x => x.Id == id).Select(x => x.Title).SingleAsync()));
    }
}
