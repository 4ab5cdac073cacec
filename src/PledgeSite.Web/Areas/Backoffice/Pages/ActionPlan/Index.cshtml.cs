using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.ActionPlan;

[Authorize(Policy = StaffPolicies.Editor)]
public class IndexModel(ActionPlanQuery query) : PageModel
{
    public IReadOnlyList<Recommendation> Recommendations { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Recommendations = (await query.FindAsync(new ActionPlanFilter(), cancellationToken)).Recommendations;
        Today = query.Today;
    }
}
