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
        // The public directory and open data filter published pledges by these (signatories feature), in name order.
        // Each index also holds the other two columns that decide whether a pledge is published (ConsentToPublish,
        // ApprovedUtc), so counting the matches reads the index alone, not every pledge row.
        builder.HasIndex(p => new { p.Status, p.OrganisationName, p.Id, p.ConsentToPublish, p.ApprovedUtc });
        builder.HasIndex(p => new { p.Status, p.OrganisationType, p.OrganisationName, p.Id, p.ConsentToPublish, p.ApprovedUtc });
        builder.HasIndex(p => new { p.Status, p.Sector, p.OrganisationName, p.Id, p.ConsentToPublish, p.ApprovedUtc });
        builder.HasIndex(p => new { p.Status, p.SizeBand, p.OrganisationName, p.Id, p.ConsentToPublish, p.ApprovedUtc });
        builder.HasIndex(p => new { p.Status, p.ApprovedUtc, p.ConsentToPublish });
        // Report reminders and standing (overdue, lapsed); retention of withdrawn pledges.
        builder.HasIndex(p => new { p.Status, p.NextReportDueUtc, p.ConsentToPublish, p.ApprovedUtc });
        builder.HasIndex(p => new { p.Status, p.WithdrawnUtc });
        builder.Property(p => p.WebsiteDomain).HasMaxLength(253);
        builder.HasIndex(p => p.WebsiteDomain);
        builder.Property(p => p.AddressLine1).HasMaxLength(200);
        builder.Property(p => p.AddressLine2).HasMaxLength(200);
        builder.Property(p => p.Town).HasMaxLength(100);
        builder.Property(p => p.Postcode).HasMaxLength(8);
        builder.Property(p => p.Statement).HasMaxLength(4000);
        builder.Property(p => p.PublishedStatement).HasMaxLength(4000);
        builder.HasOne(p => p.Logo).WithMany().HasForeignKey(p => p.LogoId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Commitments).WithOne(c => c.Pledge).HasForeignKey(c => c.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Targets).WithOne(t => t.Pledge).HasForeignKey(t => t.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Contacts).WithOne(c => c.Pledge).HasForeignKey(c => c.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.WorkforceFigures).WithOne(w => w.Pledge).HasForeignKey(w => w.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.History).WithOne(h => h.Pledge).HasForeignKey(h => h.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.MainContact);
        builder.Ignore(p => p.SeniorSponsor);
    }
}
