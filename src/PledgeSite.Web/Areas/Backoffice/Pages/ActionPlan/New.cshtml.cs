using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.ActionPlan;

namespace PledgeSite.Web.Areas.Backoffice.Pages.ActionPlan;

/// <summary>Adds an action to a recommendation, for a refreshed plan.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class NewModel(PledgeDbContext db, ActionProgress progress, ActionOwners owners, IOutputCacheStore cache) : PageModel
{
    /// <summary>The recommendation's slug ("r16").</summary>
    [BindProperty(SupportsGet = true)] public string? Recommendation { get; set; }
    [BindProperty] public ActionDetailsForm Details { get; set; } = new();
    public IReadOnlyList<Recommendation> Recommendations { get; private set; } = [];
    public IReadOnlyList<ActionOwner> OwnerList { get; private set; } = [];

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Recommendations = await db.Set<Recommendation>().AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync(cancellationToken);
        OwnerList = await owners.AllAsync(cancellationToken);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        if (Recommendations.All(r => r.Slug != Recommendation)) ModelState.AddModelError(nameof(Recommendation), "Select the recommendation the action answers");
        var (start, due) = Details.Check(ModelState, nameof(Details), OwnerList);
        if (!ModelState.IsValid) return Page();
        var recommendation = await db.Set<Recommendation>().Include(r => r.Actions).SingleAsync(r => r.Slug == Recommendation, cancellationToken);
        var chosen = await Details.OwnersAsync(OwnerList, owners, cancellationToken);
        var action = progress.Add(recommendation, new ActionProgress.Details(Details.Text!.Trim(), chosen,
            string.IsNullOrWhiteSpace(Details.Resource) ? null : Details.Resource.Trim(), start, due), User.Identity?.Name ?? "unknown");
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(ActionPlanSetup.CacheTag, cancellationToken);
        TempData["Banner"] = $"Action {action.Reference} added";
        return Redirect($"/backoffice/action-plan/actions/{action.Id}");
    }
}
