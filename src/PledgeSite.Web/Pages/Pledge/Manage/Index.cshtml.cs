using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>The signatory area's home: the pledge's status, the reviewer's comments, and everything the organisation can change.</summary>
public sealed class IndexModel(PledgeWorkflow workflow) : SignatoryPageModel(workflow)
{
    [TempData] public string? Done { get; set; }
    public PledgeHistoryEntry? LatestReturn => Pledge.History.Where(h => h.ToStatus == PledgeStatus.Returned).MaxBy(h => h.OccurredUtc);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        ViewData["Title"] = "Your pledge";
        return Page();
    }
}
