using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Campaign;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.ICanBe;

[OutputCache(PolicyName = CampaignSetup.ByDayPolicy, Tags = [CampaignSetup.CacheTag, "content", "action-plan"])]
public class IndexModel(CampaignQuery query, ICampaignEvents events, PledgeDbContext db, SiteClock clock, ContentQuery content) : PageModel
{
    public IReadOnlyList<RoleModel> RoleModels { get; private set; } = [];
    public IReadOnlyList<Opportunity> ClosingSoon { get; private set; } = [];
    public IReadOnlyList<CampaignEvent> Events { get; private set; } = [];
    /// <summary>The campaign's own words from the action plan (R.5): "Deliver a campaign 'I can be' ...".</summary>
    public PlanAction? CampaignAction { get; private set; }
    public IReadOnlyList<Recommendation> Recommendations { get; private set; } = [];
    /// <summary>The campaign's editorial intro: the CMS page at /i-can-be when one is published.</summary>
    public PublishedContent? Intro { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Intro = await content.FindByPathAsync("/i-can-be", ContentCultures.Default, cancellationToken);
        RoleModels = (await query.RoleModelsAsync(cancellationToken)).Take(3).ToList();
        ClosingSoon = (await query.OpenOpportunitiesAsync(new OpportunityFilter(), cancellationToken)).Take(3).ToList();
        Events = await events.UpcomingAsync(clock.GetUtcNow().UtcDateTime, 5, cancellationToken);
        Recommendations = await db.Set<Recommendation>().AsNoTracking().Where(r => r.Code == "R.3" || r.Code == "R.4" || r.Code == "R.5").OrderBy(r => r.SortOrder).ToListAsync(cancellationToken);
        CampaignAction = await db.Set<PlanAction>().AsNoTracking().FirstOrDefaultAsync(a => a.Recommendation.Code == "R.5" && a.Text.Contains("'I can be'"), cancellationToken);
    }
}
