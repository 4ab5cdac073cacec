using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Campaign;

namespace PledgeSite.Web.Pages.ICanBe;

[OutputCache(PolicyName = "Public", Tags = [CampaignSetup.CacheTag])]
public class RoleModelModel(CampaignQuery query) : PageModel
{
    public Core.Entities.RoleModel RoleModel { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var roleModel = await query.RoleModelAsync(slug, cancellationToken);
        if (roleModel is null) return NotFound();
        RoleModel = roleModel;
        return Page();
    }
}
