using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Core.Signatories;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.Signatories;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>A target's progress report for the current period (or the answer to a reviewer's query).</summary>
public sealed partial class ProgressReportModel(PledgeWorkflow workflow, ProgressReports reports, IOutputCacheStore cache, SiteClock clock)
    : SignatoryPageModel(workflow)
{
    public const int MaxNarrativeWords = 500;

    [FromRoute(Name = "targetId")] public int TargetId { get; set; }
    [BindProperty] public ReportAnswers Report { get; set; } = new();
    [BindProperty] public IFormFile? Evidence { get; set; }
    public Target Target { get; private set; } = null!;
    public ProgressReport? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await PrepareAsync(cancellationToken) is { } stop) return stop;
        if (Existing is not null)
        {
            Report = new ReportAnswers
            {
                ValueReached = Existing.ValueReached.ToString("0.####", CultureInfo.InvariantCulture),
                ValueDate = DateParts.From(Existing.ValueDate),
                Narrative = Existing.Narrative,
                EvidenceUrl = Existing.EvidenceUrl,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await PrepareAsync(cancellationToken) is { } stop) return stop;
        ModelState.Clear();
        var hasValue = OrganisationDetails.TryParseNumber(Report.ValueReached, out var value);
        if (string.IsNullOrWhiteSpace(Report.ValueReached)) ModelState.AddModelError("Report.ValueReached", "Enter the value you reached");
        else if (!hasValue) ModelState.AddModelError("Report.ValueReached", "Value reached must be a number, like 12 or 12.5");
        var (date, dateError) = Report.ValueDate.Parse("the date you measured it");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (dateError is not null) ModelState.AddModelError("Report.ValueDate", dateError);
        else if (date > today) ModelState.AddModelError("Report.ValueDate", "The date you measured it must be today or in the past");
        else if (date < Target.BaselineDate) ModelState.AddModelError("Report.ValueDate", "The date you measured it must be after the baseline date");
        var narrative = Report.Narrative?.Trim() ?? "";
        if (narrative.Length == 0) ModelState.AddModelError("Report.Narrative", "Describe what you did and what changed");
        else if (Words().Count(narrative) > MaxNarrativeWords) ModelState.AddModelError("Report.Narrative", $"What you did must be {MaxNarrativeWords} words or fewer");
        else if (narrative.Length > 4000) ModelState.AddModelError("Report.Narrative", "What you did must be 4,000 characters or fewer");
        var url = Report.EvidenceUrl?.Trim();
        if (!string.IsNullOrEmpty(url) && (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            ModelState.AddModelError("Report.EvidenceUrl", "Enter a web address that starts with https://, like https://www.example.org/report");
        ProgressReportEvidence? evidence = null;
        if (Evidence is { Length: > 0 })
        {
            if (Evidence.Length > ProgressReports.MaxEvidenceBytes) ModelState.AddModelError("Evidence", "The selected file must be smaller than 5 MB");
            else
            {
                using var buffer = new MemoryStream();
                await Evidence.CopyToAsync(buffer, cancellationToken);
                var bytes = buffer.ToArray();
                var type = ProgressReports.EvidenceContentType(bytes);
                if (type is null) ModelState.AddModelError("Evidence", "The selected file must be a PDF, PNG or JPEG");
                else evidence = new ProgressReportEvidence
                {
                    Bytes = bytes, ContentType = type, UploadedUtc = clock.GetUtcNow().UtcDateTime,
                    FileName = SafeFileName(Evidence.FileName, type),
                };
            }
        }
        if (string.IsNullOrEmpty(url) && evidence is null && Existing?.EvidenceFileId is null && !ModelState.ContainsKey("Evidence"))
            ModelState.AddModelError("Report.EvidenceUrl", "Enter a web address for your evidence, or upload a file");
        if (!ModelState.IsValid) return Page();

        var wasDue = Pledge.NextReportDueUtc;
        await reports.SaveAsync(Pledge, Target, Existing, value, date!.Value, narrative, string.IsNullOrEmpty(url) ? null : url, evidence,
            $"{Me.Name} ({Pledge.OrganisationName})", cancellationToken);
        await cache.EvictByTagAsync(SignatoriesFeature.CacheTag, cancellationToken);
        TempData["Done"] = Pledge.NextReportDueUtc != wasDue && Pledge.NextReportDueUtc is { } next
            ? $"Thank you: your progress report is complete. Your next report is due on {SignatoryText.Date(next)}."
            : $"Your report on \"{Target.Measure}\" is saved.";
        return Redirect("/pledge/manage/reports");
    }

    private async Task<IActionResult?> PrepareAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Pledge.Status != PledgeStatus.Approved || Pledge.NextReportDueUtc is null) return Redirect("/pledge/manage/reports");
        // Only a target of the signed-in pledge: the id in the URL is never trusted on its own.
        if (Pledge.Targets.SingleOrDefault(t => t.Id == TargetId && t.ApprovedUtc != null) is not { } target) return NotFound();
        Target = target;
        Existing = await reports.CurrentAsync(Pledge, target.Id, cancellationToken);
        ViewData["Title"] = $"Progress report: {target.Measure}";
        return null;
    }

    private static string SafeFileName(string name, string type)
    {
        var stem = string.Concat(Path.GetFileNameWithoutExtension(name).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
        if (stem.Length == 0) stem = "evidence";
        if (stem.Length > 80) stem = stem[..80];
        return stem + (type switch { "application/pdf" => ".pdf", "image/png" => ".png", _ => ".jpg" });
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}

public sealed class ReportAnswers
{
    public string? ValueReached { get; set; }
    public DateParts ValueDate { get; set; } = new();
    public string? Narrative { get; set; }
    public string? EvidenceUrl { get; set; }
}
