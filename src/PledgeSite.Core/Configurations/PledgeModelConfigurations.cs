using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Configurations;

public class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Text).HasMaxLength(4000);
        builder.Property(c => c.Guidance).HasMaxLength(4000);
        builder.Property(c => c.RecommendationCode).HasMaxLength(20);
        builder.Property(c => c.OfferedTo).HasMaxLength(300);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => new { c.IsActive, c.SortOrder });
    }
}

public class PledgeCommitmentConfiguration : IEntityTypeConfiguration<PledgeCommitment>
{
    public void Configure(EntityTypeBuilder<PledgeCommitment> builder)
    {
        builder.HasOne(c => c.Commitment).WithMany().HasForeignKey(c => c.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.PledgeId, c.CommitmentId }).IsUnique();
    }
}

public class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.Property(t => t.Measure).HasMaxLength(300);
        builder.Property(t => t.Unit).HasMaxLength(40);
        builder.HasOne(t => t.Commitment).WithMany().HasForeignKey(t => t.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PledgeId, t.SortOrder });
    }
}

public class PledgeContactConfiguration : IEntityTypeConfiguration<PledgeContact>
{
    public void Configure(EntityTypeBuilder<PledgeContact> builder)
    {
        builder.Property(c => c.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.JobTitle).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Phone).HasMaxLength(30);
        builder.Ignore(c => c.CanSignIn);
        builder.HasIndex(c => c.Email);
        builder.HasIndex(c => new { c.PledgeId, c.Role });
    }
}

public class PledgeHistoryEntryConfiguration : IEntityTypeConfiguration<PledgeHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PledgeHistoryEntry> builder)
    {
        builder.Property(h => h.FromStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.ActorKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Actor).HasMaxLength(256);
        builder.Property(h => h.Event).HasMaxLength(200);
        builder.Property(h => h.Comment).HasMaxLength(4000);
        builder.HasIndex(h => new { h.PledgeId, h.OccurredUtc });
    }
}

public class WorkforceFiguresConfiguration : IEntityTypeConfiguration<WorkforceFigures>
{
    public void Configure(EntityTypeBuilder<WorkforceFigures> builder)
    {
        builder.HasIndex(w => new { w.PledgeId, w.AsAtDate });
    }
}

public class PledgeLogoConfiguration : IEntityTypeConfiguration<PledgeLogo>
{
    public void Configure(EntityTypeBuilder<PledgeLogo> builder)
    {
        builder.Property(l => l.ContentType).HasMaxLength(40);
        builder.Property(l => l.OriginalFileName).HasMaxLength(200);
    }
}

public class SignatoryTokenConfiguration : IEntityTypeConfiguration<SignatoryToken>
{
    public void Configure(EntityTypeBuilder<SignatoryToken> builder)
    {
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.ExpiresUtc);
        builder.HasOne(t => t.Contact).WithMany().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SignUpJourneyConfiguration : IEntityTypeConfiguration<SignUpJourney>
{
    public void Configure(EntityTypeBuilder<SignUpJourney> builder)
    {
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.HasIndex(j => j.UpdatedUtc);
        builder.HasOne(j => j.Pledge).WithMany().HasForeignKey(j => j.PledgeId).OnDelete(DeleteBehavior.SetNull);
    }
}

public class PledgeReferenceCounterConfiguration : IEntityTypeConfiguration<PledgeReferenceCounter>
{
    public void Configure(EntityTypeBuilder<PledgeReferenceCounter> builder)
    {
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}
