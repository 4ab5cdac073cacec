using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;

namespace PledgeSite.Web.Pages.Pledge.Sign;

/// <summary>The journey's end: the pledge's reference and what happens next.</summary>
public sealed class ConfirmationModel(PledgeDbContext db) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    public string Reference { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var journey = await db.Set<Core.Entities.SignUpJourney>().AsNoTracking().SingleOrDefaultAsync(j => j.Id == Id, cancellationToken);
        if (journey?.PledgeId is not { } pledgeId) return NotFound();
        var pledge = await db.Set<Core.Entities.Pledge>().AsNoTracking().SingleAsync(p => p.Id == pledgeId, cancellationToken);
        Reference = pledge.Reference;
        OrganisationName = pledge.OrganisationName;
        return Page();
    }
}
