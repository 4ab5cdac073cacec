using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Campaign;

public sealed class OpportunityFilter
{
    public OpportunityType? Type { get; set; }
    public string? Theme { get; set; }
    /// <summary>Only those closing within <see cref="CampaignQuery.ClosingSoonDays"/> days.</summary>
    public bool ClosingSoon { get; set; }
}

/// <summary>What the public campaign pages show: published role models with consent, open opportunities.</summary>
public sealed class CampaignQuery(PledgeDbContext db, SiteClock clock)
{
    public const int ClosingSoonDays = 14;
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    /// <summary>Published stories whose consent stands (both checked in the query, so a withdrawal hides them at once).</summary>
    public IQueryable<RoleModel> PublishedRoleModels() =>
        db.Set<RoleModel>().AsNoTracking()
            .Where(r => r.PublishedUtc != null && r.ConsentGivenUtc != null && r.ConsentWithdrawnUtc == null && r.ConsentGivenBy != null && r.ConsentGivenBy != "");

    public Task<List<RoleModel>> RoleModelsAsync(CancellationToken cancellationToken) =>
        PublishedRoleModels().Include(r => r.Photo).OrderByDescending(r => r.IsFeatured).ThenBy(r => r.Name).ToListAsync(cancellationToken);

    public Task<RoleModel?> RoleModelAsync(string slug, CancellationToken cancellationToken) =>
        PublishedRoleModels().Include(r => r.Photo).FirstOrDefaultAsync(r => r.Slug == slug, cancellationToken);

    public async Task<List<Opportunity>> OpenOpportunitiesAsync(OpportunityFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = Today;
        var query = db.Set<Opportunity>().AsNoTracking().Where(o => o.Status == OpportunityStatus.Published && o.ClosingDate >= today);
        if (filter.Type is { } type) query = query.Where(o => o.Type == type);
        if (filter.ClosingSoon) query = query.Where(o => o.ClosingDate <= today.AddDays(ClosingSoonDays));
        var list = await query.OrderBy(o => o.ClosingDate).ThenBy(o => o.Title).ToListAsync(cancellationToken);
        return string.IsNullOrEmpty(filter.Theme) ? list : list.Where(o => o.Themes.Contains(filter.Theme)).ToList();
    }

    /// <summary>A published opportunity by slug, open or closed (closed ones still have a page that says so).</summary>
    public Task<Opportunity?> OpportunityAsync(string slug, CancellationToken cancellationToken) =>
        db.Set<Opportunity>().AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug && o.Status == OpportunityStatus.Published, cancellationToken);
}
