using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.Pledge.Sign;

namespace PledgeSite.Web.Pages.Signatories;

/// <summary>
/// Sign-up journeys with every question answered and accepted, waiting on check-your-answers, so the benchmark can
/// time the POST that creates the pledge (each journey can be submitted once). Organisations are named
/// "Benchmark organisation N" with no registration numbers or website, so none is a duplicate of another.
/// </summary>
public static class BenchmarkJourneys
{
    public static async Task CreateAsync(PledgeDbContext db, int count, string idsFile, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        var commitments = await db.Set<Commitment>().AsNoTracking().Where(c => c.IsActive).ToListAsync();
        var today = DateOnly.FromDateTime(nowUtc);
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var ids = new StreamWriter(idsFile);
        try
        {
            for (var done = 0; done < count;)
            {
                var batch = Math.Min(2000, count - done);
                await using var transaction = await db.Database.BeginTransactionAsync();
                for (var i = 0; i < batch; i++)
                {
                    var answers = Answers(done + i + 1, commitments, today);
                    var journey = new SignUpJourney { Id = Guid.NewGuid(), CreatedUtc = nowUtc, UpdatedUtc = nowUtc, StateJson = SignUpJourneys.Serialize(answers) };
                    db.Add(journey);
                    await ids.WriteLineAsync(journey.Id.ToString());
                }
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                db.ChangeTracker.Clear();
                done += batch;
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }
    }

    /// <summary>A complete set of answers; throws if any step would still ask for something.</summary>
    public static SignUpAnswers Answers(int n, IReadOnlyCollection<Commitment> commitments, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        var number = n.ToString(CultureInfo.InvariantCulture);
        var chosen = commitments.Where(c => c.IsMandatory).Select(c => c.Id).ToList();
        var a = new SignUpAnswers
        {
            OrganisationName = "Benchmark organisation " + number,
            OrganisationType = nameof(OrganisationType.Business),
            Sector = Core.Pledges.PledgeChoices.Sectors[n % Core.Pledges.PledgeChoices.Sectors.Count],
            SizeBand = Core.Pledges.PledgeChoices.SizeBands[n % Core.Pledges.PledgeChoices.SizeBands.Count],
            AddressLine1 = number + " Mulberry Place",
            Town = "London",
            Postcode = "E14 2BG",
            Contact = new PersonAnswers { Name = "Benchmark Contact", JobTitle = "Equality lead", Email = $"contact.{number}@example.org" },
            Sponsor = new PersonAnswers { Name = "Benchmark Sponsor", JobTitle = "Chief Executive", Email = $"sponsor.{number}@example.org" },
            CommitmentIds = chosen,
            Statement = "We are signing the pledge to make our organisation anti-racist, starting with who we recruit and promote.",
            Actions = [new ActionAnswers { What = "Train every recruiting manager in fair recruitment", Lead = "Head of People", DueDate = DateParts.From(today.AddYears(1)) }],
            Targets =
            [
                new TargetAnswers
                {
                    Measure = "Staff who have completed anti-racism training", Unit = "%", BaselineValue = "10", TargetValue = "90",
                    BaselineDate = DateParts.From(today.AddMonths(-1)), TargetDate = DateParts.From(today.AddYears(3)), IsPublic = "yes",
                },
            ],
            ConsentToPublish = "yes",
            DeclarationAccepted = true,
        };
        foreach (var step in SignUpSteps.All)
        {
            var errors = SignUpSteps.Check(step.Slug, a, commitments, today);
            if (errors.Count > 0) throw new InvalidOperationException($"Benchmark journey step {step.Slug}: {errors[0].Message}");
            a.Completed.Add(step.Slug);
        }
        return a;
    }
}
