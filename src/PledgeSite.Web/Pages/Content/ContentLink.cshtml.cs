using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.Content;

/// <summary>A link to content by key (as stored in rich text), sent on to the item's current URL.</summary>
public class ContentLinkModel(ContentQuery content) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid key, string? culture, CancellationToken cancellationToken)
    {
        var url = await content.UrlOfAsync(key, ContentCultures.IsKnown(culture) ? culture! : ContentCultures.Default, cancellationToken);
        return url is null ? NotFound() : Redirect(url);
    }
}
