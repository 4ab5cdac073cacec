using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Configurations;

public class RoleModelConfiguration : IEntityTypeConfiguration<RoleModel>
{
    public void Configure(EntityTypeBuilder<RoleModel> builder)
    {
        builder.Property(r => r.Slug).HasMaxLength(120);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Role).HasMaxLength(200);
        builder.Property(r => r.Organisation).HasMaxLength(200);
        builder.Property(r => r.Community).HasMaxLength(200);
        builder.Property(r => r.ThemeSlugs).HasMaxLength(200);
        builder.Property(r => r.Story).HasMaxLength(8000);
        builder.Property(r => r.Quote).HasMaxLength(500);
        builder.Property(r => r.ConsentGivenBy).HasMaxLength(200);
        builder.Property(r => r.ConsentScope).HasMaxLength(1000);
        builder.Ignore(r => r.HasConsent);
        builder.Ignore(r => r.IsPublished);
        builder.Ignore(r => r.Themes);
        builder.HasOne(r => r.Photo).WithOne().HasForeignKey<RoleModelPhoto>(p => p.RoleModelId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.Slug).IsUnique();
    }
}

public class RoleModelPhotoConfiguration : IEntityTypeConfiguration<RoleModelPhoto>
{
    public void Configure(EntityTypeBuilder<RoleModelPhoto> builder)
    {
        builder.Property(p => p.ContentType).HasMaxLength(40);
        builder.Property(p => p.AltText).HasMaxLength(300);
    }
}

public class RoleModelSuggestionConfiguration : IEntityTypeConfiguration<RoleModelSuggestion>
{
    public void Configure(EntityTypeBuilder<RoleModelSuggestion> builder)
    {
        builder.Property(s => s.SuggestedName).HasMaxLength(200);
        builder.Property(s => s.SuggestedEmail).HasMaxLength(256);
        builder.Property(s => s.SuggestedPhone).HasMaxLength(40);
        builder.Property(s => s.SuggestedRole).HasMaxLength(200);
        builder.Property(s => s.Reason).HasMaxLength(4000);
        builder.Property(s => s.SuggesterName).HasMaxLength(200);
        builder.Property(s => s.SuggesterEmail).HasMaxLength(256);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ReviewedBy).HasMaxLength(256);
        builder.HasIndex(s => new { s.Status, s.CreatedUtc });
    }
}

public class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Slug).HasMaxLength(120);
        builder.Property(o => o.Title).HasMaxLength(200);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Organisation).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(8000);
        builder.Property(o => o.Eligibility).HasMaxLength(2000);
        builder.Property(o => o.Location).HasMaxLength(200);
        builder.Property(o => o.TimeCommitment).HasMaxLength(200);
        builder.Property(o => o.HowToApply).HasMaxLength(2000);
        builder.Property(o => o.ApplyUrl).HasMaxLength(500);
        builder.Property(o => o.ThemeSlugs).HasMaxLength(200);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.PledgeReference).HasMaxLength(20);
        builder.Property(o => o.ProposerName).HasMaxLength(200);
        builder.Property(o => o.ProposerEmail).HasMaxLength(256);
        builder.Property(o => o.ReviewedBy).HasMaxLength(256);
        builder.Ignore(o => o.Themes);
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasIndex(o => new { o.Status, o.ClosingDate });
    }
}
