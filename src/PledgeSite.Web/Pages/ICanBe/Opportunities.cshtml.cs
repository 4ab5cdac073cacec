using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Campaign;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.ICanBe;

[OutputCache(PolicyName = CampaignSetup.ByDayPolicy, Tags = [CampaignSetup.CacheTag])]
public class OpportunitiesModel(CampaignQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)] public OpportunityType? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true)] public bool ClosingSoon { get; set; }

    public IReadOnlyList<Opportunity> Opportunities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear(); // an unknown filter value is ignored, not an error
        Opportunities = await query.OpenOpportunitiesAsync(new OpportunityFilter { Type = Type, Theme = Theme, ClosingSoon = ClosingSoon }, cancellationToken);
    }
}
