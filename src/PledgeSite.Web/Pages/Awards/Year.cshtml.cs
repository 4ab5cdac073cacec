using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Awards;

/// <summary>
/// A year's shortlist and winners per category, with citations and photos. Not found until the announcement
/// time, so nothing leaks early (a 404 is never output-cached; the cache is evicted when results change).
/// </summary>
[OutputCache(PolicyName = "Public", Tags = ["awards"])]
public class YearModel(PledgeDbContext db, SiteClock clock) : PageModel
{
    public AwardCycle Cycle { get; private set; } = default!;
    public IReadOnlyList<(AwardCategory Category, IReadOnlyList<Nomination> Nominations)> Results { get; private set; } = [];
    public IReadOnlyDictionary<int, string> SignatorySlugs { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int year)
    {
        var cycle = await db.Set<AwardCycle>().FirstOrDefaultAsync(c => c.Year == year);
        if (cycle is null || !cycle.IsPublishedAt(clock.GetUtcNow().UtcDateTime)) return NotFound();
        Cycle = cycle;
        var categories = await db.Set<AwardCategory>().Where(c => c.CycleId == cycle.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
        var nominations = await db.Set<Nomination>()
            .Where(n => n.CycleId == cycle.Id && n.Status == NominationStatus.Submitted && n.Outcome != NominationOutcome.None)
            .ToListAsync();
        Results = categories.Select(c => (c, (IReadOnlyList<Nomination>)nominations.Where(n => n.CategoryId == c.Id)
            .OrderByDescending(n => n.Outcome).ThenBy(n => n.NomineeName, StringComparer.OrdinalIgnoreCase).ToList())).ToList();
        var pledgeIds = nominations.Where(n => n.NomineePledgeId is not null).Select(n => n.NomineePledgeId!.Value).Distinct().ToList();
        SignatorySlugs = await db.Set<Core.Entities.Pledge>().Where(p => pledgeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Slug);
        return Page();
    }

    public static string OutcomeText(NominationOutcome outcome) => outcome switch
    {
        NominationOutcome.Winner => "Winner",
        NominationOutcome.HighlyCommended => "Highly commended",
        _ => "Shortlisted",
    };
}
