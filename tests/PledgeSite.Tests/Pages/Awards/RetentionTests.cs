using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Awards;

public class RetentionTests
{
    [Fact]
    public async Task Retention_deletes_nominators_and_unsuccessful_individual_nominees_personal_data_and_nothing_else()
    {
        using var site = new SiteFactory();
        var ct = TestContext.Current.CancellationToken;
        var now = site.Clock.GetUtcNow().UtcDateTime;
        // Closed 10 days ago with 30 days' retention: personal data goes 20 days from now.
        var cycle = await AwardsTestData.CycleAsync(site, 2026, now.AddDays(-40), now.AddDays(-10), now.AddDays(-5), now.AddDays(-1), retentionDays: 30);
        var later = await AwardsTestData.CycleAsync(site, 2027, now.AddDays(-5), now.AddDays(5), now.AddDays(10), now.AddDays(15), retentionDays: 30);
        var people = await AwardsTestData.CategoryAsync(site, cycle, "Community champion", NomineeKind.Individual);
        var organisations = await AwardsTestData.CategoryAsync(site, cycle, "Employer of the year", NomineeKind.Organisation);
        var laterPeople = await AwardsTestData.CategoryAsync(site, later, "Young leader", NomineeKind.Individual);
        var unsuccessful = await AwardsTestData.NominationAsync(site, people, "Unsuccessful Person", now);
        var winner = await AwardsTestData.NominationAsync(site, people, "Winning Person", now, outcome: NominationOutcome.Winner);
        var organisation = await AwardsTestData.NominationAsync(site, organisations, "Unsuccessful Ltd", now);
        var untouched = await AwardsTestData.NominationAsync(site, laterPeople, "Later Person", now);
        var judge = await AwardsTestData.JudgeAsync(site, "judge.retention@example.org", people);
        await AwardsTestData.ScoreAsync(site, judge, unsuccessful, people, 3, 4);
        var files = site.Services.GetRequiredService<AwardFiles>();
        var stored = await files.SaveAsync("%PDF-1.4 test"u8.ToArray(), ct);
        await site.WithDbAsync(async db =>
        {
            var row = await db.Set<Nomination>().SingleAsync(n => n.Id == organisation.Id, ct);
            row.SupportingFileStoredName = stored;
            row.SupportingFileName = "letter.pdf";
            db.Add(new Nomination { JourneyId = Guid.NewGuid(), CycleId = cycle.Id, CategoryId = people.Id, Status = NominationStatus.Draft, CreatedUtc = now, NominatorName = "Draft Person" });
            await db.SaveChangesAsync(ct);
        });
        Task RunJob() => site.WithScopeAsync(sp => sp.GetRequiredService<AwardRetentionJob>().RunAsync(ct));

        await RunJob();
        var beforeEnd = await site.WithDbAsync(db => db.Set<Nomination>().CountAsync(n => n.NominatorName != null, ct));
        site.Clock.SetUtcNow(now.AddDays(21));
        await RunJob();
        await RunJob(); // safe to rerun

        Assert.Equal(5, beforeEnd);
        await site.WithDbAsync(async db =>
        {
            var rows = await db.Set<Nomination>().Include(n => n.Answers).ToDictionaryAsync(n => n.Id, ct);
            Assert.Equal(4, rows.Count); // the draft is gone

            var u = rows[unsuccessful.Id];
            Assert.Equal(AwardRetentionJob.Deleted, u.NomineeName);
            Assert.Null(u.NomineeEmail);
            Assert.Null(u.NomineePhone);
            Assert.Null(u.NominatorName);
            Assert.Null(u.NominatorEmail);
            Assert.Null(u.NominatorPhone);
            Assert.Null(u.NominatorRelationship);
            Assert.Equal(AwardRetentionJob.Deleted, Assert.Single(u.Answers).Text);
            var score = await db.Set<NominationScore>().Where(s => s.NominationId == u.Id).OrderBy(s => s.CriterionId).ToListAsync(ct);
            Assert.Equal([3, 4], score.Select(s => s.Value)); // anonymous scores and counts stay
            Assert.All(score, s => Assert.Null(s.Comment));
            Assert.Equal(NominationEligibility.Eligible, u.Eligibility);

            var w = rows[winner.Id];
            Assert.Equal("Winning Person", w.NomineeName);
            Assert.NotNull(w.NomineeEmail);
            Assert.Null(w.NominatorEmail);
            Assert.NotEqual(AwardRetentionJob.Deleted, Assert.Single(w.Answers).Text);

            var o = rows[organisation.Id];
            Assert.Equal("Unsuccessful Ltd", o.NomineeName);
            Assert.Null(o.NominatorEmail);
            Assert.Null(o.SupportingFileStoredName);
            Assert.False(files.Exists(stored));

            var l = rows[untouched.Id];
            Assert.Equal("nominator@example.org", l.NominatorEmail);
            Assert.Equal("Later Person", l.NomineeName);
            Assert.Null(l.PersonalDataDeletedUtc);

            var cycles = await db.Set<AwardCycle>().ToDictionaryAsync(c => c.Year, ct);
            Assert.NotNull(cycles[2026].PersonalDataDeletedUtc);
            Assert.Null(cycles[2027].PersonalDataDeletedUtc);
            Assert.Equal(2, await db.Set<Nomination>().CountAsync(n => n.CategoryId == people.Id, ct));
        });
    }
}
