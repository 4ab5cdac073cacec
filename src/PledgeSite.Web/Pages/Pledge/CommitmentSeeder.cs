using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge;

/// <summary>
/// Loads the starter commitments from the action plan in seeds/ (recommendations R1.A to R1.F, R.2, R.3, R.16, R.17,
/// R.20 to R.23). Each is worded as the signatory's own commitment ("We will ..."), and its guidance quotes the
/// recommendation it answers in the Commission's words. Adds codes not already there; a starter commitment still
/// holding the Commission's sentence as its text (as earlier versions seeded it) and never edited is reworded. R1.A,
/// the pledge itself, is always required.
/// </summary>
public sealed partial class CommitmentSeeder(PledgeDbContext db, SiteClock clock, IHostEnvironment environment, ILogger<CommitmentSeeder> logger) : IStartupSeeder
{
    public int Order => 20;

    /// <summary>The types of organisation that employ staff, offered the employer commitments R.16 and R.17.</summary>
    private const string Employers = "PublicBody,Business,CharityOrVoluntaryGroup,Health,Housing";

    /// <summary>
    /// The recommendations organisations can commit to: the title as the plan writes it, the commitment in the
    /// signatory's own words, whether every pledge makes it (where the plan says signatories "must", and R1.A, the pledge
    /// itself), and who it is offered to (null: everyone).
    /// </summary>
    internal static readonly (string Code, string Title, string Wording, bool Required, string? OfferedTo)[] Starter =
    [
        ("R1.A", "Race Equality Pledge", "We sign the Tower Hamlets Anti-Racist Pledge: we commit publicly to becoming an anti-racist organisation, we publish the actions we will take, and we report our progress every year.", true, null),
        ("R1.B", "Race Equality Network", "We will work with the Tower Hamlets Race Equality Network, tell it how we are delivering our pledge, and take part in its conversations about race equality.", false, null),
        ("R1.C", "Targeted Interventions", "We will recognise the different needs of each of the borough's Black, Asian and Minority Ethnic communities, including the Somali community, and tailor what we do to them.", false, null),
        ("R1.D", "Targets", "We will set ambitious targets for addressing race inequality in our organisation, manage our performance against them, and report our progress publicly every year.", true, null),
        ("R1.E", "Data", "We will collect, break down and analyse our data by ethnic group, in enough detail to understand the inequalities that each community faces.", true, null),
        ("R1.F", "Influence", "We will use our influence with our contractors, the organisations we fund and our partners so that they meet the standards of the pledge.", true, null),
        ("R.2", "Organisational Culture", "We will create a culture that values diversity and helps Black, Asian and Minority Ethnic people into leadership roles in our governance.", true, null),
        ("R.3", "Training, Development and Peer Support", "We will offer Black, Asian and Minority Ethnic people support, training, mentoring and development to reach leadership roles, at every level from entry to chair.", false, null),
        ("R.16", "Testing & Assessment", "We will help Black, Asian and Minority Ethnic young people prepare for recruitment tests and assessments, for example through mock recruitment programmes and interview practice.", false, Employers),
        ("R.17", "Awareness", "We will open up careers to Black, Asian and Minority Ethnic young people, their parents and carers, for example through mentoring, work experience and careers events.", false, Employers),
        ("R.20", "Recruitment Processes", "We will review our recruitment processes so that they are well designed and leave no room for bias.", false, null),
        ("R.21", "Representation", "We will publish our ethnicity data, including our pay gap and the ethnic profile of our senior leadership, and monitor our progress.", false, null),
        ("R.22", "Diversity in Schools", "We will recruit more Black, Asian and Minority Ethnic governors, and support more Black, Asian and Minority Ethnic teachers into leadership roles, including head and deputy head.", false, nameof(OrganisationType.SchoolOrCollege)),
        ("R.23", "Safe Space", "We will create a safe space for open and honest conversations about race in our organisation.", false, null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var codes = Starter.Select(s => s.Code).ToList();
        var existing = await db.Set<Commitment>().Where(c => codes.Contains(c.Code)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // R1.A is the pledge itself: required whatever was edited.
        foreach (var pledgeItself in existing.Where(c => c.IsPledgeItself && !c.IsRequired))
        {
            pledgeItself.IsRequired = true;
            pledgeItself.UpdatedUtc = now;
        }
        var file = FindActionPlan();
        if (file is null)
        {
            if (Starter.Any(s => existing.All(c => c.Code != s.Code))) logger.LogWarning("No action plan found in seeds/; the pledge has no starter commitments");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        var lines = await File.ReadAllLinesAsync(file, cancellationToken);
        foreach (var commitment in Parse(lines))
        {
            var current = existing.FirstOrDefault(c => c.Code == commitment.Code);
            if (current is null)
            {
                commitment.CreatedUtc = commitment.UpdatedUtc = now;
                db.Set<Commitment>().Add(commitment);
            }
            else if (current.UpdatedUtc == current.CreatedUtc && current.Text == RecommendationText(lines, commitment.Code))
            {
                // Seeded with the Commission's sentence to the council and never edited: reword it as the signatory's own.
                current.Text = commitment.Text;
                current.Guidance = commitment.Guidance;
                current.IsRequired = commitment.IsRequired;
                current.OfferedTo = commitment.OfferedTo;
                current.UpdatedUtc = current.CreatedUtc = now;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private string? FindActionPlan()
    {
        string[] folders = [Path.Combine(AppContext.BaseDirectory, "seeds"), Path.Combine(environment.ContentRootPath, "seeds"),
            Path.Combine(environment.ContentRootPath, "..", "..", "seeds")];
        return folders.Where(Directory.Exists)
            .SelectMany(f => Directory.GetFiles(f, "*.txt").Order(StringComparer.Ordinal))
            .FirstOrDefault(f => File.ReadLines(f).Any(l => l.StartsWith("R1.A. Race Equality Pledge", StringComparison.Ordinal)));
    }

    /// <summary>Reads the starter commitments out of the action plan's text (tab-separated tables).</summary>
    internal static List<Commitment> Parse(IReadOnlyList<string> lines)
    {
        var result = new List<Commitment>();
        var order = 0;
        foreach (var (code, title, wording, required, offeredTo) in Starter)
        {
            order += 10;
            if (RecommendationText(lines, code) is not { } recommendation) continue;
            result.Add(new Commitment
            {
                Code = code,
                Title = title,
                Text = wording,
                Guidance = $"This answers recommendation {code} ({title}) of the Tower Hamlets Black, Asian and Minority Ethnic Inequalities Commission: {recommendation}",
                IsRequired = required,
                OfferedTo = offeredTo,
                RecommendationCode = code,
                SortOrder = order,
                IsActive = true,
            });
        }
        return result;
    }

    /// <summary>The recommendation's own words in the action plan (the line after its code and title), or null.</summary>
    internal static string? RecommendationText(IReadOnlyList<string> lines, string code)
    {
        var title = Starter.First(s => s.Code == code).Title;
        var prefix = code + ".";
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith(prefix, StringComparison.Ordinal)) { start = i; break; }
        }
        if (start < 0) return null;
        var rest = Clean(lines[start][prefix.Length..]);
        var text = rest.StartsWith(title, StringComparison.Ordinal) ? rest[title.Length..].Trim() : rest;
        if (text.Length > 0) return text;
        var next = start + 1;
        while (next < lines.Count && Clean(lines[next]).Length == 0) next++;
        return next < lines.Count && !IsRecommendation(lines[next]) ? Clean(lines[next]) : null;
    }

    private static bool IsRecommendation(string line) => RecommendationPattern().IsMatch(line);

    private static string Clean(string line) => line.Replace('\t', ' ').Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"^R1?\.[A-Z0-9]+\.")]
    private static partial System.Text.RegularExpressions.Regex RecommendationPattern();
}
