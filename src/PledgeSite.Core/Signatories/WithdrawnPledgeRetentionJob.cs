using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Jobs;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Signatories;

/// <summary>
/// Removes the personal data of withdrawn pledges (their contacts: main contact, senior sponsor and colleagues,
/// with their sign-in links) once <c>Pledges:RetentionDaysAfterWithdrawal</c> days (default 365) have passed
/// since withdrawal. The organisation's own details stay, so the history of the pledge still reads. Each removal is
/// logged and noted in the pledge's history.
/// </summary>
public sealed class WithdrawnPledgeRetentionJob(PledgeDbContext db, SiteClock clock, IConfiguration configuration, ILogger<WithdrawnPledgeRetentionJob> log) : IRecurringJob
{
    public const string RetentionSetting = "Pledges:RetentionDaysAfterWithdrawal";

    public string Name => "withdrawn-pledge-retention";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var days = Math.Max(0, configuration.GetValue(RetentionSetting, 365));
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddDays(-days);
        while (true)
        {
            var pledges = await db.Set<Pledge>()
                .Where(p => p.Status == PledgeStatus.Withdrawn && p.WithdrawnUtc != null && p.WithdrawnUtc < cutoff && p.Contacts.Any())
                .OrderBy(p => p.Id)
                .Include(p => p.Contacts)
                .Take(100)
                .ToListAsync(cancellationToken);
            if (pledges.Count == 0) return;
            foreach (var pledge in pledges)
            {
                var count = pledge.Contacts.Count;
                var contactIds = pledge.Contacts.Select(c => c.Id).ToList();
                db.RemoveRange(await db.Set<SignatoryToken>().Where(t => contactIds.Contains(t.ContactId)).ToListAsync(cancellationToken));
                db.RemoveRange(pledge.Contacts);
                pledge.History.Add(new PledgeHistoryEntry
                {
                    OccurredUtc = now,
                    FromStatus = PledgeStatus.Withdrawn,
                    ToStatus = PledgeStatus.Withdrawn,
                    Actor = "the site",
                    ActorKind = HistoryActorKind.System,
                    Event = "Personal data removed",
                    Comment = $"{count} contact(s) removed {days} days after the pledge was withdrawn.",
                });
                log.LogInformation("Removed {Count} contact(s) of withdrawn pledge {Reference} (withdrawn {Withdrawn:yyyy-MM-dd}, retention {Days} days)",
                    count, pledge.Reference, pledge.WithdrawnUtc, days);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
