using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages;

/// <summary>The home page: the CMS Home item when one is published, else the pledge's vision from the seed.</summary>
[OutputCache(PolicyName = "Public", Tags = [ContentWorkflow.CacheTag])]
public class IndexModel(ContentQuery content) : PageModel
{
    public PublishedContent? Home { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Home = await content.FindByPathAsync("/", ContentCultures.Default, cancellationToken);
}
