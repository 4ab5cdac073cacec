using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Awards;

/// <summary>Every submitted nomination in a cycle, by category, with its eligibility; possible duplicates flagged.</summary>
[Authorize(Policy = StaffPolicies.AwardsManager)]
public class NominationsModel(PledgeDbContext db) : PageModel
{
    public AwardCycle Cycle { get; private set; } = default!;
    public IReadOnlyList<(AwardCategory Category, IReadOnlyList<Nomination> Nominations)> Groups { get; private set; } = [];
    public ISet<int> PossibleDuplicates { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync(int year)
    {
        var cycle = await db.Set<AwardCycle>().FirstOrDefaultAsync(c => c.Year == year);
        if (cycle is null) return NotFound();
        Cycle = cycle;
        var categories = await db.Set<AwardCategory>().Where(c => c.CycleId == cycle.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
        var nominations = await db.Set<Nomination>().Where(n => n.CycleId == cycle.Id && n.Status == NominationStatus.Submitted)
            .OrderBy(n => n.NomineeName).ThenBy(n => n.SubmittedUtc).ToListAsync();
        Groups = categories.Select(c => (c, (IReadOnlyList<Nomination>)nominations.Where(n => n.CategoryId == c.Id).ToList())).ToList();
        PossibleDuplicates = nominations.Where(n => n.Eligibility != NominationEligibility.Merged)
            .GroupBy(DuplicateKey).Where(g => g.Count() > 1).SelectMany(g => g).Select(n => n.Id).ToHashSet();
        return Page();
    }

    /// <summary>Same category and same nominee: the same signatory, or the same name ignoring case and spacing.</summary>
    public static string DuplicateKey(Nomination n) =>
        $"{n.CategoryId}:" + (n.NomineePledgeId is { } p ? $"pledge:{p}" : "name:" + string.Join(' ', (n.NomineeName ?? "").ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
