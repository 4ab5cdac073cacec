using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Entities;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Pages.ActionPlan;

[OutputCache(PolicyName = PledgeSite.Web.Pages.ICanBe.CampaignSetup.ByDayPolicy, Tags = [ActionPlanSetup.CacheTag])]
public class IndexModel(ActionPlanQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true)] public string? Recommendation { get; set; }
    [BindProperty(SupportsGet = true)] public string? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public RagRating? Rag { get; set; }
    [BindProperty(SupportsGet = true)] public ActionStatus? Status { get; set; }

    public ActionPlanView View { get; private set; } = default!;
    public DateOnly Today { get; private set; }
    public IReadOnlyList<GovUkOption> ThemeOptions { get; private set; } = [];
    public IReadOnlyList<GovUkOption> RecommendationOptions { get; private set; } = [];
    public IReadOnlyList<GovUkOption> OwnerOptions { get; private set; } = [];
    public static IReadOnlyList<GovUkOption> RagOptions { get; } = GovUkOption.FromEnum<RagRating>(ActionPlanText.Rag);
    public static IReadOnlyList<GovUkOption> StatusOptions { get; } =
        new[] { ActionStatus.Overdue, ActionStatus.DueThisYear, ActionStatus.Ongoing, ActionStatus.Complete, ActionStatus.DueLater, ActionStatus.NoDueDate, ActionStatus.Superseded, ActionStatus.CarriedIntoNewPlan }
            .Select(s => new GovUkOption(s.ToString(), ActionPlanText.Status(s))).ToList();

    public ActionPlanFilter Filter => new() { Theme = Theme, Recommendation = Recommendation, Owner = Owner, Rag = Rag, Status = Status };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A filter value that is not in the lists (a stale or hand-made link) is ignored rather than failing.
        ModelState.Clear();
        View = await query.FindAsync(Filter, cancellationToken);
        Today = query.Today;
        ThemeOptions = (await query.ThemesAsync(cancellationToken)).Select(t => new GovUkOption(t.Slug, t.Name)).ToList();
        RecommendationOptions = (await query.RecommendationsAsync(cancellationToken)).Select(r => new GovUkOption(r.Slug, $"{r.Code} {r.Title}")).ToList();
        OwnerOptions = (await query.OwnersAsync(cancellationToken)).Select(o => new GovUkOption(o.Slug, o.Name)).ToList();
        // An old link naming the owner by name rather than slug still selects it.
        if (Owner is not null && OwnerOptions.All(o => o.Value != Owner)
            && OwnerOptions.FirstOrDefault(o => ActionOwners.Key(o.Text) == ActionOwners.Key(Owner)) is { } named) Owner = named.Value;
    }

    public string DownloadUrl(string format)
    {
        var values = Filter.ToRouteValues().Where(v => !string.IsNullOrEmpty(v.Value))
            .Select(v => $"{Capitalise(v.Key)}={Uri.EscapeDataString(v.Value!)}");
        var query = string.Join("&", values);
        return $"/action-plan/download.{format}" + (query.Length > 0 ? "?" + query : "");
    }

    private static string Capitalise(string key) => char.ToUpperInvariant(key[0]) + key[1..];
}
