using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Configurations;

public class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> builder)
    {
        builder.Property(p => p.Reference).HasMaxLength(20);
        builder.Property(p => p.Slug).HasMaxLength(120);
        builder.Property(p => p.OrganisationName).HasMaxLength(200);
        builder.Property(p => p.OrganisationType).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Sector).HasMaxLength(100);
        builder.Property(p => p.SizeBand).HasMaxLength(40);
        builder.Property(p => p.CompanyNumber).HasMaxLength(8);
        builder.Property(p => p.CharityNumber).HasMaxLength(8);
        builder.Property(p => p.Website).HasMaxLength(300);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.CompanyNumber);
        builder.HasIndex(p => p.CharityNumber);
        builder.HasIndex(p => new { p.Status, p.OrganisationName });
    }
}
