using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Jobs;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Signatories;

/// <summary>
/// Reminds each signatory of its annual progress report 30 days before it is due, 7 days before, and on the day.
/// Decides from the database what is due and queues each reminder once (deduplication key per pledge, due date
/// and reminder), so it is safe to run as often as you like. A reminder whose moment has passed without the job
/// running (for example the 30-day one when the report is due in 5 days) is not sent late: the next one is.
/// </summary>
public sealed class ProgressReportReminderJob(
    PledgeDbContext db, EmailOutbox outbox, SiteClock clock, IOptions<EmailOptions> email, ILogger<ProgressReportReminderJob> log) : IRecurringJob
{
    public string Name => "progress-report-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddDays(30);
        // From the due day until the report becomes overdue, the "due today" reminder may still go (once).
        var since = now.AddDays(-30);
        var due = await db.Set<Pledge>()
            .Where(p => p.Status == PledgeStatus.Approved && p.NextReportDueUtc != null && p.NextReportDueUtc <= horizon && p.NextReportDueUtc > since)
            .Select(p => new
            {
                p.Id, p.Reference, p.OrganisationName, Due = p.NextReportDueUtc!.Value,
                Contact = p.Contacts.Where(c => c.Role == ContactRole.MainContact).Select(c => new { c.Email, c.Name }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var pledge in due)
        {
            if (pledge.Contact is null) continue;
            var stage = Stage(pledge.Due, now);
            var key = string.Create(CultureInfo.InvariantCulture, $"progress-report:{pledge.Id}:{pledge.Due:yyyyMMdd}:{stage}");
            var message = Message(stage, pledge.OrganisationName, pledge.Reference, pledge.Due)
                .To(pledge.Contact.Email, pledge.Contact.Name, "progress-report-reminder", key);
            if (await outbox.EnqueueOnceAsync(message, cancellationToken)) queued++;
        }
        if (queued > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            log.LogInformation("Queued {Count} progress report reminder(s)", queued);
        }
    }

    /// <summary>Which reminder is due now for a report due at <paramref name="due"/>.</summary>
    public static string Stage(DateTime due, DateTime now) =>
        now >= due.Date ? "due-today"
        : due - now <= TimeSpan.FromDays(7) ? "7-days"
        : "30-days";

    private EmailTemplate Message(string stage, string organisation, string reference, DateTime due)
    {
        var date = TimeZoneInfo.ConvertTimeFromUtc(due, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))
            .ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var subject = stage switch
        {
            "due-today" => $"Your Anti-Racist Pledge progress report is due today ({reference})",
            "7-days" => $"Your Anti-Racist Pledge progress report is due in 7 days ({reference})",
            _ => $"Your Anti-Racist Pledge progress report is due on {date} ({reference})",
        };
        var template = new EmailTemplate(subject, "")
            .Paragraph($"{organisation}'s annual progress report on its Anti-Racist Pledge targets is due on {date}.")
            .Paragraph("For each target, tell us the value you have reached, when you measured it, what you did, and a link or file that backs it up. Your report is published on your signatory page.");
        if (stage == "due-today")
            template.Paragraph("If we do not receive it within 30 days, your pledge will show as \"report overdue\", and after 90 days as \"lapsed\".");
        return template.Link("Sign in to file your progress report", email.Value.PublicBaseUrl.TrimEnd('/') + "/pledge/manage/reports")
            .Paragraph($"Your pledge reference is {reference}.");
    }
}
