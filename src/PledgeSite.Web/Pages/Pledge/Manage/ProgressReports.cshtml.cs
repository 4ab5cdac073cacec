using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Core.Signatories;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>The signatory's annual progress report: one form per target, due on the pledge's anniversary.</summary>
public sealed class ProgressReportsModel(PledgeWorkflow workflow, ProgressReports reports, SiteClock clock) : SignatoryPageModel(workflow)
{
    public Dictionary<int, ProgressReport> Filed { get; private set; } = [];
    [TempData] public string? Done { get; set; }
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        Filed = await reports.ForPledgeAsync(Pledge, cancellationToken);
        return Page();
    }
}
