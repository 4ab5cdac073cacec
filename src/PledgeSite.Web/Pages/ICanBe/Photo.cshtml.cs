using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Campaign;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.ICanBe;

/// <summary>A role model's photo, served only while their story is published with consent.</summary>
[OutputCache(PolicyName = "Public", Tags = [CampaignSetup.CacheTag])]
public class PhotoModel(CampaignQuery query) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var photo = await query.PublishedRoleModels().Where(r => r.Slug == slug).Select(r => r.Photo).FirstOrDefaultAsync(cancellationToken);
        if (photo is null) return NotFound();
        return File(photo.Content, photo.ContentType);
    }
}
