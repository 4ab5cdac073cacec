using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(256);
        builder.Property(a => a.ActorId).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.EntityType).HasMaxLength(128);
        builder.Property(a => a.EntityKey).HasMaxLength(128);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.HasIndex(a => a.OccurredUtc);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
        builder.HasIndex(a => a.Actor);
        // Append-only in the database too: a trigger refuses UPDATE and DELETE (migration AuditAppendOnly). Declared so
        // EF Core on SQL Server does not use OUTPUT without INTO, which tables with triggers refuse.
        builder.ToTable(t => t.HasTrigger(AppendOnlyTrigger));
    }

    public const string AppendOnlyTrigger = "TR_AuditEntries_AppendOnly";
}

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.ToAddress).HasMaxLength(320);
        builder.Property(m => m.ToName).HasMaxLength(200);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.Kind).HasMaxLength(64);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.Property(m => m.LeaseOwner).HasMaxLength(100);
        builder.HasIndex(m => new { m.SentUtc, m.FailedUtc, m.NextAttemptUtc });
        builder.HasIndex(m => m.DeduplicationKey).IsUnique().HasFilter("[DeduplicationKey] IS NOT NULL");
    }
}

public class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.HasKey(l => l.JobName);
        builder.Property(l => l.JobName).HasMaxLength(100);
        builder.Property(l => l.Owner).HasMaxLength(100);
    }
}
