using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Configurations;

public class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).ValueGeneratedNever();
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Slug).HasMaxLength(120);
        builder.Property(c => c.BookingUrl).HasMaxLength(500);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Parent).WithMany(c => c.Children).HasForeignKey(c => c.ParentKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ParentKey, c.SortOrder });
        builder.HasIndex(c => new { c.Type, c.Slug });
        builder.HasIndex(c => new { c.Type, c.EventStartUtc });
    }
}

public class ContentVariantConfiguration : IEntityTypeConfiguration<ContentVariant>
{
    public void Configure(EntityTypeBuilder<ContentVariant> builder)
    {
        builder.Property(v => v.Culture).HasMaxLength(10);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Summary).HasMaxLength(1000);
        builder.Property(v => v.MetaDescription).HasMaxLength(400);
        builder.Property(v => v.HeroAltText).HasMaxLength(400);
        builder.Property(v => v.Venue).HasMaxLength(400);
        builder.Property(v => v.AccessibilityInformation).HasMaxLength(2000);
        builder.Property(v => v.UpdatedBy).HasMaxLength(256);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasOne(v => v.Content).WithMany(c => c.Variants).HasForeignKey(v => v.ContentKey).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.PublishedVersion).WithMany().HasForeignKey(v => v.PublishedVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ContentKey, v.Culture }).IsUnique();
        builder.HasIndex(v => v.PublishAtUtc);
        builder.HasIndex(v => v.UnpublishAtUtc);
    }
}

public class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.Property(v => v.Culture).HasMaxLength(10);
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Summary).HasMaxLength(1000);
        builder.Property(v => v.MetaDescription).HasMaxLength(400);
        builder.Property(v => v.HeroAltText).HasMaxLength(400);
        builder.Property(v => v.Venue).HasMaxLength(400);
        builder.Property(v => v.AccessibilityInformation).HasMaxLength(2000);
        builder.Property(v => v.SavedBy).HasMaxLength(256);
        builder.Property(v => v.Note).HasMaxLength(200);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(v => v.ContentKey).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.ContentKey, v.Culture, v.Number }).IsUnique();
    }
}

public class ContentRedirectConfiguration : IEntityTypeConfiguration<ContentRedirect>
{
    public void Configure(EntityTypeBuilder<ContentRedirect> builder)
    {
        builder.Property(r => r.FromPath).HasMaxLength(500);
        builder.Property(r => r.ToPath).HasMaxLength(500);
        builder.HasIndex(r => r.FromPath).IsUnique();
        builder.HasIndex(r => r.ContentKey);
    }
}

public class ContentEditorPresenceConfiguration : IEntityTypeConfiguration<ContentEditorPresence>
{
    public void Configure(EntityTypeBuilder<ContentEditorPresence> builder)
    {
        builder.HasKey(p => new { p.ContentKey, p.UserId });
        builder.Property(p => p.UserId).HasMaxLength(64);
        builder.Property(p => p.DisplayName).HasMaxLength(256);
    }
}
