using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.Awards.Nominate;

/// <summary>Nomination sent: its reference, and what happens next. Shows no personal details.</summary>
public class ConfirmationModel(PledgeDbContext db) : PageModel
{
    public string Reference { get; private set; } = "";
    public AwardCycle Cycle { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var nomination = await db.Set<Nomination>().FirstOrDefaultAsync(n => n.JourneyId == id && n.Status == NominationStatus.Submitted);
        if (nomination is null) return NotFound();
        Reference = nomination.Reference ?? "";
        Cycle = await db.Set<AwardCycle>().FirstAsync(c => c.Id == nomination.CycleId);
        return Page();
    }
}
