using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.ActionPlan;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Areas.Backoffice.Pages.ActionPlan;

[Authorize(Policy = StaffPolicies.Editor)]
public class EditModel(PledgeDbContext db, ActionProgress progress, IOutputCacheStore cache) : PageModel
{
    public PlanAction Action { get; private set; } = default!;

    [BindProperty, StringLength(BulkUpdateFile.MaxProgressLength, ErrorMessage = "The progress update must be 4000 characters or fewer")]
    [Display(Name = "Progress update")]
    public string? ProgressUpdate { get; set; }

    [BindProperty, Required(ErrorMessage = "Select a RAG rating")]
    [Display(Name = "RAG rating")]
    public RagRating? Rag { get; set; }

    [BindProperty] public Guid Version { get; set; }

    public static IReadOnlyList<GovUkOption> RagOptions { get; } = GovUkOption.FromEnum<RagRating>(ActionPlanText.Rag);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var action = await db.Set<PlanAction>()
            .Include(a => a.Recommendation)
            .Include(a => a.Changes.OrderByDescending(c => c.ChangedUtc).ThenByDescending(c => c.Id))
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null) return false;
        Action = action;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        ProgressUpdate = Action.ProgressUpdate;
        Rag = Action.Rag;
        Version = Action.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Version != Action.Version)
            ModelState.AddModelError(nameof(ProgressUpdate), "Someone else updated this action while you were editing it. Check the history below and make your change again");
        if (!ModelState.IsValid) return Page();
        var who = User.Identity?.Name ?? "unknown";
        if (progress.Apply(Action, ProgressUpdate, Rag!.Value, who, "Edited"))
        {
            await db.SaveChangesAsync(cancellationToken);
            await cache.EvictByTagAsync(ActionPlanSetup.CacheTag, cancellationToken);
            TempData["Banner"] = $"Action {Action.Reference} updated";
        }
        else
        {
            TempData["Banner"] = $"Action {Action.Reference} was not changed";
        }
        return Redirect($"/backoffice/action-plan/actions/{id}");
    }
}
