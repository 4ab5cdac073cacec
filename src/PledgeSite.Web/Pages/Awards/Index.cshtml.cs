using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Awards;

/// <summary>The awards scheme, the current cycle (open, judging or announced) and past years' winners.</summary>
public class IndexModel(PledgeDbContext db, SiteClock clock) : PageModel
{
    public DateTime UtcNow { get; private set; }
    public AwardCycle? Current { get; private set; }
    public IReadOnlyList<int> PublishedYears { get; private set; } = [];

    public async Task OnGetAsync()
    {
        UtcNow = clock.GetUtcNow().UtcDateTime;
        // The current cycle: the open one, else the next to open, else the latest.
        Current = await AwardRules.OpenCycleAsync(db, UtcNow)
            ?? await db.Set<AwardCycle>().Where(c => c.NominationsOpenUtc <= UtcNow).OrderByDescending(c => c.NominationsOpenUtc).FirstOrDefaultAsync()
            ?? await AwardRules.NextCycleAsync(db, UtcNow);
        if (Current is not null)
            Current.Categories = await db.Set<AwardCategory>().Where(c => c.CycleId == Current.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
        PublishedYears = await db.Set<AwardCycle>().Where(c => c.AnnouncementUtc <= UtcNow).OrderByDescending(c => c.Year).Select(c => c.Year).ToListAsync();
    }
}
