using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Configurations;

public class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(60);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}

public class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.Property(o => o.Text).HasMaxLength(1000);
        builder.HasOne(o => o.Theme).WithMany(t => t.Outcomes).HasForeignKey(o => o.ThemeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.ThemeId, o.SortOrder }).IsUnique();
    }
}

public class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Code).HasMaxLength(10);
        builder.Property(r => r.Slug).HasMaxLength(10);
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.HasOne(r => r.Theme).WithMany(t => t.Recommendations).HasForeignKey(r => r.ThemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasIndex(r => r.Slug).IsUnique();
    }
}

public class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(4000);
        builder.Property(a => a.Resource).HasMaxLength(500);
        builder.Property(a => a.StartText).HasMaxLength(100);
        builder.Property(a => a.StartNote).HasMaxLength(300);
        builder.Property(a => a.DueText).HasMaxLength(100);
        builder.Property(a => a.PlannedDueText).HasMaxLength(100);
        builder.Property(a => a.DueNote).HasMaxLength(300);
        builder.Property(a => a.Owner).HasMaxLength(300);
        builder.Property(a => a.ProgressUpdate).HasMaxLength(4000);
        builder.Property(a => a.Rag).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Closure).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.ClosureNote).HasMaxLength(1000);
        builder.HasMany(a => a.Owners).WithMany(o => o.Actions).UsingEntity("PlanActionOwner");
        builder.Property(a => a.SeedSource).HasMaxLength(50);
        builder.Property(a => a.UpdatedBy).HasMaxLength(256);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Reference);
        builder.HasOne(a => a.Recommendation).WithMany(r => r.Actions).HasForeignKey(a => a.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.RecommendationId, a.SortOrder }).IsUnique();
    }
}

public class PlanActionChangeConfiguration : IEntityTypeConfiguration<PlanActionChange>
{
    public void Configure(EntityTypeBuilder<PlanActionChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(256);
        builder.Property(c => c.PreviousProgressUpdate).HasMaxLength(4000);
        builder.Property(c => c.ProgressUpdate).HasMaxLength(4000);
        builder.Property(c => c.PreviousRag).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Rag).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.How).HasMaxLength(300);
        builder.Property(c => c.Details).HasMaxLength(4000);
        builder.HasOne(c => c.PlanAction).WithMany(a => a.Changes).HasForeignKey(c => c.PlanActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.PlanActionId, c.ChangedUtc });
    }
}

public class ActionOwnerConfiguration : IEntityTypeConfiguration<ActionOwner>
{
    public void Configure(EntityTypeBuilder<ActionOwner> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Slug).HasMaxLength(200);
        builder.HasIndex(o => o.Slug).IsUnique();
    }
}

public class ActionPlanBulkUpdateConfiguration : IEntityTypeConfiguration<ActionPlanBulkUpdate>
{
    public void Configure(EntityTypeBuilder<ActionPlanBulkUpdate> builder)
    {
        builder.Property(b => b.CreatedBy).HasMaxLength(256);
        builder.Property(b => b.FileName).HasMaxLength(260);
    }
}
