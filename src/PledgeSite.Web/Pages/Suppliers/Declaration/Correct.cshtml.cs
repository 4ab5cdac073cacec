using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Suppliers.Declaration;

/// <summary>
/// Starts a correction: the accountable person gives the reference and their email address, and is emailed a link to
/// a journey filled with the declaration's answers. The page says the same whether or not they matched.
/// </summary>
[PublicForm("supplier-declaration-correct")]
public class CorrectModel(SupplierDeclarations declarations) : PageModel
{
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Email { get; set; }
    [FromQuery(Name = "sent")] public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Reference)) ModelState.AddModelError(nameof(Reference), "Enter the declaration reference, like SD-2026-7KQ4M2");
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Enter the accountable person's email address");
        else if (!ContractRegister.IsEmail(Email.Trim())) ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        if (!ModelState.IsValid) return Page();
        await declarations.RequestCorrectionAsync(Reference!, Email!, cancellationToken);
        return Redirect("/suppliers/declaration/correct?sent=true");
    }
}
