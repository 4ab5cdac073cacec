using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Content;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Content;

/// <summary>
/// Every CMS page at any depth, in English or under /bn and /so. Explicit routes of other features win over this
/// catch-all. An old URL left by a rename or move answers 301 to the item's current URL.
/// </summary>
[OutputCache(PolicyName = "Public", Tags = [ContentWorkflow.CacheTag])]
public class ContentPageModel(ContentQuery content) : PageModel
{
    public PublishedContent Item { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string? path, CancellationToken cancellationToken)
    {
        var (culture, contentPath) = ContentPaths.SplitCulture(path);
        var item = await content.FindByPathAsync(contentPath, culture, cancellationToken);
        if (item is not null)
        {
            // One URL per page: /About/ and /about both answer at /about.
            var requested = "/" + (path ?? "");
            if (!string.Equals(requested, item.Url, StringComparison.Ordinal)) return RedirectPermanent(item.Url + TrackingParametersMiddleware.OriginalQuery(HttpContext));
            Item = item;
            return Page();
        }
        if (await content.RedirectTargetAsync(contentPath, culture, cancellationToken) is { } target)
            return RedirectPermanent(target.Contains('?', StringComparison.Ordinal) ? target : target + TrackingParametersMiddleware.OriginalQuery(HttpContext));
        return NotFound();
    }
}
