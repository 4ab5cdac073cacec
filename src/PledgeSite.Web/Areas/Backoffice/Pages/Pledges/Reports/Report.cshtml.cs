using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Pledges.Reports;

/// <summary>One progress report; a Pledge reviewer can query it, which emails the organisation's main contact.</summary>
[Authorize(Policy = StaffPolicies.PledgeReviewer)]
public sealed class ReportModel(PledgeDbContext db, EmailOutbox outbox, IOptions<EmailOptions> email, SiteClock clock) : PageModel
{
    [FromRoute(Name = "id")] public int Id { get; set; }
    [BindProperty] public string? Query { get; set; }
    [TempData] public string? Done { get; set; }
    public ProgressReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        var text = Query?.Trim() ?? "";
        if (text.Length == 0) ModelState.AddModelError(nameof(Query), "Enter your question for the organisation");
        else if (text.Length > 2000) ModelState.AddModelError(nameof(Query), "Your question must be 2,000 characters or fewer");
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var reviewer = User.Identity?.Name ?? "A reviewer";
        Report.Status = ProgressReportStatus.Queried;
        Report.QueryText = text;
        Report.QueriedUtc = now;
        Report.QueriedBy = reviewer;
        db.Add(new PledgeHistoryEntry
        {
            PledgeId = Report.PledgeId, OccurredUtc = now, FromStatus = Report.Pledge.Status, ToStatus = Report.Pledge.Status,
            Actor = reviewer, ActorKind = HistoryActorKind.Staff, Event = "Progress report queried: " + Report.Target.Measure, Comment = text,
        });
        if (Report.Pledge.Contacts.FirstOrDefault(c => c.Role == ContactRole.MainContact) is { } contact)
        {
            outbox.Enqueue(new EmailTemplate($"A question about your progress report ({Report.Pledge.Reference})", contact.Name)
                .Paragraph($"The Race Equality Network has a question about {Report.Pledge.OrganisationName}'s progress report on \"{Report.Target.Measure}\":")
                .Paragraph(text)
                .Link("Sign in to answer by changing your report", email.Value.PublicBaseUrl.TrimEnd('/') + "/pledge/manage/reports/" + Report.TargetId)
                .To(contact.Email, contact.Name, "progress-report-query"));
        }
        await db.SaveChangesAsync(cancellationToken);
        Done = "Your question has been sent to the organisation.";
        return Redirect($"/backoffice/pledges/reports/{Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var report = await db.Set<ProgressReport>()
            .Include(r => r.Target).Include(r => r.Pledge).ThenInclude(p => p.Contacts).Include(r => r.EvidenceFile)
            .SingleOrDefaultAsync(r => r.Id == Id, cancellationToken);
        if (report is null) return false;
        Report = report;
        ViewData["Title"] = "Progress report: " + report.Target.Measure;
        return true;
    }
}
