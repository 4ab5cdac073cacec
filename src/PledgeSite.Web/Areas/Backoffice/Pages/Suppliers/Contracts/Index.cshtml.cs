using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Suppliers.Contracts;

/// <summary>The contract register.</summary>
[Authorize(Policy = StaffPolicies.ProcurementOfficer)]
public class IndexModel(PledgeDbContext db) : PageModel
{
    [FromQuery(Name = "added")] public int? Added { get; set; }
    public IReadOnlyList<SupplierContract> Contracts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Contracts = await db.Set<SupplierContract>().AsNoTracking().Include(c => c.Supplier).OrderBy(c => c.Reference).ToListAsync(cancellationToken);
}
