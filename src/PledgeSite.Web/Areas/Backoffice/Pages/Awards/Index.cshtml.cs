using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Awards;

/// <summary>The award cycles, newest first, and a form to add the next one.</summary>
[Authorize(Policy = StaffPolicies.AwardsManager)]
public class IndexModel(PledgeDbContext db) : CycleFormHost
{
    public IReadOnlyList<(AwardCycle Cycle, int Nominations)> Cycles { get; private set; } = [];

    private async Task LoadAsync()
    {
        var cycles = await db.Set<AwardCycle>().OrderByDescending(c => c.Year).ToListAsync();
        var counts = await db.Set<Nomination>().Where(n => n.Status == NominationStatus.Submitted)
            .GroupBy(n => n.CycleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Cycles = cycles.Select(c => (c, counts.GetValueOrDefault(c.Id))).ToList();
    }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Cycle = new CycleForm();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cycle = new AwardCycle();
        if (Cycle.TryApply(cycle, ModelState, nameof(Cycle)))
        {
            if (await db.Set<AwardCycle>().AnyAsync(c => c.Year == cycle.Year))
                ModelState.AddModelError("Cycle.Year", $"There is already a {cycle.Year} cycle");
            else if (await db.Set<AwardCycle>().AnyAsync(c => c.NominationsOpenUtc < cycle.NominationsCloseUtc && cycle.NominationsOpenUtc < c.NominationsCloseUtc))
                ModelState.AddModelError("Cycle.Opens", "The nomination dates overlap another cycle's");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        db.Add(cycle);
        await db.SaveChangesAsync();
        return Redirect($"/backoffice/awards/{cycle.Year}");
    }
}
