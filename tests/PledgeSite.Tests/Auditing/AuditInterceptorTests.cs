using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Auditing;

public class AuditInterceptorTests
{
    [Fact]
    public async Task Creating_and_changing_a_user_writes_audit_rows_with_the_real_key_and_masks_secrets()
    {
        using var site = new SiteFactory();
        var user = await site.CreateStaffAsync("editor.audit@example.org", "a long enough passphrase", "Editor");

        var rows = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "StaffUser").OrderBy(a => a.Id).ToListAsync());

        var created = rows.First(r => r.Action == "Created");
        Assert.Equal(user.Id, created.EntityKey);
        Assert.Equal("system", created.Actor);
        using var changes = JsonDocument.Parse(created.Changes);
        Assert.Equal("***", changes.RootElement.GetProperty("PasswordHash").GetProperty("to").GetString());
        Assert.Equal("editor.audit@example.org", changes.RootElement.GetProperty("Email").GetProperty("to").GetString());
        Assert.Contains(await site.WithDbAsync(db => db.AuditEntries.Select(a => a.EntityType).ToListAsync()), t => t == "IdentityUserRole`1");
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_an_audit_entry()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("auditor@towerhamlets.example", "a long enough password", StaffRoles.Editor);

        var update = await Record.ExceptionAsync(() => site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Actor = 'someone else'")));
        var rekey = await Record.ExceptionAsync(() => site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET EntityKey = 'another'")));
        var delete = await Record.ExceptionAsync(() => site.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries")));

        Assert.Contains("append-only", Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(update).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(delete).Message, StringComparison.Ordinal);
        Assert.Contains("append-only", Assert.IsType<Microsoft.Data.Sqlite.SqliteException>(rekey).Message, StringComparison.Ordinal);
        Assert.True(await site.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync()));
    }
}
