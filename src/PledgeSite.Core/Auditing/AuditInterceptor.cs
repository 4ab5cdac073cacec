using System.Data.Common;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Auditing;

/// <summary>
/// Writes one <see cref="AuditEntry"/> per added, changed or deleted entity, in the same transaction as the change,
/// so every write (back office or public) is recorded by one mechanism and cannot be skipped by a handler.
/// The changes are described before the save; the entries are written after it, once the database has generated
/// the new rows' keys, with one multi-row INSERT just before the transaction commits (the save's own transaction,
/// or the caller's when there is one). So an entry is never written twice, never updated, and never missing.
/// </summary>
public sealed class AuditInterceptor(ICurrentActor actor, SiteClock clock) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Described by SavingChanges, written at the commit (or at SavedChanges inside the caller's transaction).
    private readonly List<(AuditEntry Audit, EntityEntry? KeyPending)> _pending = [];

    // Attribute look-ups are reflection: remember them per type and property.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, bool> NotAudited = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PropertyInfo, bool> Masked = new();

    private static readonly string[] AlwaysMasked =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "KeyHash", "Xml"];

    // Rows per INSERT: eight parameters each, inside SQL Server's 2,100-parameter limit.
    private const int RowsPerInsert = 200;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Describe(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Describe(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // Inside the caller's transaction the entries go in now; otherwise they went in as the save committed.
        if (_pending.Count > 0 && eventData.Context?.Database.CurrentTransaction is { } transaction)
            Write(eventData.Context, transaction.GetDbTransaction());
        _pending.Clear();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_pending.Count > 0 && eventData.Context?.Database.CurrentTransaction is { } transaction)
            await WriteAsync(eventData.Context, transaction.GetDbTransaction(), cancellationToken);
        _pending.Clear();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    // The save's own transaction is about to commit: the generated keys are known now. Not cleared here, so a save
    // that a retrying execution strategy runs again writes its entries again, in the new transaction.
    InterceptionResult IDbTransactionInterceptor.TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (_pending.Count > 0 && eventData.Context is { } context) Write(context, transaction);
        return result;
    }

    async ValueTask<InterceptionResult> IDbTransactionInterceptor.TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken)
    {
        if (_pending.Count > 0 && eventData.Context is { } context) await WriteAsync(context, transaction, cancellationToken);
        return result;
    }

    private async Task WriteAsync(DbContext context, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = InsertCommand(context, transaction);
        foreach (var chunk in Rows().Chunk(RowsPerInsert))
        {
            Prepare(command, context, chunk);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private void Write(DbContext context, DbTransaction transaction)
    {
        using var command = InsertCommand(context, transaction);
        foreach (var chunk in Rows().Chunk(RowsPerInsert))
        {
            Prepare(command, context, chunk);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The entries with their keys as they are now (the generated ones filled in by the save).</summary>
    private IEnumerable<(AuditEntry Audit, string Key)> Rows()
    {
        foreach (var (audit, keyPending) in _pending)
        {
            if (keyPending is null)
            {
                yield return (audit, audit.EntityKey);
                continue;
            }
            if (audit.Action == "Created") audit.Changes = ChangesJson(keyPending, EntityState.Added)!;
            yield return (audit, Truncate(KeyOf(keyPending), 128));
        }
    }

    private static DbCommand InsertCommand(DbContext context, DbTransaction transaction)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        if (context.Database.GetCommandTimeout() is { } timeout) command.CommandTimeout = timeout;
        return command;
    }

    private static readonly string[] Columns =
        [nameof(AuditEntry.OccurredUtc), nameof(AuditEntry.Actor), nameof(AuditEntry.ActorId), nameof(AuditEntry.Action),
         nameof(AuditEntry.EntityType), nameof(AuditEntry.EntityKey), nameof(AuditEntry.Changes), nameof(AuditEntry.IpAddress)];

    /// <summary>INSERT INTO AuditEntries (...) VALUES (...), (...): names, quoting and parameter types from the model.</summary>
    private static void Prepare(DbCommand command, DbContext context, (AuditEntry Audit, string Key)[] rows)
    {
        var entityType = context.Model.FindEntityType(typeof(AuditEntry))!;
        var sql = context.GetService<ISqlGenerationHelper>();
        var properties = Columns.Select(c => entityType.FindProperty(c)!).ToArray();
        var text = new StringBuilder("INSERT INTO ")
            .Append(sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema()))
            .Append(" (").AppendJoin(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName()))).Append(") VALUES ");
        command.Parameters.Clear();
        for (var row = 0; row < rows.Length; row++)
        {
            var (audit, key) = rows[row];
            object?[] values = [audit.OccurredUtc, audit.Actor, audit.ActorId, audit.Action, audit.EntityType, key, audit.Changes, audit.IpAddress];
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < properties.Length; column++)
            {
                var name = $"a{row}_{column}";
                text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                command.Parameters.Add(properties[column].GetRelationalTypeMapping()
                    .CreateParameter(command, sql.GenerateParameterName(name), values[column], properties[column].IsNullable));
            }
            text.Append(')');
        }
        command.CommandText = text.ToString();
    }

    private void Describe(DbContext? context)
    {
        if (context is null) return;
        // The entries are written inside a transaction, so the save needs one even for a single statement.
        if (context.Database.AutoTransactionBehavior == AutoTransactionBehavior.WhenNeeded)
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        var now = clock.GetUtcNow().UtcDateTime;
        // One pass over the tracked entries (each call to Entries() detects changes again).
        var entries = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        // The audit log is append-only: a tracked change or delete of an existing entry fails the whole save.
        if (entries.Any(e => e.Entity is AuditEntry && e.State is EntityState.Deleted or EntityState.Modified))
            throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
        foreach (var entry in entries)
        {
            if (entry.Entity is AuditEntry || entry.Metadata.IsOwned()
                || NotAudited.GetOrAdd(entry.Metadata.ClrType, t => t.GetCustomAttribute<NotAuditedAttribute>() is not null)) continue;
            // A key the database generates is known only after the insert, and so are the foreign keys pointing at
            // other new rows: describe such a new row when writing its entry, with the values it was saved with.
            var keyPending = entry.Metadata.FindPrimaryKey()?.Properties.Any(p => entry.Property(p.Name).IsTemporary) == true;
            var changes = keyPending && entry.State == EntityState.Added ? "" : ChangesJson(entry, entry.State);
            if (changes is null) continue;
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
                Changes = changes,
            };
            _pending.Add((audit, keyPending ? entry : null));
        }
    }

    /// <summary>
    /// The changed properties as JSON, <c>{ "Name": { "from": ..., "to": ... } }</c>, secrets masked; null when an
    /// update changed nothing.
    /// </summary>
    private static string? ChangesJson(EntityEntry entry, EntityState state)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            var written = 0;
            foreach (var property in entry.Properties)
            {
                if (state == EntityState.Modified && !property.IsModified) continue;
                var original = state == EntityState.Added ? null : property.OriginalValue;
                var current = state == EntityState.Deleted ? null : property.CurrentValue;
                if (state == EntityState.Modified && Equals(original, current)) continue;
                var masked = AlwaysMasked.Contains(property.Metadata.Name)
                    || (property.Metadata.Name == "Value" && entry.Entity is Microsoft.AspNetCore.Identity.IdentityUserToken<string>)
                    || (property.Metadata.PropertyInfo is { } info && Masked.GetOrAdd(info, i => i.GetCustomAttribute<AuditMaskedAttribute>() is not null));
                json.WriteStartObject(property.Metadata.Name);
                json.WritePropertyName("from");
                WriteValue(json, masked ? (original is null ? null : "***") : Shorten(original));
                json.WritePropertyName("to");
                WriteValue(json, masked ? (current is null ? null : "***") : Shorten(current));
                json.WriteEndObject();
                written++;
            }
            json.WriteEndObject();
            if (written == 0 && state == EntityState.Modified) return null;
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        if (value is null) json.WriteNullValue();
        else JsonSerializer.Serialize(json, value, value.GetType());
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
