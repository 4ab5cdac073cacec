using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Content;

/// <summary>The draft as the public will see it, in the public layout (staff only; never cached).</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class PreviewModel(ContentQuery content) : PageModel
{
    public PublishedContent Item { get; private set; } = default!;
    public string Culture { get; private set; } = ContentCultures.Default;

    public async Task<IActionResult> OnGetAsync(Guid key, string? culture, CancellationToken cancellationToken)
    {
        Culture = ContentCultures.IsKnown(culture) ? culture! : ContentCultures.Default;
        var item = await content.DraftAsync(key, Culture, cancellationToken);
        if (item is null) return NotFound();
        Item = item;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
