using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.Suppliers.Declaration;

public class ConfirmationModel(PledgeDbContext db) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    public SupplierDeclaration Declaration { get; private set; } = default!;
    public string? SupersededReference { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var draft = await db.Set<SupplierDeclarationDraft>().AsNoTracking().Include(d => d.SubmittedDeclaration).ThenInclude(d => d!.Supersedes)
            .FirstOrDefaultAsync(d => d.Id == Id, cancellationToken);
        if (draft is null) return NotFound();
        if (draft.SubmittedDeclaration is null) return Redirect($"/suppliers/declaration/{Id}/check-answers");
        Declaration = draft.SubmittedDeclaration;
        SupersededReference = Declaration.Supersedes?.Reference;
        return Page();
    }
}
