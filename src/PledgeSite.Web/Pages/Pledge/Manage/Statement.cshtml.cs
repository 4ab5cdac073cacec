using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Pages.Pledge.Sign;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Writes or changes the organisation's own statement. On an approved pledge the change waits for review.</summary>
public sealed class StatementModel(PledgeWorkflow workflow) : SignatoryPageModel(workflow)
{
    [BindProperty] public string? Statement { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        ViewData["Title"] = "Your pledge in your own words";
        Statement = Pledge.Statement;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        ViewData["Title"] = "Your pledge in your own words";
        var errors = new List<(string Field, string Message)>();
        SignUpSteps.CheckStatement(Statement, nameof(Statement), errors);
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        if (!ModelState.IsValid) return Page();
        var text = Statement!.Trim();
        if (text == Pledge.Statement) return Redirect("/pledge/manage");
        Pledge.Statement = text;
        await Workflow.SubmitChangesAsync(Pledge, Me, "Statement changed", cancellationToken);
        TempData["Done"] = Pledge.Status == PledgeStatus.Approved
            ? "Your statement is saved. It will be published once the Race Equality Network has reviewed it."
            : "Your statement is saved.";
        return Redirect("/pledge/manage");
    }
}
