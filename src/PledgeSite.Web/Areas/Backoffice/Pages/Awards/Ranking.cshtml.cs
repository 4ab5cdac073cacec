using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using PledgeSite.Core.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Awards;

/// <summary>
/// Judging progress and the ranked list per category (weighted, normalised per judge; see <see cref="AwardRanking"/>),
/// with strong disagreement flagged; managers record the shortlist, winners and the panel's decision note.
/// </summary>
[Authorize(Policy = StaffPolicies.AwardsManager)]
public class RankingModel(PledgeDbContext db, IStaffDirectory staffDirectory, IOutputCacheStore cache) : PageModel
{
    public sealed record JudgeProgress(string Name, int ToScore, int Scored);
    public sealed record CategoryRanking(AwardCategory Category, IReadOnlyList<RankedNomination> Ranked, IReadOnlyDictionary<int, Nomination> Nominations,
        IReadOnlyList<JudgeProgress> Judges, IReadOnlyDictionary<string, string> JudgeNames);

    public AwardCycle Cycle { get; private set; } = default!;
    public IReadOnlyList<CategoryRanking> Categories { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    [BindProperty] public Dictionary<int, string> Outcomes { get; set; } = [];
    [BindProperty] public string? DecisionNote { get; set; }

    public static readonly (NominationOutcome Value, string Text)[] OutcomeChoices =
        [(NominationOutcome.None, "Not chosen"), (NominationOutcome.Shortlisted, "Shortlisted"), (NominationOutcome.HighlyCommended, "Highly commended"), (NominationOutcome.Winner, "Winner")];

    private async Task<bool> LoadAsync(int year)
    {
        var cycle = await db.Set<AwardCycle>().FirstOrDefaultAsync(c => c.Year == year);
        if (cycle is null) return false;
        Cycle = cycle;
        var categories = await db.Set<AwardCategory>().Include(c => c.Judges).Where(c => c.CycleId == cycle.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
        var staff = (await staffDirectory.InRoleAsync(StaffRoles.Judge)).ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal);
        var list = new List<CategoryRanking>();
        foreach (var category in categories)
        {
            var ranked = await AwardRanking.RankCategoryAsync(db, category.Id);
            var ids = ranked.Select(r => r.NominationId).ToList();
            var nominations = await db.Set<Nomination>().Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id);
            var judges = new List<JudgeProgress>();
            foreach (var j in category.Judges)
            {
                var (toScore, scored) = await AwardRules.ProgressAsync(db, j.JudgeUserId, category.Id);
                judges.Add(new JudgeProgress(staff.GetValueOrDefault(j.JudgeUserId, "Judge"), toScore, scored));
            }
            list.Add(new CategoryRanking(category, ranked, nominations, judges, staff));
        }
        Categories = list;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int year) => await LoadAsync(year) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int year, int categoryId)
    {
        if (!await LoadAsync(year)) return NotFound();
        var entry = Categories.FirstOrDefault(c => c.Category.Id == categoryId);
        if (entry is null) return NotFound();
        DecisionNote = DecisionNote?.Trim();
        if (DecisionNote?.Length > 4000) ModelState.AddModelError(nameof(DecisionNote), "The decision note must be 4000 characters or fewer");
        // Only nominations in this category's ranking (eligible, submitted) can be given an outcome.
        foreach (var (id, value) in Outcomes)
        {
            if (!entry.Nominations.ContainsKey(id) || !Enum.TryParse<NominationOutcome>(value, out var o) || !Enum.IsDefined(o))
                ModelState.AddModelError(nameof(Outcomes), "Choose an outcome for each nomination");
        }
        if (!ModelState.IsValid) return Page();
        foreach (var (id, value) in Outcomes) entry.Nominations[id].Outcome = Enum.Parse<NominationOutcome>(value);
        entry.Category.DecisionNote = string.IsNullOrEmpty(DecisionNote) ? null : DecisionNote;
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync("awards", HttpContext.RequestAborted);
        await cache.EvictByTagAsync("signatories", HttpContext.RequestAborted); // winners' badges on signatory pages
        Message = $"{entry.Category.Name}: outcomes and decision note saved.";
        return Redirect($"/backoffice/awards/{year}/ranking#category-{categoryId}");
    }

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
