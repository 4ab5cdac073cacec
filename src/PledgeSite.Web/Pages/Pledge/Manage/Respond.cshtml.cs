using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Answers a returned pledge's comments and sends it back for review.</summary>
public sealed class RespondModel(PledgeWorkflow workflow) : SignatoryPageModel(workflow)
{
    [BindProperty] public string? Answer { get; set; }
    public string? Comments => Pledge.History.Where(h => h.ToStatus == PledgeStatus.Returned).MaxBy(h => h.OccurredUtc)?.Comment;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Pledge.Status != PledgeStatus.Returned) return Redirect("/pledge/manage");
        ViewData["Title"] = "Answer the reviewer's comments";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Pledge.Status != PledgeStatus.Returned) return Redirect("/pledge/manage");
        ViewData["Title"] = "Answer the reviewer's comments";
        if (string.IsNullOrWhiteSpace(Answer)) ModelState.AddModelError(nameof(Answer), "Enter your answer to the reviewer's comments");
        else if (Answer.Length > 4000) ModelState.AddModelError(nameof(Answer), "Your answer must be 4,000 characters or fewer");
        if (!ModelState.IsValid) return Page();
        await Workflow.ResubmitAsync(Pledge, Me, Answer!, cancellationToken);
        TempData["Done"] = "Your pledge is back with the Race Equality Network for review.";
        return Redirect("/pledge/manage");
    }
}
