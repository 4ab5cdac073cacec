using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

using PledgeSite.Web.Staff;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Judging;

/// <summary>
/// The nominations a judge scores in one category: only if assigned (404 otherwise), never those they declared a
/// conflict on, and only the nominee's name (nothing about the nominator).
/// </summary>
[Authorize(Policy = StaffPolicies.Judge)]
public class CategoryModel(PledgeDbContext db) : PageModel
{
    public sealed record Row(int Id, string NomineeName, int Scored);
    public AwardCategory Category { get; private set; } = default!;
    public int CriteriaCount { get; private set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var judgeId = User.StaffId()!;
        if (!await AwardRules.IsAssignedAsync(db, judgeId, id)) return NotFound();
        Category = await db.Set<AwardCategory>().Include(c => c.Cycle).FirstAsync(c => c.Id == id);
        CriteriaCount = await db.Set<AwardCriterion>().CountAsync(c => c.CategoryId == id);
        var nominations = await AwardRules.VisibleToJudge(db, judgeId, id).OrderBy(n => n.NomineeName)
            .Select(n => new { n.Id, n.NomineeName }).ToListAsync();
        var ids = nominations.Select(n => n.Id).ToList();
        var counts = await db.Set<NominationScore>().Where(s => s.JudgeUserId == judgeId && ids.Contains(s.NominationId))
            .GroupBy(s => s.NominationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Rows = nominations.Select(n => new Row(n.Id, n.NomineeName ?? "", counts.GetValueOrDefault(n.Id))).ToList();
        return Page();
    }
}
