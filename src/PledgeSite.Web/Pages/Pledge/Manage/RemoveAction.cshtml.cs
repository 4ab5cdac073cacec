using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Removes one of the organisation's own actions after asking (a pledge keeps at least one), with its reports.</summary>
public sealed class RemoveActionModel(PledgeWorkflow workflow, PledgeDbContext db) : SignatoryPageModel(workflow)
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public string? Confirm { get; set; }
    public OwnAction Action { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadActionAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadActionAsync(cancellationToken) is { } result) return result;
        if (Confirm is not ("yes" or "no"))
        {
            ModelState.AddModelError(nameof(Confirm), "Select yes if you want to remove this action");
            return Page();
        }
        if (Confirm == "no") return Redirect("/pledge/manage");
        db.RemoveRange(await db.Set<WrittenReport>().Where(r => r.OwnActionId == Action.Id).ToListAsync(cancellationToken));
        Pledge.OwnActions.Remove(Action);
        await Workflow.SubmitChangesAsync(Pledge, Me, ActionModel.Truncate("Action removed: " + Action.What), cancellationToken);
        TempData["Done"] = "The action is removed.";
        return Redirect("/pledge/manage");
    }

    private async Task<IActionResult?> LoadActionAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Pledge.OwnActions.SingleOrDefault(a => a.Id == Id) is not { } action) return NotFound();
        if (Pledge.OwnActions.Count == 1) return Redirect("/pledge/manage");
        Action = action;
        ViewData["Title"] = "Are you sure you want to remove this action?";
        return null;
    }
}
