using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Pledges;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Withdraws the pledge after a confirmation step; it leaves the public pages at once.</summary>
public sealed class WithdrawModel(PledgeWorkflow workflow) : SignatoryPageModel(workflow)
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        ViewData["Title"] = "Withdraw your pledge";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        ViewData["Title"] = "Withdraw your pledge";
        if (Reason?.Length > 2000) ModelState.AddModelError(nameof(Reason), "The reason must be 2,000 characters or fewer");
        if (Confirm is not ("yes" or "no")) ModelState.AddModelError(nameof(Confirm), "Select yes if you want to withdraw the pledge");
        if (!ModelState.IsValid) return Page();
        if (Confirm == "no") return Redirect("/pledge/manage");
        await Workflow.WithdrawAsync(Pledge, Me, Reason, cancellationToken);
        await HttpContext.SignOutAsync(PledgeFeature.SignatoryScheme);
        return Redirect("/pledge/manage/withdrawn");
    }
}
