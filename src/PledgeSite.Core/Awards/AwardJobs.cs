using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Jobs;
using PledgeSite.Core.Staff;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Awards;

/// <summary>
/// Reminds judges who have not finished scoring: 7 days and 2 days before the judging deadline, once per judge per
/// reminder date (the outbox's deduplication key), so reruns and several instances never send twice.
/// </summary>
public sealed class JudgingReminderJob(PledgeDbContext db, EmailOutbox outbox, SiteClock clock, IOptions<EmailOptions> email, IStaffDirectory staff,
    ILogger<JudgingReminderJob> logger) : IRecurringJob
{
    public static readonly int[] DaysBeforeDeadline = [7, 2];
    public string Name => "awards-judging-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cycles = await db.Set<AwardCycle>()
            .Where(c => c.NominationsCloseUtc <= now && c.JudgingDeadlineUtc > now)
            .Include(c => c.Categories).ThenInclude(c => c.Judges)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var cycle in cycles)
        {
            // The latest reminder date that has passed, if any.
            var reminder = DaysBeforeDeadline.Select(d => cycle.JudgingDeadlineUtc.AddDays(-d)).Where(d => d <= now).OrderDescending().Cast<DateTime?>().FirstOrDefault();
            if (reminder is null) continue;
            foreach (var judgeId in cycle.Categories.SelectMany(c => c.Judges).Select(j => j.JudgeUserId).Distinct())
            {
                var behind = new List<string>();
                foreach (var category in cycle.Categories.Where(c => c.Judges.Any(j => j.JudgeUserId == judgeId)))
                {
                    var (toScore, scored) = await AwardRules.ProgressAsync(db, judgeId, category.Id, cancellationToken);
                    if (scored < toScore) behind.Add($"{category.Name}: {scored} of {toScore} scored");
                }
                if (behind.Count == 0) continue;
                var judge = await staff.FindAsync(judgeId, cancellationToken);
                if (judge is null || judge.Email.Length == 0) continue;
                var deadline = AwardTimes.ToLondon(cycle.JudgingDeadlineUtc).ToString("d MMMM yyyy 'at' h:mmtt", CultureInfo.GetCultureInfo("en-GB"));
                var message = new EmailTemplate($"Reminder: award judging closes {deadline}", judge.Name)
                    .Paragraph($"Judging for the {cycle.Year} Anti-Racist Pledge awards closes on {deadline}. You still have nominations to score:")
                    .Paragraph(string.Join("\n", behind))
                    .Link("Continue judging", email.Value.PublicBaseUrl.TrimEnd('/') + "/backoffice/judging")
                    .To(judge.Email, judge.Name, "awards-judging-reminder",
                        $"awards-judging-reminder:{cycle.Id}:{judgeId}:{reminder.Value:yyyy-MM-dd}");
                if (await outbox.EnqueueOnceAsync(message, cancellationToken)) sent++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        if (sent > 0) logger.LogInformation("Queued {Count} judging reminders", sent);
    }
}

/// <summary>
/// Deletes personal data once a cycle's retention period has ended (nominations close + retention days):
/// every nominator's name, email, phone and relationship; every supporting file; and for unsuccessful
/// individual nominees (not shortlisted, highly commended or a winner, whose names are public) their name,
/// contact details, the answers about them and judges' comments. Unfinished drafts are deleted outright.
/// Category, eligibility, outcome and numeric scores stay, so the counts remain. Logged, and recorded on the cycle.
/// </summary>
public sealed class AwardRetentionJob(PledgeDbContext db, AwardFiles files, SiteClock clock, ILogger<AwardRetentionJob> logger) : IRecurringJob
{
    public const string Deleted = "(deleted)";
    public string Name => "awards-retention";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cycles = (await db.Set<AwardCycle>().Where(c => c.PersonalDataDeletedUtc == null).ToListAsync(cancellationToken))
            .Where(c => c.RetentionEndsUtc <= now).ToList();
        foreach (var cycle in cycles)
        {
            var nominations = await db.Set<Nomination>().Include(n => n.Answers).Include(n => n.Category)
                .Where(n => n.CycleId == cycle.Id).ToListAsync(cancellationToken);
            int drafts = 0, nominators = 0, nominees = 0;
            foreach (var n in nominations)
            {
                if (n.Status == NominationStatus.Draft)
                {
                    files.Delete(n.SupportingFileStoredName);
                    db.Remove(n);
                    drafts++;
                    continue;
                }
                if (n.PersonalDataDeletedUtc is not null) continue;
                n.NominatorName = null;
                n.NominatorEmail = null;
                n.NominatorPhone = null;
                n.NominatorRelationship = null;
                files.Delete(n.SupportingFileStoredName);
                n.SupportingFileStoredName = null;
                n.SupportingFileName = null;
                n.SupportingFileContentType = null;
                nominators++;
                var unsuccessfulIndividual = n.Category?.NomineeKind == NomineeKind.Individual && n.Outcome == NominationOutcome.None;
                if (unsuccessfulIndividual)
                {
                    n.NomineeName = Deleted;
                    n.NomineeEmail = null;
                    n.NomineePhone = null;
                    foreach (var answer in n.Answers) answer.Text = Deleted;
                    foreach (var score in await db.Set<NominationScore>().Where(s => s.NominationId == n.Id && s.Comment != null).ToListAsync(cancellationToken))
                        score.Comment = null;
                    nominees++;
                }
                n.PersonalDataDeletedUtc = now;
            }
            cycle.PersonalDataDeletedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation(
                "Awards {Year}: retention period ended; deleted personal data of {Nominators} nominators and {Nominees} unsuccessful individual nominees, and {Drafts} unfinished drafts",
                cycle.Year, nominators, nominees, drafts);
        }
    }
}

public static class AwardTimes
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    public static DateTime ToLondon(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);
    /// <summary>The UTC instant of a London wall-clock time on a date.</summary>
    public static DateTime FromLondon(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), London);
    public static string Format(DateTime utc) => ToLondon(utc).ToString("d MMMM yyyy, h:mmtt", CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
    public static string FormatDate(DateTime utc) => ToLondon(utc).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
