using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Pledges;

/// <summary>The commitments catalogue, in the order organisations see it.</summary>
[Authorize(Policy = StaffPolicies.PledgeReviewer)]
public sealed class CommitmentsModel(PledgeDbContext db) : PageModel
{
    public IReadOnlyList<(Commitment Commitment, int Pledges)> Commitments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<Commitment>().AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c, Count = db.Set<PledgeCommitment>().Count(pc => pc.CommitmentId == c.Id) })
            .ToListAsync(cancellationToken);
        Commitments = rows.Select(r => (r.c, r.Count)).ToList();
    }
}
