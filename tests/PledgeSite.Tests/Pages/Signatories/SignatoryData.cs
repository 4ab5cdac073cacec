using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Signatories;

using Pledge = PledgeSite.Core.Entities.Pledge;

/// <summary>Puts pledges straight into a test site's database, in the shape the pledge journey leaves them.</summary>
public static class SignatoryData
{
    private static int _next;

    public static async Task<Pledge> AddPledgeAsync(SiteFactory site, string name, Action<Pledge>? configure = null)
    {
        var n = Interlocked.Increment(ref _next);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var slug = string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')) + "-" + Guid.NewGuid().ToString("N")[..6];
        var pledge = new Pledge
        {
            Reference = $"ARP-T-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
            Slug = slug,
            OrganisationName = name,
            OrganisationType = OrganisationType.Business,
            Sector = "Technology",
            SizeBand = "10 to 49 people",
            Website = "https://example.org",
            ConsentToPublish = true,
            Status = PledgeStatus.Approved,
            CreatedUtc = now.AddDays(-20),
            SubmittedUtc = now.AddDays(-15),
            ApprovedUtc = now.AddDays(-10),
            NextReportDueUtc = now.AddDays(-10).AddYears(1),
        };
        pledge.Contacts.Add(new PledgeContact { Role = ContactRole.MainContact, Name = "Main Contact", Email = $"contact{n}@example.org", CreatedUtc = now });
        pledge.Contacts.Add(new PledgeContact { Role = ContactRole.SeniorSponsor, Name = "Senior Sponsor", Email = $"sponsor{n}@example.org", CreatedUtc = now });
        configure?.Invoke(pledge);
        await site.WithDbAsync(async db =>
        {
            db.Add(pledge);
            await db.SaveChangesAsync();
        });
        return pledge;
    }

    public static Target Target(string measure, bool isPublic = true, decimal baseline = 10, decimal target = 30) => new()
    {
        Measure = measure,
        Unit = "%",
        BaselineValue = baseline,
        BaselineDate = new DateOnly(2026, 1, 1),
        TargetValue = target,
        TargetDate = new DateOnly(2029, 1, 1),
        IsPublic = isPublic,
        CreatedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        UpdatedUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        ApprovedUtc = new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc),
    };

    /// <summary>A few commitments in the catalogue, when the site has none yet.</summary>
    public static async Task EnsureCommitmentsAsync(SiteFactory site) => await site.WithDbAsync(async db =>
    {
        if (await db.Set<Commitment>().AnyAsync()) return;
        var now = site.Clock.GetUtcNow().UtcDateTime;
        db.AddRange(
            new Commitment { Code = "R1.A", Title = "Sign and promote the pledge", Text = "Sign the pledge.", IsRequired = true, SortOrder = 1, CreatedUtc = now, UpdatedUtc = now },
            new Commitment { Code = "R1.D", Title = "Set measurable targets", Text = "Set targets.", IsRequired = true, SortOrder = 2, CreatedUtc = now, UpdatedUtc = now },
            new Commitment { Code = "R.20", Title = "Diverse recruitment panels", Text = "Panels.", SortOrder = 3, CreatedUtc = now, UpdatedUtc = now },
            new Commitment { Code = "R.21", Title = "Apprenticeships for local people", Text = "Apprenticeships.", SortOrder = 4, CreatedUtc = now, UpdatedUtc = now });
        await db.SaveChangesAsync();
    });
}
