using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Campaign;

namespace PledgeSite.Web.Pages.ICanBe;

[OutputCache(PolicyName = CampaignSetup.ByDayPolicy, Tags = [CampaignSetup.CacheTag])]
public class OpportunityModel(CampaignQuery query) : PageModel
{
    public Core.Entities.Opportunity Opportunity { get; private set; } = default!;
    public bool IsClosed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var opportunity = await query.OpportunityAsync(slug, cancellationToken);
        if (opportunity is null) return NotFound();
        Opportunity = opportunity;
        IsClosed = !opportunity.IsOpenOn(query.Today);
        return Page();
    }
}
