using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Configurations;

public class AwardCycleConfiguration : IEntityTypeConfiguration<AwardCycle>
{
    public void Configure(EntityTypeBuilder<AwardCycle> builder)
    {
        builder.HasIndex(c => c.Year).IsUnique();
        builder.Ignore(c => c.RetentionEndsUtc);
        builder.HasMany(c => c.Categories).WithOne(c => c.Cycle).HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AwardCategoryConfiguration : IEntityTypeConfiguration<AwardCategory>
{
    public void Configure(EntityTypeBuilder<AwardCategory> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(150);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.NomineeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.DecisionNote).HasMaxLength(4000);
        builder.HasMany(c => c.Questions).WithOne().HasForeignKey(q => q.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Criteria).WithOne().HasForeignKey(q => q.CategoryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Judges).WithOne().HasForeignKey(q => q.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class AwardQuestionConfiguration : IEntityTypeConfiguration<AwardQuestion>
{
    public void Configure(EntityTypeBuilder<AwardQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(500);
        builder.Property(q => q.Hint).HasMaxLength(1000);
    }
}

public class AwardCriterionConfiguration : IEntityTypeConfiguration<AwardCriterion>
{
    public void Configure(EntityTypeBuilder<AwardCriterion> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(150);
        builder.Property(c => c.Guidance).HasMaxLength(1000);
    }
}

public class JudgeAssignmentConfiguration : IEntityTypeConfiguration<JudgeAssignment>
{
    public void Configure(EntityTypeBuilder<JudgeAssignment> builder)
    {
        builder.Property(j => j.JudgeUserId).HasMaxLength(450);
        builder.HasIndex(j => new { j.CategoryId, j.JudgeUserId }).IsUnique();
    }
}

public class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.HasIndex(n => n.JourneyId).IsUnique();
        builder.HasIndex(n => n.Reference).IsUnique();
        builder.HasIndex(n => new { n.CycleId, n.Status });
        builder.Property(n => n.Reference).HasMaxLength(20);
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Eligibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.NomineeConnection).HasConversion<string>().HasMaxLength(10);
        builder.Property(n => n.NomineeName).HasMaxLength(200);
        builder.Property(n => n.NomineeEmail).HasMaxLength(256);
        builder.Property(n => n.NomineePhone).HasMaxLength(40);
        builder.Property(n => n.NominatorName).HasMaxLength(200);
        builder.Property(n => n.NominatorEmail).HasMaxLength(256);
        builder.Property(n => n.NominatorPhone).HasMaxLength(40);
        builder.Property(n => n.NominatorRelationship).HasMaxLength(200);
        builder.Property(n => n.SupportingFileName).HasMaxLength(200);
        builder.Property(n => n.SupportingFileStoredName).HasMaxLength(100);
        builder.Property(n => n.SupportingFileContentType).HasMaxLength(100);
        builder.Property(n => n.EligibilityReason).HasMaxLength(1000);
        builder.Property(n => n.Citation).HasMaxLength(2000);
        builder.Property(n => n.PhotoStoredName).HasMaxLength(100);
        builder.Property(n => n.PhotoContentType).HasMaxLength(100);
        builder.Property(n => n.PhotoAltText).HasMaxLength(300);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasOne<AwardCycle>().WithMany().HasForeignKey(n => n.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Category).WithMany().HasForeignKey(n => n.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Pledge>().WithMany().HasForeignKey(n => n.NomineePledgeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(n => n.Answers).WithOne().HasForeignKey(a => a.NominationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class NominationAnswerConfiguration : IEntityTypeConfiguration<NominationAnswer>
{
    public void Configure(EntityTypeBuilder<NominationAnswer> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(20000);
        builder.HasIndex(a => new { a.NominationId, a.QuestionId }).IsUnique();
        builder.HasOne<AwardQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ConflictOfInterestConfiguration : IEntityTypeConfiguration<ConflictOfInterest>
{
    public void Configure(EntityTypeBuilder<ConflictOfInterest> builder)
    {
        builder.Property(c => c.JudgeUserId).HasMaxLength(450);
        builder.HasIndex(c => new { c.NominationId, c.JudgeUserId }).IsUnique();
        builder.HasOne<Nomination>().WithMany().HasForeignKey(c => c.NominationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class NominationScoreConfiguration : IEntityTypeConfiguration<NominationScore>
{
    public void Configure(EntityTypeBuilder<NominationScore> builder)
    {
        builder.Property(s => s.JudgeUserId).HasMaxLength(450);
        builder.Property(s => s.Comment).HasMaxLength(2000);
        builder.HasIndex(s => new { s.NominationId, s.CriterionId, s.JudgeUserId }).IsUnique();
        builder.HasOne<Nomination>().WithMany().HasForeignKey(s => s.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AwardCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
