using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Suppliers;

/// <summary>
/// One supplier as procurement checks it: pledge standing live from the pledge records, targets and latest
/// workforce figures, every declaration by contract and stage (superseded ones in the history), and open flags.
/// </summary>
[Authorize(Policy = StaffPolicies.ProcurementOfficer)]
public class SupplierModel(SupplierChecks checks, PledgeDbContext db) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public SupplierCheck Check { get; private set; } = default!;
    public IReadOnlyList<Target> Targets { get; private set; } = [];
    public WorkforceFigures? LatestFigures { get; private set; }
    public IReadOnlyList<string> PledgeCommitments { get; private set; } = [];
    public IReadOnlyDictionary<int, string> ReferencesById { get; private set; } = new Dictionary<int, string>();

    /// <summary>Declarations grouped by contract, newest first within each; superseded ones stay in the list.</summary>
    public IEnumerable<IGrouping<string, SupplierDeclaration>> ByContract =>
        Check.Declarations.OrderByDescending(d => d.SubmittedUtc).GroupBy(d => d.ContractReference).OrderBy(g => g.Key);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var check = await checks.ForSupplierAsync(Id, cancellationToken);
        if (check is null) return NotFound();
        Check = check;
        if (check.Pledge is { } pledge)
        {
            Targets = await db.Set<Target>().AsNoTracking().Where(t => t.PledgeId == pledge.Id)
                .OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
            LatestFigures = await db.Set<WorkforceFigures>().AsNoTracking().Where(w => w.PledgeId == pledge.Id)
                .OrderByDescending(w => w.AsAtDate).ThenByDescending(w => w.Id).FirstOrDefaultAsync(cancellationToken);
            PledgeCommitments = await db.Set<PledgeCommitment>().AsNoTracking().Where(c => c.PledgeId == pledge.Id && c.ApprovedUtc != null)
                .OrderBy(c => c.Commitment.SortOrder).Select(c => c.Commitment.Code + ": " + c.Commitment.Title).ToListAsync(cancellationToken);
        }
        var linked = check.Declarations.SelectMany(d => new[] { d.SupersedesId, d.SupersededById }).Where(i => i != null).Select(i => i!.Value).Distinct().ToList();
        ReferencesById = await db.Set<SupplierDeclaration>().AsNoTracking().Where(d => linked.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.Reference, cancellationToken);
        return Page();
    }
}
