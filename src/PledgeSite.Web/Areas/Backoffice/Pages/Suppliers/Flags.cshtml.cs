using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Suppliers;

/// <summary>Every supplier with an open flag, worked out from the records as they are now.</summary>
[Authorize(Policy = StaffPolicies.ProcurementOfficer)]
public class FlagsModel(SupplierChecks checks) : PageModel
{
    public IReadOnlyList<SupplierCheck> Suppliers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Suppliers = await checks.WithOpenFlagsAsync(cancellationToken);
}
