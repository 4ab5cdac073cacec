using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.Pledge;

/// <summary>/pledge: what the pledge asks of an organisation, and the commitments to choose from.</summary>
[OutputCache(PolicyName = "Public", Tags = ["signatories"])]
public sealed class IndexModel(PledgeDbContext db) : PageModel
{
    public IReadOnlyList<Commitment> Commitments { get; private set; } = [];
    public int Signatories { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Commitments = await db.Set<Commitment>().AsNoTracking().Where(c => c.IsActive)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        Signatories = await db.Set<Core.Entities.Pledge>().CountAsync(p => p.Status == PledgeStatus.Approved && p.ConsentToPublish, cancellationToken);
    }
}
