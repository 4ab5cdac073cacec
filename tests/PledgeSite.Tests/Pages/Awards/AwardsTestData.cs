using PledgeSite.Core.Entities;
using PledgeSite.Core.Staff;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Awards;

/// <summary>Builds award cycles, categories, signatories, nominations and judges straight into a test site's database.</summary>
public static class AwardsTestData
{
    private static int _counter;
    public const string Password = "Spitalfields lanterns glow seven nights";

    /// <summary>A cycle whose nominations are open at <paramref name="now"/> (opened a day ago, close in 10 days).</summary>
    public static Task<AwardCycle> OpenCycleAsync(SiteFactory site, int year, DateTime now) =>
        CycleAsync(site, year, now.AddDays(-1), now.AddDays(10), now.AddDays(20), now.AddDays(30));

    /// <summary>A cycle in judging at <paramref name="now"/>: nominations closed yesterday, judging ends in 10 days, announced in 20.</summary>
    public static Task<AwardCycle> JudgingCycleAsync(SiteFactory site, int year, DateTime now) =>
        CycleAsync(site, year, now.AddDays(-30), now.AddDays(-1), now.AddDays(10), now.AddDays(20));

    public static async Task<AwardCycle> CycleAsync(SiteFactory site, int year, DateTime opens, DateTime closes, DateTime judgingEnds, DateTime announced, int retentionDays = 180)
    {
        var cycle = new AwardCycle
        {
            Year = year, NominationsOpenUtc = opens, NominationsCloseUtc = closes, JudgingDeadlineUtc = judgingEnds,
            AnnouncementUtc = announced, RetentionDays = retentionDays,
        };
        await site.WithDbAsync(async db => { db.Add(cycle); await db.SaveChangesAsync(); });
        return cycle;
    }

    /// <summary>A category with one question (50 words) and two criteria: Impact (weight 2, 0–10) and Reach (weight 1, 0–10).</summary>
    public static async Task<AwardCategory> CategoryAsync(SiteFactory site, AwardCycle cycle, string name, NomineeKind kind,
        bool requiresSignatory = false, bool requiresTowerHamlets = false, bool selfNomination = false, int maxWords = 50)
    {
        var category = new AwardCategory
        {
            CycleId = cycle.Id, Name = name, NomineeKind = kind, RequiresApprovedSignatory = requiresSignatory,
            RequiresTowerHamletsConnection = requiresTowerHamlets, SelfNominationAllowed = selfNomination,
            Description = $"{name} description.",
            Questions = [new AwardQuestion { Text = "What have they done to tackle racism?", MaxWords = maxWords, SortOrder = 1 }],
            Criteria =
            [
                new AwardCriterion { Name = "Impact", Guidance = "What changed because of their work", Weight = 2, MinScore = 0, MaxScore = 10, SortOrder = 1 },
                new AwardCriterion { Name = "Reach", Weight = 1, MinScore = 0, MaxScore = 10, SortOrder = 2 },
            ],
        };
        await site.WithDbAsync(async db => { db.Add(category); await db.SaveChangesAsync(); });
        return category;
    }

    public static async Task<PledgeSite.Core.Entities.Pledge> ApprovedSignatoryAsync(SiteFactory site, string name, DateTime now)
    {
        var n = Interlocked.Increment(ref _counter);
        var pledge = new PledgeSite.Core.Entities.Pledge
        {
            Reference = $"ARP-T-{n:D5}{Random.Shared.Next(1000):D3}", Slug = $"{name.ToLowerInvariant().Replace(' ', '-')}-{n}-{Random.Shared.Next(100000)}",
            OrganisationName = name, OrganisationType = OrganisationType.Business, Status = PledgeStatus.Approved, ConsentToPublish = true,
            CreatedUtc = now.AddDays(-100), ApprovedUtc = now.AddDays(-90), NextReportDueUtc = now.AddDays(275),
        };
        await site.WithDbAsync(async db => { db.Add(pledge); await db.SaveChangesAsync(); });
        return pledge;
    }

    /// <summary>A submitted, eligible nomination with an answer and the nominator's details.</summary>
    public static async Task<Nomination> NominationAsync(SiteFactory site, AwardCategory category, string nominee, DateTime now,
        NominationEligibility eligibility = NominationEligibility.Eligible, int? pledgeId = null, string nominatorEmail = "nominator@example.org",
        NominationOutcome outcome = NominationOutcome.None)
    {
        var n = Interlocked.Increment(ref _counter);
        var nomination = new Nomination
        {
            JourneyId = Guid.NewGuid(), CycleId = category.CycleId, CategoryId = category.Id, Status = NominationStatus.Submitted,
            Reference = $"T{n:D6}{Random.Shared.Next(1000):D3}", CreatedUtc = now, SubmittedUtc = now,
            NomineeName = nominee, NomineePledgeId = pledgeId, NomineeEmail = category.NomineeKind == NomineeKind.Individual ? $"nominee{n}@example.org" : null,
            NomineePhone = category.NomineeKind == NomineeKind.Individual ? "020 7364 0000" : null,
            NomineeConnection = category.NomineeKind == NomineeKind.Individual ? TowerHamletsConnection.Live : null,
            NominatorName = $"Nominator Person{n}", NominatorEmail = nominatorEmail, NominatorPhone = "07700 900000", NominatorRelationship = "Neighbour",
            ConsentGiven = true, Eligibility = eligibility, Outcome = outcome,
            Answers = [new NominationAnswer { QuestionId = category.Questions[0].Id, Text = $"{nominee} runs a weekly anti-racism workshop." }],
        };
        await site.WithDbAsync(async db => { db.Add(nomination); await db.SaveChangesAsync(); });
        return nomination;
    }

    /// <summary>
    /// A client on https://localhost, signed in as staff: outside Development the staff cookie is Secure, and
    /// HttpClient's cookie container sends Secure cookies only over https.
    /// </summary>
    public static async Task<HtmlClient> StaffClientAsync(SiteFactory site, string email)
    {
        var client = new HtmlClient(site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        }));
        await client.SignInAsStaffAsync(email, Password);
        return client;
    }

    public static async Task<StaffMember> JudgeAsync(SiteFactory site, string email, params AwardCategory[] categories)
    {
        var judge = await site.CreateStaffAsync(email, Password, StaffRoles.Judge);
        await site.WithDbAsync(async db =>
        {
            foreach (var c in categories) db.Add(new JudgeAssignment { CategoryId = c.Id, JudgeUserId = judge.Id });
            await db.SaveChangesAsync();
        });
        return judge;
    }

    /// <summary>Stores a judge's scores for a nomination: criterion values in the category's criteria order.</summary>
    public static Task ScoreAsync(SiteFactory site, StaffMember judge, Nomination nomination, AwardCategory category, params int[] values) =>
        site.WithDbAsync(async db =>
        {
            for (var i = 0; i < values.Length; i++)
                db.Add(new NominationScore { NominationId = nomination.Id, CriterionId = category.Criteria[i].Id, JudgeUserId = judge.Id, Value = values[i], Comment = "Strong evidence", UpdatedUtc = DateTime.UnixEpoch });
            await db.SaveChangesAsync();
        });
}
