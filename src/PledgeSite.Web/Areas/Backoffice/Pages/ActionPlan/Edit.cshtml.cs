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
public class EditModel(PledgeDbContext db, ActionProgress progress, ActionOwners owners, IOutputCacheStore cache) : PageModel
{
    public PlanAction Action { get; private set; } = default!;

    [BindProperty, StringLength(BulkUpdateFile.MaxProgressLength, ErrorMessage = "The progress update must be 4000 characters or fewer")]
    [Display(Name = "Progress update")]
    public string? ProgressUpdate { get; set; }

    [BindProperty, Required(ErrorMessage = "Select a RAG rating")]
    [Display(Name = "RAG rating")]
    public RagRating? Rag { get; set; }

    [BindProperty] public Guid Version { get; set; }

    /// <summary>The action's wording, owners, resource and dates (the second form).</summary>
    [BindProperty] public ActionDetailsForm Details { get; set; } = new();
    /// <summary>Open, superseded or carried into the new plan (the third form).</summary>
    [BindProperty] public PlanActionClosure? Closure { get; set; }
    [BindProperty] public string? ClosureNote { get; set; }
    public IReadOnlyList<ActionOwner> OwnerList { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> ClosureOptions { get; } =
    [
        new(nameof(PlanActionClosure.Open), "Open", "Still part of the plan. Mark it completed with the RAG rating above."),
        new(nameof(PlanActionClosure.Superseded), "Superseded", "Replaced by other actions, or no longer wanted."),
        new(nameof(PlanActionClosure.CarriedIntoNewPlan), "Carried into the new plan", "Not finished, and part of the refreshed plan."),
    ];

    public static IReadOnlyList<GovUkOption> RagOptions { get; } = GovUkOption.FromEnum<RagRating>(ActionPlanText.Rag);

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        OwnerList = await owners.AllAsync(cancellationToken);
        var action = await db.Set<PlanAction>()
            .Include(a => a.Recommendation)
            .Include(a => a.Owners)
            .Include(a => a.Changes.OrderByDescending(c => c.ChangedUtc).ThenByDescending(c => c.Id))
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (action is null) return false;
        Action = action;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Fill();
        return Page();
    }

    private void Fill()
    {
        ProgressUpdate = Action.ProgressUpdate;
        Rag = Action.Rag;
        Version = Action.Version;
        Details = ActionDetailsForm.From(Action);
        Closure = Action.Closure;
        ClosureNote = Action.ClosureNote;
    }

    /// <summary>Changes the action's wording, owners, resource and dates; each changed field goes into its history.</summary>
    public async Task<IActionResult> OnPostDetailsAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        ModelState.Clear();
        if (Version != Action.Version)
            ModelState.AddModelError("Details.Text", "Someone else updated this action while you were editing it. Check the history below and make your change again");
        var (start, due) = Details.Check(ModelState, nameof(Details), OwnerList);
        if (!ModelState.IsValid) return Invalid(keep: nameof(Details));
        var chosen = await Details.OwnersAsync(OwnerList, owners, cancellationToken);
        var details = new ActionProgress.Details(Details.Text!.Trim(), chosen, string.IsNullOrWhiteSpace(Details.Resource) ? null : Details.Resource.Trim(), start, due);
        return await SaveAsync(progress.Edit(Action, details, Who), id, cancellationToken);
    }

    /// <summary>Retires the action (superseded, or carried into the new plan) or reopens it.</summary>
    public async Task<IActionResult> OnPostCloseAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        ModelState.Clear();
        if (Version != Action.Version)
            ModelState.AddModelError(nameof(Closure), "Someone else updated this action while you were editing it. Check the history below and make your change again");
        if (Closure is not { } closure || !Enum.IsDefined(closure)) ModelState.AddModelError(nameof(Closure), "Select whether the action is open, superseded or carried into the new plan");
        if (ClosureNote?.Trim().Length > 1000) ModelState.AddModelError(nameof(ClosureNote), "The note must be 1,000 characters or fewer");
        if (Closure is PlanActionClosure.Superseded or PlanActionClosure.CarriedIntoNewPlan && string.IsNullOrWhiteSpace(ClosureNote))
            ModelState.AddModelError(nameof(ClosureNote), "Say why the action is retired, for example which action replaces it");
        if (!ModelState.IsValid) return Invalid(keep: nameof(Closure));
        return await SaveAsync(progress.Close(Action, Closure!.Value, ClosureNote, Who), id, cancellationToken);
    }

    private string Who => User.Identity?.Name ?? "unknown";

    /// <summary>Shows the page again with the posted answers of the form that failed and the saved values in the others.</summary>
    private PageResult Invalid(string keep)
    {
        var (details, closure, note) = (Details, Closure, ClosureNote);
        Fill();
        if (keep == nameof(Details)) Details = details;
        else (Closure, ClosureNote) = (closure, note);
        return Page();
    }

    private async Task<IActionResult> SaveAsync(bool changed, int id, CancellationToken cancellationToken)
    {
        if (changed)
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

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Version != Action.Version)
            ModelState.AddModelError(nameof(ProgressUpdate), "Someone else updated this action while you were editing it. Check the history below and make your change again");
        if (!ModelState.IsValid)
        {
            var (posted, rag) = (ProgressUpdate, Rag);
            Fill();
            (ProgressUpdate, Rag) = (posted, rag);
            return Page();
        }
        var who = Who;
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
