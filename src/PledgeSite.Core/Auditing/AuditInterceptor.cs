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
    // Audit rows this interceptor itself is completing (their generated keys); every other change to one is refused.
    private readonly HashSet<AuditEntry> _completing = [];

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
        if (FixPendingKeys()) eventData.Context?.SaveChanges();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (FixPendingKeys() && eventData.Context is not null) await eventData.Context.SaveChangesAsync(cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        _pendingKeys.Clear();
        _completing.Clear();
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private bool FixPendingKeys()
    {
        _completing.Clear();
        if (_pendingKeys.Count == 0) return false;
        foreach (var (audit, entity) in _pendingKeys)
        {
            audit.EntityKey = Truncate(KeyOf(entity), 128);
            _completing.Add(audit);
        }
        _pendingKeys.Clear();
        return true;
    }

    /// <summary>The audit log is append-only: a tracked change or delete of an existing entry fails the whole save.</summary>
    private void RefuseAuditChanges(DbContext context)
    {
        var tampered = context.ChangeTracker.Entries<AuditEntry>()
            .Any(e => e.State == EntityState.Deleted || (e.State == EntityState.Modified && !_completing.Contains(e.Entity)));
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
