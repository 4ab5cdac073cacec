using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.ActionPlan;

namespace PledgeSite.Web.Pages.ActionPlan;

[OutputCache(PolicyName = PledgeSite.Web.Pages.ICanBe.CampaignSetup.ByDayPolicy, Tags = [ActionPlanSetup.CacheTag])]
public class RecommendationModel(ActionPlanQuery query) : PageModel
{
    public Core.Entities.Recommendation Recommendation { get; private set; } = default!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var view = await query.FindAsync(new ActionPlanFilter { Recommendation = slug.ToLowerInvariant() }, cancellationToken);
        if (view.Recommendations.Count == 0) return NotFound();
        Recommendation = view.Recommendations[0];
        Today = query.Today;
        return Page();
    }
}
