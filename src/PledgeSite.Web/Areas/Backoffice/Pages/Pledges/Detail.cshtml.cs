using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Pledges;

/// <summary>Everything about one pledge, its history, and the reviewer's decisions: approve, or return with comments.</summary>
[Authorize(Policy = StaffPolicies.PledgeReviewer)]
public sealed class DetailModel(PledgeWorkflow workflow) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public Core.Entities.Pledge Pledge { get; private set; } = null!;
    [BindProperty] public string? ApproveComment { get; set; }
    [BindProperty] public string? ReturnComments { get; set; }
    [BindProperty] public Guid Version { get; set; }
    [TempData] public string? Done { get; set; }

    public bool CanDecide => Pledge.Status is PledgeStatus.AwaitingReview || (Pledge.Status == PledgeStatus.Approved && Pledge.ChangesSubmittedUtc is not null);
    public bool CanReturn => Pledge.Status is PledgeStatus.AwaitingReview;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await workflow.LoadAsync(Id, cancellationToken) is not { } pledge) return NotFound();
        Pledge = pledge;
        Version = pledge.Version;
        ViewData["Title"] = pledge.OrganisationName;
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        if (await workflow.LoadAsync(Id, cancellationToken) is not { } pledge) return NotFound();
        Pledge = pledge;
        ViewData["Title"] = pledge.OrganisationName;
        if (ApproveComment?.Length > 4000) ModelState.AddModelError(nameof(ApproveComment), "Comments must be 4,000 characters or fewer");
        if (!CanDecide) ModelState.AddModelError(nameof(ApproveComment), "This pledge is not waiting for a decision");
        else if (Version != pledge.Version) ModelState.AddModelError(nameof(ApproveComment), "The pledge changed while you were looking at it. Check it again, then decide");
        if (!ModelState.IsValid)
        {
            Version = pledge.Version;
            return Page();
        }
        var wasApproved = pledge.Status == PledgeStatus.Approved;
        await workflow.ApproveAsync(pledge, PledgeActor.Staff(StaffName), ApproveComment, cancellationToken);
        Done = wasApproved ? "The changes are approved and published. We have emailed the organisation." : "The pledge is approved. We have emailed the organisation.";
        return Redirect($"/backoffice/pledges/{Id}");
    }

    public async Task<IActionResult> OnPostReturnAsync(CancellationToken cancellationToken)
    {
        if (await workflow.LoadAsync(Id, cancellationToken) is not { } pledge) return NotFound();
        Pledge = pledge;
        ViewData["Title"] = pledge.OrganisationName;
        if (string.IsNullOrWhiteSpace(ReturnComments)) ModelState.AddModelError(nameof(ReturnComments), "Enter comments saying what the organisation needs to change");
        else if (ReturnComments.Length > 4000) ModelState.AddModelError(nameof(ReturnComments), "Comments must be 4,000 characters or fewer");
        if (!CanReturn) ModelState.AddModelError(nameof(ReturnComments), "Only a pledge waiting for review can be returned");
        else if (Version != pledge.Version) ModelState.AddModelError(nameof(ReturnComments), "The pledge changed while you were looking at it. Check it again, then decide");
        if (!ModelState.IsValid)
        {
            Version = pledge.Version;
            return Page();
        }
        await workflow.ReturnAsync(pledge, PledgeActor.Staff(StaffName), ReturnComments!, cancellationToken);
        Done = "The pledge is returned with your comments. We have emailed the organisation.";
        return Redirect($"/backoffice/pledges/{Id}");
    }

    private string StaffName => User.Identity?.Name ?? "a reviewer";
}
