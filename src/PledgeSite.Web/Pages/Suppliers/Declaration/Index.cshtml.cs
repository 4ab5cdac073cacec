using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Suppliers.Declaration;

/// <summary>The start page of the supplier declaration journey; starting creates the server-side journey state.</summary>
[PublicForm("supplier-declaration-start")]
public class IndexModel(SupplierDeclarations declarations) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var draft = await declarations.StartAsync(cancellationToken: cancellationToken);
        return Redirect($"/suppliers/declaration/{draft.Id}/{DeclarationSteps.OrganisationName}");
    }
}
