using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

using PledgeSite.Web.Staff;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Judging;

/// <summary>A judge's categories (only those assigned to them) with their progress and deadline.</summary>
[Authorize(Policy = StaffPolicies.Judge)]
public class IndexModel(PledgeDbContext db) : PageModel
{
    public sealed record Assigned(AwardCategory Category, int ToScore, int Scored);
    public IReadOnlyList<Assigned> Categories { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var judgeId = User.StaffId()!;
        var categories = await db.Set<AwardCategory>().Include(c => c.Cycle)
            .Where(c => db.Set<JudgeAssignment>().Any(j => j.CategoryId == c.Id && j.JudgeUserId == judgeId))
            .OrderByDescending(c => c.Cycle.Year).ThenBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
        var list = new List<Assigned>();
        foreach (var c in categories)
        {
            var (toScore, scored) = await AwardRules.ProgressAsync(db, judgeId, c.Id);
            list.Add(new Assigned(c, toScore, scored));
        }
        Categories = list;
    }
}
