using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Configurations;

public class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.CompanyNumber).HasMaxLength(8);
        builder.Property(s => s.Address).HasMaxLength(500);
        builder.HasIndex(s => s.CompanyNumber).IsUnique();
        builder.HasIndex(s => s.Name);
    }
}

public class SupplierDeclarationConfiguration : IEntityTypeConfiguration<SupplierDeclaration>
{
    public void Configure(EntityTypeBuilder<SupplierDeclaration> builder)
    {
        builder.Property(d => d.Reference).HasMaxLength(20);
        builder.Property(d => d.SupplierName).HasMaxLength(200);
        builder.Property(d => d.CompanyNumber).HasMaxLength(8);
        builder.Property(d => d.Address).HasMaxLength(500);
        builder.Property(d => d.ContractReference).HasMaxLength(50);
        builder.Property(d => d.ContractTitle).HasMaxLength(200);
        builder.Property(d => d.ValueBand).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Stage).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.PledgeStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.PledgeStandingWhenDeclared).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.PledgeReference).HasMaxLength(20);
        builder.Property(d => d.WillNotReason).HasMaxLength(4000);
        builder.Property(d => d.Advancement).HasMaxLength(8000);
        builder.Property(d => d.CommitmentCodes).HasMaxLength(1000);
        builder.Property(d => d.AccountableName).HasMaxLength(200);
        builder.Property(d => d.AccountableRole).HasMaxLength(200);
        builder.Property(d => d.AccountableEmail).HasMaxLength(320);
        builder.Property(d => d.SignedName).HasMaxLength(200);
        builder.Ignore(d => d.IsCurrent);
        builder.HasIndex(d => d.Reference).IsUnique();
        builder.HasIndex(d => new { d.SupplierId, d.ContractReference });
        builder.HasIndex(d => d.ContractReference);
        builder.HasOne(d => d.Supplier).WithMany(s => s.Declarations).HasForeignKey(d => d.SupplierId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Supersedes).WithMany().HasForeignKey(d => d.SupersedesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.SupersededBy).WithMany().HasForeignKey(d => d.SupersededById).OnDelete(DeleteBehavior.Restrict);
    }
}

public class SupplierDeclarationDraftConfiguration : IEntityTypeConfiguration<SupplierDeclarationDraft>
{
    public void Configure(EntityTypeBuilder<SupplierDeclarationDraft> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.AnswersJson).HasMaxLength(40000);
        builder.HasIndex(d => d.UpdatedUtc);
        builder.HasOne(d => d.SubmittedDeclaration).WithMany().HasForeignKey(d => d.SubmittedDeclarationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupplierDeclaration>().WithMany().HasForeignKey(d => d.SupersedesDeclarationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class SupplierContractConfiguration : IEntityTypeConfiguration<SupplierContract>
{
    public void Configure(EntityTypeBuilder<SupplierContract> builder)
    {
        builder.Property(c => c.Reference).HasMaxLength(50);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.OfficerEmail).HasMaxLength(320);
        builder.Property(c => c.SupplierContactEmail).HasMaxLength(320);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasOne(c => c.Supplier).WithMany(s => s.Contracts).HasForeignKey(c => c.SupplierId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.Prefix).HasMaxLength(12);
        builder.Property(k => k.CreatedBy).HasMaxLength(256);
        builder.Property(k => k.RevokedBy).HasMaxLength(256);
        builder.Ignore(k => k.IsActive);
        builder.HasIndex(k => k.KeyHash).IsUnique();
    }
}
