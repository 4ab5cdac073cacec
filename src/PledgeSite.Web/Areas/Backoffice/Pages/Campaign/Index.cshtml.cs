using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Campaign;

[Authorize(Policy = StaffPolicies.Editor)]
public class IndexModel(PledgeDbContext db, SiteClock clock) : PageModel
{
    public IReadOnlyList<RoleModelSuggestion> Suggestions { get; private set; } = [];
    public IReadOnlyList<Opportunity> Proposed { get; private set; } = [];
    public IReadOnlyList<RoleModel> RoleModels { get; private set; } = [];
    public IReadOnlyList<Opportunity> Opportunities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Suggestions = await db.Set<RoleModelSuggestion>().Where(s => s.Status == SuggestionStatus.New).OrderBy(s => s.CreatedUtc).ToListAsync(cancellationToken);
        Proposed = await db.Set<Opportunity>().Where(o => o.Status == OpportunityStatus.Proposed).OrderBy(o => o.CreatedUtc).ToListAsync(cancellationToken);
        RoleModels = await db.Set<RoleModel>().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        Opportunities = await db.Set<Opportunity>().Where(o => o.Status != OpportunityStatus.Proposed).OrderByDescending(o => o.ClosingDate).ToListAsync(cancellationToken);
    }

    /// <summary>Marks a suggestion as dealt with (contacted or declined), recording who and when.</summary>
    public async Task<IActionResult> OnPostSuggestionAsync(int id, SuggestionStatus status, CancellationToken cancellationToken)
    {
        var suggestion = await db.Set<RoleModelSuggestion>().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null || status == SuggestionStatus.New) return NotFound();
        suggestion.Status = status;
        suggestion.ReviewedBy = User.Identity?.Name;
        suggestion.ReviewedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Banner"] = $"Suggestion of {suggestion.SuggestedName} marked as {status.ToString().ToLowerInvariant()}";
        return Redirect("/backoffice/campaign");
    }
}
