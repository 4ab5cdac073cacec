using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Pages.ActionPlan;

namespace PledgeSite.Web.Pages.Themes;

[OutputCache(PolicyName = PledgeSite.Web.Pages.ICanBe.CampaignSetup.ByDayPolicy, Tags = [ActionPlanSetup.CacheTag, "content"])]
public class ThemeModel(ActionPlanQuery query, ContentQuery content) : PageModel
{
    public Theme Theme { get; private set; } = default!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<(RagRating Rag, int Count)> Counts { get; private set; } = [];
    /// <summary>The CMS's ThemeContent item for this theme, when one is published.</summary>
    public PublishedContent? Intro { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var theme = await query.ThemeAsync(slug, cancellationToken);
        if (theme is null) return NotFound();
        Theme = theme;
        Today = query.Today;
        Intro = await content.FindThemeContentAsync(slug, ContentCultures.Default, cancellationToken);
        Counts = ActionPlanQuery.RagSummary(theme.Recommendations.SelectMany(r => r.Actions));
        return Page();
    }
}
