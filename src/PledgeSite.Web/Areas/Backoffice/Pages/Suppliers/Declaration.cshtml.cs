using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Suppliers;

/// <summary>One declaration as submitted (read only: declarations are never changed), with links to the versions it supersedes or that supersede it.</summary>
[Authorize(Policy = StaffPolicies.ProcurementOfficer)]
public class DeclarationModel(PledgeDbContext db) : PageModel
{
    [FromRoute] public string Reference { get; set; } = "";
    public SupplierDeclaration Declaration { get; private set; } = default!;
    public string? SupersedesReference { get; private set; }
    public string? SupersededByReference { get; private set; }
    public IReadOnlyDictionary<string, string> CommitmentTitles { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var reference = Reference.Trim().ToUpperInvariant();
        var declaration = await db.Set<SupplierDeclaration>().AsNoTracking().Include(d => d.Supersedes).Include(d => d.SupersededBy)
            .FirstOrDefaultAsync(d => d.Reference == reference, cancellationToken);
        if (declaration is null) return NotFound();
        Declaration = declaration;
        SupersedesReference = declaration.Supersedes?.Reference;
        SupersededByReference = declaration.SupersededBy?.Reference;
        var codes = (declaration.CommitmentCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        CommitmentTitles = await db.Set<Commitment>().AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, c => c.Title, cancellationToken);
        return Page();
    }
}
