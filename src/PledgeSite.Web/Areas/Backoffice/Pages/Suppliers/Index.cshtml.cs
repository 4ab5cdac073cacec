using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Suppliers;

/// <summary>The procurement check: find a supplier by name or Companies House number.</summary>
[Authorize(Policy = StaffPolicies.ProcurementOfficer)]
public class IndexModel(SupplierChecks checks) : PageModel
{
    [FromQuery(Name = "q")] public string? Query { get; set; }
    public IReadOnlyList<SupplierCheck> Results { get; private set; } = [];
    public int OpenFlagCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Results = await checks.SearchAsync(Query, null, cancellationToken);
        OpenFlagCount = (await checks.WithOpenFlagsAsync(cancellationToken)).Count;
    }
}
