using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Core.Signatories;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>
/// The signatory's annual progress report, due on the pledge's anniversary: one form per target, and one in words per
/// own action and per commitment that no target measures.
/// </summary>
public sealed class ProgressReportsModel(PledgeWorkflow workflow, ProgressReports reports, SiteClock clock) : SignatoryPageModel(workflow)
{
    public Dictionary<int, ProgressReport> Filed { get; private set; } = [];
    /// <summary>This period's reports in words, on own actions and on commitments without a target.</summary>
    public List<WrittenReport> Written { get; private set; } = [];
    [TempData] public string? Done { get; set; }
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        Filed = await reports.ForPledgeAsync(Pledge, cancellationToken);
        Written = await reports.WrittenForPledgeAsync(Pledge, cancellationToken);
        return Page();
    }
}
