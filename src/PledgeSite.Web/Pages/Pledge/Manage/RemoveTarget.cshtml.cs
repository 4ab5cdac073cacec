using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Removes a target after asking (a pledge keeps at least one).</summary>
public sealed class RemoveTargetModel(PledgeWorkflow workflow) : SignatoryPageModel(workflow)
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Confirm { get; set; }
    public Target Target { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadTargetAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadTargetAsync(cancellationToken) is { } result) return result;
        if (Confirm is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(Confirm), "Select yes if you want to remove this target");
            return Page();
        }
        if (Confirm == "no") return Redirect("/pledge/manage");
        Pledge.Targets.Remove(Target);
        await Workflow.SubmitChangesAsync(Pledge, Me, "Target removed: " + Target.Measure, cancellationToken);
        TempData["Done"] = "The target is removed.";
        return Redirect("/pledge/manage");
    }

    private async Task<IActionResult?> LoadTargetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Pledge.Targets.SingleOrDefault(t => t.Id == Id) is not { } target) return NotFound();
        if (Pledge.Targets.Count == 1) return Redirect("/pledge/manage");
        Target = target;
        ViewData["Title"] = "Are you sure you want to remove this target?";
        return null;
    }
}
