using System.Globalization;
using System.Text;
using Bogus;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Signatories;

/// <summary>
/// A realistic, clearly fictional set of approved signatories for demos and benchmarks: Bogus organisations with
/// commitments from the catalogue, public and private targets, yearly progress reports, and contacts at
/// example.org. References start "DEMO-" and websites use the reserved ".example" domain, so nobody mistakes them
/// for real pledges. Inserted in batches without auditing (it is not anyone's activity).
/// </summary>
public static class DemoSignatories
{
    private static readonly (string Measure, string Unit, decimal From, decimal To)[] Measures =
    [
        ("Senior leaders from Black, Asian and minority ethnic backgrounds", "%", 8, 25),
        ("Staff who have completed anti-racism training", "%", 10, 90),
        ("Apprentices recruited from Tower Hamlets' minority ethnic communities", "people", 2, 12),
        ("Spend with local businesses led by people from minority ethnic backgrounds", "%", 3, 15),
        ("Ethnicity pay gap (median hourly pay)", "%", 14, 5),
        ("Board members from Black, Asian and minority ethnic backgrounds", "%", 10, 40),
        ("Interview shortlists that include a minority ethnic candidate", "%", 40, 95),
        ("Staff who say they can report racism and be listened to", "%", 45, 85),
    ];

    private static readonly string[] Narratives =
    [
        "We introduced diverse interview panels and anonymised shortlisting for every senior vacancy.",
        "Every manager completed a day of anti-racism training, and we added it to our induction for new staff.",
        "We worked with local schools and community groups to advertise apprenticeships in Bengali and Somali as well as English.",
        "We set up a staff race equality network, which the board now consults on every policy change.",
        "We changed our procurement rules so that quotes are sought from at least one local minority-ethnic-led business.",
        "We published our ethnicity pay gap for the first time and agreed an action plan with our staff network.",
        "We ran listening sessions with staff and acted on what they told us about reporting racism.",
    ];

    /// <summary>Creates <paramref name="count"/> approved signatories and returns how many were created.</summary>
    public static async Task<int> CreateAsync(PledgeDbContext db, int count, DateTime nowUtc, int seed = 20261124, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        Randomizer.Seed = new Random(seed);
        var faker = new Faker("en_GB");
        var commitments = await db.Set<Commitment>().AsNoTracking().Where(c => c.IsActive).ToListAsync(cancellationToken);
        var required = commitments.Where(c => c.IsRequired).Select(c => c.Id).ToList();
        var optional = commitments.Where(c => !c.IsRequired).Select(c => c.Id).ToList();
        var start = await db.Set<Pledge>().CountAsync(p => p.Reference.StartsWith("DEMO-"), cancellationToken);
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var done = 0; done < count;)
            {
                var batch = Math.Min(500, count - done);
                for (var i = 0; i < batch; i++)
                {
                    var n = start + done + i + 1;
                    var (pledge, reports) = Create(faker, n, nowUtc, required, optional);
                    db.Add(pledge);
                    db.AddRange(reports);
                }
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                done += batch;
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        }
        return count;
    }

    private static (Pledge Pledge, List<ProgressReport> Reports) Create(Faker f, int n, DateTime now, List<int> required, List<int> optional)
    {
        var type = f.PickRandom<OrganisationType>();
        var name = type switch
        {
            OrganisationType.SchoolOrCollege => $"{f.Address.StreetName()} {f.PickRandom("Primary School", "Academy", "College", "Secondary School")}",
            OrganisationType.CharityOrVoluntaryGroup => $"{f.Address.StreetName()} {f.PickRandom("Community Trust", "Youth Project", "Advice Centre", "Women's Network")}",
            OrganisationType.Housing => $"{f.Company.CompanyName(0)} {f.PickRandom("Homes", "Housing Association", "Housing Co-operative")}",
            OrganisationType.Health => $"{f.Address.StreetName()} {f.PickRandom("Medical Practice", "Health Centre", "Pharmacy", "Dental Care")}",
            OrganisationType.FaithGroup => $"{f.Address.StreetName()} {f.PickRandom("Mosque", "Church", "Synagogue", "Gurdwara", "Interfaith Forum")}",
            OrganisationType.PublicBody => $"{f.Address.City()} {f.PickRandom("Fire Station", "Library Service", "Job Centre", "Police Team")}",
            _ => f.Company.CompanyName(),
        };
        var slug = Slug(name) + "-" + n.ToString(CultureInfo.InvariantCulture);
        // Spread approvals over the last four years; most report on time, some are overdue, a few have lapsed.
        var approved = now.AddDays(-f.Random.Int(1, 4 * 365)).Date.AddHours(f.Random.Int(9, 17));
        var yearsSince = (int)((now - approved).TotalDays / 365.25);
        var missed = yearsSince >= 1 && f.Random.Bool(0.15f);
        var reportsFiled = missed ? yearsSince - 1 : yearsSince;
        var nextDue = approved.AddYears(reportsFiled + 1);
        if (missed) nextDue = approved.AddYears(yearsSince);
        var pledge = new Pledge
        {
            Reference = "DEMO-" + n.ToString("D6", CultureInfo.InvariantCulture),
            Slug = slug.Length > 120 ? slug[^120..].TrimStart('-') : slug,
            OrganisationName = name.Length > 200 ? name[..200] : name,
            OrganisationType = type,
            Sector = f.PickRandom(Pledges.PledgeChoices.Sectors.ToArray()),
            SizeBand = f.PickRandom(Pledges.PledgeChoices.SizeBands.ToArray()),
            CompanyNumber = type == OrganisationType.Business ? f.Random.Replace("########") : null,
            CharityNumber = type == OrganisationType.CharityOrVoluntaryGroup ? f.Random.Replace("1######") : null,
            Website = $"https://{Slug(name)}.example",
            WebsiteDomain = $"{Slug(name)}.example",
            AddressLine1 = f.Address.StreetAddress(),
            Town = "London",
            Postcode = f.PickRandom("E1", "E2", "E3", "E14") + " " + f.Random.Replace("#??").ToUpperInvariant(),
            ConsentToPublish = true,
            DeclarationAcceptedUtc = approved.AddDays(-10),
            EmailConfirmedUtc = approved.AddDays(-9),
            Status = PledgeStatus.Approved,
            CreatedUtc = approved.AddDays(-12),
            SubmittedUtc = approved.AddDays(-10),
            ApprovedUtc = approved,
            NextReportDueUtc = nextDue,
        };
        var first = f.Name.FirstName();
        var last = f.Name.LastName();
        pledge.Contacts.Add(new PledgeContact
        {
            Role = ContactRole.MainContact, Name = $"{first} {last}", JobTitle = f.Name.JobTitle(),
            Email = $"{first}.{last}.{n}@example.org".ToLowerInvariant(), Phone = "020 7946 " + f.Random.Replace("####"), CreatedUtc = pledge.CreatedUtc,
        });
        pledge.Contacts.Add(new PledgeContact
        {
            Role = ContactRole.SeniorSponsor, Name = f.Name.FullName(), JobTitle = f.PickRandom("Chief Executive", "Managing Director", "Headteacher", "Chair of Trustees"),
            Email = $"sponsor.{n}@example.org", CreatedUtc = pledge.CreatedUtc,
        });
        var chosen = required.Concat(f.PickRandom(optional, Math.Min(optional.Count, f.Random.Int(1, 4)))).Distinct().ToList();
        foreach (var commitmentId in chosen)
            pledge.Commitments.Add(new PledgeCommitment { CommitmentId = commitmentId, AddedUtc = pledge.CreatedUtc, ApprovedUtc = approved });

        var reports = new List<ProgressReport>();
        var targetCount = f.Random.Int(1, 3);
        foreach (var (measure, unit, from, to) in f.PickRandom(Measures, targetCount))
        {
            var baselineDate = DateOnly.FromDateTime(approved.AddMonths(-2));
            var baseline = Math.Round(from * f.Random.Decimal(0.7m, 1.3m), 1);
            var goal = Math.Round(to * f.Random.Decimal(0.9m, 1.1m), 1);
            var target = new Target
            {
                Measure = measure, Unit = unit, BaselineValue = baseline, BaselineDate = baselineDate,
                TargetValue = goal, TargetDate = baselineDate.AddYears(f.Random.Int(3, 5)),
                CommitmentId = chosen.Count > 0 ? f.PickRandom(chosen) : null,
                IsPublic = f.Random.Bool(0.8f), SortOrder = pledge.Targets.Count,
                CreatedUtc = pledge.CreatedUtc, UpdatedUtc = pledge.CreatedUtc, ApprovedUtc = approved,
            };
            pledge.Targets.Add(target);
            for (var year = 1; year <= reportsFiled; year++)
            {
                var due = approved.AddYears(year);
                var progress = Math.Min(1m, year / 4m) * f.Random.Decimal(0.5m, 1.2m);
                var submitted = due.AddDays(-f.Random.Int(0, 25));
                var report = new ProgressReport
                {
                    Pledge = pledge, Target = target, PeriodDueUtc = due,
                    ValueReached = Math.Round(baseline + (goal - baseline) * progress, 1),
                    ValueDate = DateOnly.FromDateTime(submitted.AddDays(-7)),
                    Narrative = f.PickRandom(Narratives),
                    EvidenceUrl = f.Random.Bool(0.5f) ? $"https://{Slug(name)}.example/anti-racist-pledge/{due.Year}" : null,
                    SubmittedUtc = submitted, Status = ProgressReportStatus.Submitted,
                };
                reports.Add(report);
            }
        }
        return (pledge, reports);
    }

    /// <summary>Lower-case words joined by hyphens, ASCII only.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
