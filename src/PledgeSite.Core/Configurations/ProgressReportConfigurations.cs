using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Configurations;

public class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.Property(r => r.Narrative).HasMaxLength(4000);
        builder.Property(r => r.EvidenceUrl).HasMaxLength(500);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.QueryText).HasMaxLength(2000);
        builder.Property(r => r.QueriedBy).HasMaxLength(256);
        builder.HasOne(r => r.Pledge).WithMany().HasForeignKey(r => r.PledgeId).OnDelete(DeleteBehavior.Cascade);
        // Restrict: a target with reports is kept (its history is public); SQL Server also refuses two cascade paths.
        builder.HasOne(r => r.Target).WithMany().HasForeignKey(r => r.TargetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.EvidenceFile).WithMany().HasForeignKey(r => r.EvidenceFileId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.PledgeId, r.PeriodDueUtc });
        builder.HasIndex(r => new { r.TargetId, r.PeriodDueUtc }).IsUnique();
        builder.HasIndex(r => r.Status);
    }
}

public class ProgressReportEvidenceConfiguration : IEntityTypeConfiguration<ProgressReportEvidence>
{
    public void Configure(EntityTypeBuilder<ProgressReportEvidence> builder)
    {
        builder.Property(e => e.ContentType).HasMaxLength(40);
        builder.Property(e => e.FileName).HasMaxLength(200);
    }
}

public class OwnActionConfiguration : IEntityTypeConfiguration<OwnAction>
{
    public void Configure(EntityTypeBuilder<OwnAction> builder)
    {
        builder.Property(a => a.What).HasMaxLength(1000);
        builder.Property(a => a.Lead).HasMaxLength(200);
        builder.HasOne(a => a.Pledge).WithMany(p => p.OwnActions).HasForeignKey(a => a.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Commitment).WithMany().HasForeignKey(a => a.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PledgeId, a.SortOrder });
    }
}

public class WrittenReportConfiguration : IEntityTypeConfiguration<WrittenReport>
{
    public void Configure(EntityTypeBuilder<WrittenReport> builder)
    {
        builder.Property(r => r.Narrative).HasMaxLength(4000);
        builder.Property(r => r.Progress).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(r => r.Pledge).WithMany().HasForeignKey(r => r.PledgeId).OnDelete(DeleteBehavior.Cascade);
        // Removing an action removes its reports in code: SQL Server refuses a second cascade path from the pledge.
        builder.HasOne(r => r.OwnAction).WithMany().HasForeignKey(r => r.OwnActionId).OnDelete(DeleteBehavior.ClientCascade);
        builder.HasOne(r => r.Commitment).WithMany().HasForeignKey(r => r.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.PledgeId, r.PeriodDueUtc });
        builder.HasIndex(r => new { r.OwnActionId, r.PeriodDueUtc });
        builder.HasIndex(r => new { r.PledgeId, r.CommitmentId, r.PeriodDueUtc });
    }
}
