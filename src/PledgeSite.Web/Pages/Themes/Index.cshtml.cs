using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Pages.ActionPlan;

namespace PledgeSite.Web.Pages.Themes;

[OutputCache(PolicyName = "Public", Tags = [ActionPlanSetup.CacheTag])]
public class IndexModel(ActionPlanQuery query) : PageModel
{
    public IReadOnlyList<(Theme Theme, int Recommendations, IReadOnlyList<(RagRating Rag, int Count)> Counts)> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var list = new List<(Theme, int, IReadOnlyList<(RagRating, int)>)>();
        foreach (var t in await query.ThemesAsync(cancellationToken))
        {
            var theme = (await query.ThemeAsync(t.Slug, cancellationToken))!;
            list.Add((theme, theme.Recommendations.Count, ActionPlanQuery.RagSummary(theme.Recommendations.SelectMany(r => r.Actions))));
        }
        Themes = list;
    }
}
