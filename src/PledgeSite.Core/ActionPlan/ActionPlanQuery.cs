using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.ActionPlan;

/// <summary>The filters of /action-plan, bound from the query string, shared by the page and its downloads.</summary>
public sealed class ActionPlanFilter
{
    public string? Theme { get; set; }
    public string? Recommendation { get; set; }
    public string? Owner { get; set; }
    public RagRating? Rag { get; set; }
    public ActionStatus? Status { get; set; }

    /// <summary>True when a filter narrows the actions (not just the theme or recommendation).</summary>
    public bool FiltersActions => !string.IsNullOrEmpty(Owner) || Rag is not null || Status is not null;
    public bool IsEmpty => string.IsNullOrEmpty(Theme) && string.IsNullOrEmpty(Recommendation) && !FiltersActions;

    public Dictionary<string, string?> ToRouteValues() => new()
    {
        ["theme"] = Theme, ["recommendation"] = Recommendation, ["owner"] = Owner,
        ["rag"] = Rag?.ToString(), ["status"] = Status?.ToString(),
    };
}

public sealed record ActionPlanView(IReadOnlyList<Recommendation> Recommendations, int ActionCount);

/// <summary>Reads the action plan for the public pages. The plan is small (under a hundred actions): filters run in memory.</summary>
public sealed class ActionPlanQuery(PledgeDbContext db, SiteClock clock)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);

    public Task<List<Theme>> ThemesAsync(CancellationToken cancellationToken) =>
        db.Set<Theme>().AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);

    public async Task<Theme?> ThemeAsync(string slug, CancellationToken cancellationToken) =>
        await db.Set<Theme>().AsNoTracking()
            .Include(t => t.Outcomes.OrderBy(o => o.SortOrder))
            .Include(t => t.Recommendations.OrderBy(r => r.SortOrder)).ThenInclude(r => r.Actions.OrderBy(a => a.SortOrder)).ThenInclude(a => a.Owners)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);

    /// <summary>The owners of at least one action, by name (the owner filter's choices).</summary>
    public Task<List<ActionOwner>> OwnersAsync(CancellationToken cancellationToken) =>
        db.Set<ActionOwner>().AsNoTracking().Where(o => o.Actions.Any()).OrderBy(o => o.Name).ToListAsync(cancellationToken);

    /// <summary>Whether the action belongs to the owner named in a filter: by the owner's slug, or any spelling of its name.</summary>
    public static bool OwnedBy(PlanAction action, string owner)
    {
        ArgumentNullException.ThrowIfNull(action);
        var key = ActionOwners.Key(owner);
        return action.Owners.Any(o => o.Slug == owner || ActionOwners.Key(o.Name) == key);
    }

    public Task<List<Recommendation>> RecommendationsAsync(CancellationToken cancellationToken) =>
        db.Set<Recommendation>().AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(cancellationToken);

    public async Task<ActionPlanView> FindAsync(ActionPlanFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var recommendations = await db.Set<Recommendation>().AsNoTracking()
            .Include(r => r.Theme)
            .Include(r => r.Actions.OrderBy(a => a.SortOrder)).ThenInclude(a => a.Owners)
            .OrderBy(r => r.SortOrder)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var today = Today;
        var shown = new List<Recommendation>();
        foreach (var r in recommendations)
        {
            if (!string.IsNullOrEmpty(filter.Theme) && r.Theme.Slug != filter.Theme) continue;
            if (!string.IsNullOrEmpty(filter.Recommendation) && r.Slug != filter.Recommendation) continue;
            r.Actions = r.Actions.Where(a =>
                (string.IsNullOrEmpty(filter.Owner) || OwnedBy(a, filter.Owner))
                && (filter.Rag is null || a.Rag == filter.Rag)
                && (filter.Status is null || a.StatusOn(today) == filter.Status)).ToList();
            if (filter.FiltersActions && r.Actions.Count == 0) continue;
            shown.Add(r);
        }
        return new ActionPlanView(shown, shown.Sum(r => r.Actions.Count));
    }

    /// <summary>Actions by RAG rating for one theme's summary chart, every rating listed (zero included).</summary>
    public static IReadOnlyList<(RagRating Rag, int Count)> RagSummary(IEnumerable<PlanAction> actions)
    {
        var list = actions.ToList();
        return Enum.GetValues<RagRating>().Select(r => (r, list.Count(a => a.Rag == r))).ToList();
    }
}
