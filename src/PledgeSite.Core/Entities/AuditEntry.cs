namespace PledgeSite.Core.Entities;

/// <summary>One write to the database, recorded by <see cref="Auditing.AuditInterceptor"/>. Never edited.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime OccurredUtc { get; set; }
    /// <summary>The signed-in staff user's name, "public" for anonymous visitors, or "system" for background work.</summary>
    public string Actor { get; set; } = "";
    public string? ActorId { get; set; }
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public string EntityKey { get; set; } = "";
    /// <summary>JSON object of changed properties: { "Name": { "from": ..., "to": ... } }. Secrets are masked.</summary>
    public string Changes { get; set; } = "{}";
    public string? IpAddress { get; set; }
}

/// <summary>Marks an entity whose writes are not worth auditing (the audit log itself, leases, the outbox).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NotAuditedAttribute : Attribute;

/// <summary>Marks a property whose value must never be written to the audit log.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditMaskedAttribute : Attribute;
