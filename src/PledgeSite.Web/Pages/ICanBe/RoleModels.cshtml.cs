using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Campaign;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.ICanBe;

[OutputCache(PolicyName = "Public", Tags = [CampaignSetup.CacheTag])]
public class RoleModelsModel(CampaignQuery query) : PageModel
{
    public IReadOnlyList<RoleModel> RoleModels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => RoleModels = await query.RoleModelsAsync(cancellationToken);
}
