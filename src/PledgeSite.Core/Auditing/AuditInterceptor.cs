using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Auditing;

/// <summary>
/// Writes one <see cref="AuditEntry"/> per added, changed or deleted entity, in the same SaveChanges,
/// so every write (back office or public) is recorded by one mechanism and cannot be skipped by a handler.
/// </summary>
public sealed class AuditInterceptor(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    // Entries for added rows whose generated key is known only after the insert.
    private readonly List<(AuditEntry Audit, EntityEntry Entity)> _pendingKeys = [];

    // Attribute look-ups are reflection: remember them per type and property.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> NotAudited = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PropertyInfo, bool> Masked = new();

    private static readonly string[] AlwaysMasked =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "KeyHash", "Xml"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context)
        {
            foreach (var (sql, parameters) in KeyFixes(context)) context.Database.ExecuteSqlRaw(sql, parameters);
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            foreach (var (sql, parameters) in KeyFixes(context)) await context.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pendingKeys.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The generated keys of the rows just inserted, written into their audit entries: one UPDATE per 500 entries
    /// (in the caller's transaction when there is one), and the tracked entries brought up to date without being
    /// marked changed. The database's append-only trigger allows exactly this change (a "new" key filled in).
    /// </summary>
    private List<(string Sql, object[] Parameters)> KeyFixes(DbContext context)
    {
        var statements = new List<(string, object[])>();
        if (_pendingKeys.Count == 0) return statements;
        var fixes = _pendingKeys.Select(p => (p.Audit, Key: Truncate(KeyOf(p.Entity), 128))).ToList();
        _pendingKeys.Clear();
        foreach (var (audit, key) in fixes)
        {
            var property = context.Entry(audit).Property(a => a.EntityKey);
            property.CurrentValue = key;
            property.OriginalValue = key;
            property.IsModified = false;
        }
        foreach (var chunk in fixes.Chunk(500))
        {
            var sql = new System.Text.StringBuilder("UPDATE AuditEntries SET EntityKey = CASE Id");
            var parameters = new List<object>();
            foreach (var (audit, key) in chunk)
            {
                sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" WHEN {{{parameters.Count}}} THEN {{{parameters.Count + 1}}}");
                parameters.Add(audit.Id);
                parameters.Add(key);
            }
            sql.Append(" ELSE EntityKey END WHERE Id IN (")
               .AppendJoin(", ", Enumerable.Range(0, chunk.Length).Select(i => $"{{{i * 2}}}"))
               .Append(')');
            statements.Add((sql.ToString(), parameters.ToArray()));
        }
        return statements;
    }

    /// <summary>The audit log is append-only: a tracked change or delete of an existing entry fails the whole save.</summary>
    private static void RefuseAuditChanges(DbContext context)
    {
        var tampered = context.ChangeTracker.Entries<AuditEntry>()
            .Any(e => e.State is EntityState.Deleted or EntityState.Modified);
        if (tampered) throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
    }

    private void AddEntries(DbContext? context)
    {
        if (context is null) return;
        RefuseAuditChanges(context);
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not AuditEntry && !NotAudited.GetOrAdd(e.Metadata.ClrType, t => t.GetCustomAttribute<NotAuditedAttribute>() is not null))
            .Where(e => !e.Metadata.IsOwned())
            .ToList();
        foreach (var entry in entries)
        {
            var changes = Describe(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            var audit = new AuditEntry
            {
                OccurredUtc = now,
                Actor = Truncate(actor.Name, 256),
                ActorId = actor.UserId,
                IpAddress = actor.IpAddress,
                Action = entry.State switch
                {
                    EntityState.Added => "Created",
                    EntityState.Deleted => "Deleted",
                    _ => "Updated",
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityKey = Truncate(KeyOf(entry), 128),
                Changes = JsonSerializer.Serialize(changes),
            };
            context.Add(audit);
            if (audit.EntityKey.Contains("new", StringComparison.Ordinal)) _pendingKeys.Add((audit, entry));
        }
    }

    private static Dictionary<string, object?> Describe(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            if (entry.State == EntityState.Modified && !property.IsModified) continue;
            var original = entry.State == EntityState.Added ? null : property.OriginalValue;
            var current = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && Equals(original, current)) continue;
            var masked = AlwaysMasked.Contains(property.Metadata.Name)
                || (property.Metadata.Name == "Value" && entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserToken<string>)
                || (property.Metadata.PropertyInfo is { } info && Masked.GetOrAdd(info, i => i.GetCustomAttribute<AuditMaskedAttribute>() is not null));
            changes[property.Metadata.Name] = masked
                ? new { from = original is null ? null : "***", to = current is null ? null : "***" }
                : new { from = Shorten(original), to = Shorten(current) };
        }
        return changes;
    }

    private static object? Shorten(object? value) => value is string s && s.Length > 500 ? s[..500] + "…" : value;

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        // Generated keys are temporary until saved; the entity's type and other fields still identify it.
        return string.Join(",", key.Properties.Select(p =>
        {
            var property = entry.Property(p.Name);
            return property.IsTemporary ? "new" : Convert.ToString(property.CurrentValue, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }));
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
