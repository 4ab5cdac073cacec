using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Core.Signatories;
using PledgeSite.Web.Pages.Signatories;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>
/// The yearly report in words on one of the organisation's own actions (how far it has got, and what was done), or on
/// a commitment that no target measures.
/// </summary>
public sealed class WrittenReportModel(PledgeWorkflow workflow, ProgressReports reports, IOutputCacheStore cache) : SignatoryPageModel(workflow)
{
    [FromRoute(Name = "kind")] public string Kind { get; set; } = "";
    [FromRoute(Name = "itemId")] public int ItemId { get; set; }
    [BindProperty] public string? Progress { get; set; }
    [BindProperty] public string? Narrative { get; set; }
    public OwnAction? Action { get; private set; }
    public Commitment? Commitment { get; private set; }
    public WrittenReport? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await PrepareAsync(cancellationToken) is { } stop) return stop;
        if (Existing is not null)
        {
            Progress = Existing.Progress?.ToString();
            Narrative = Existing.Narrative;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await PrepareAsync(cancellationToken) is { } stop) return stop;
        OwnActionProgress? progress = null;
        if (Action is not null)
        {
            if (Enum.TryParse<OwnActionProgress>(Progress, out var p) && Enum.IsDefined(p) && !int.TryParse(Progress, out _)) progress = p;
            else ModelState.AddModelError(nameof(Progress), "Select how far this action has got");
        }
        var narrative = Narrative?.Trim() ?? "";
        if (narrative.Length == 0) ModelState.AddModelError(nameof(Narrative), "Describe what you did and what changed");
        else if (narrative.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > ProgressReportModel.MaxNarrativeWords)
            ModelState.AddModelError(nameof(Narrative), $"What you did must be {ProgressReportModel.MaxNarrativeWords} words or fewer");
        else if (narrative.Length > 4000) ModelState.AddModelError(nameof(Narrative), "What you did must be 4,000 characters or fewer");
        if (!ModelState.IsValid) return Page();

        var wasDue = Pledge.NextReportDueUtc;
        await reports.SaveWrittenAsync(Pledge, Action, Commitment, Existing, progress, narrative, $"{Me.Name} ({Pledge.OrganisationName})", cancellationToken);
        await cache.EvictByTagAsync(SignatoriesFeature.CacheTag, cancellationToken);
        TempData["Done"] = Pledge.NextReportDueUtc != wasDue && Pledge.NextReportDueUtc is { } next
            ? $"Thank you: your progress report is complete. Your next report is due on {SignatoryText.Date(next)}."
            : "Your report is saved.";
        return Redirect("/pledge/manage/reports");
    }

    private async Task<IActionResult?> PrepareAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Pledge.Status != PledgeStatus.Approved || Pledge.NextReportDueUtc is null) return Redirect("/pledge/manage/reports");
        // Only an item the signed-in pledge reports on this year: the id in the URL is never trusted on its own.
        var items = ProgressReports.WrittenItemsOf(Pledge);
        if (Kind == "actions") Action = items.Actions.SingleOrDefault(a => a.Id == ItemId);
        else Commitment = items.Commitments.SingleOrDefault(c => c.Id == ItemId);
        if (Action is null && Commitment is null) return NotFound();
        Existing = await reports.CurrentWrittenAsync(Pledge, Action?.Id, Commitment?.Id, cancellationToken);
        ViewData["Title"] = "Progress report: " + (Action is not null ? Action.What : $"{Commitment!.Code} {Commitment.Title}");
        return null;
    }
}
