using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge;

/// <summary>
/// Loads the starter commitments from the action plan in seeds/ (recommendations R1.A to R1.F, R.2, R.3, R.20, R.21,
/// R.23): the recommendation's own words are the commitment, its first council action is the guidance, and the ones
/// the plan says organisations "must" do are required. Adds only codes not already there, so edits are kept.
/// </summary>
public sealed partial class CommitmentSeeder(PledgeDbContext db, SiteClock clock, IHostEnvironment environment, ILogger<CommitmentSeeder> logger) : IStartupSeeder
{
    public int Order => 20;

    /// <summary>The recommendations organisations can commit to, with their titles as the plan writes them.</summary>
    internal static readonly (string Code, string Title)[] Starter =
    [
        ("R1.A", "Race Equality Pledge"), ("R1.B", "Race Equality Network"), ("R1.C", "Targeted Interventions"),
        ("R1.D", "Targets"), ("R1.E", "Data"), ("R1.F", "Influence"), ("R.2", "Organisational Culture"),
        ("R.3", "Training, Development and Peer Support"), ("R.20", "Recruitment Processes"),
        ("R.21", "Representation"), ("R.23", "Safe Space"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = await db.Set<Commitment>().Select(c => c.Code).ToListAsync(cancellationToken);
        if (Starter.All(s => existing.Contains(s.Code))) return;
        var file = FindActionPlan();
        if (file is null)
        {
            logger.LogWarning("No action plan found in seeds/; the pledge has no starter commitments");
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var commitment in Parse(await File.ReadAllLinesAsync(file, cancellationToken)))
        {
            if (existing.Contains(commitment.Code)) continue;
            commitment.CreatedUtc = commitment.UpdatedUtc = now;
            db.Set<Commitment>().Add(commitment);
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
        foreach (var (code, title) in Starter)
        {
            order += 10;
            var prefix = code + ".";
            var start = lines.ToList().FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (start < 0) continue;
            var rest = Clean(lines[start][prefix.Length..]);
            var text = rest.StartsWith(title, StringComparison.Ordinal) ? rest[title.Length..].Trim() : rest;
            var next = start + 1;
            if (text.Length == 0)
            {
                while (next < lines.Count && Clean(lines[next]).Length == 0) next++;
                if (next >= lines.Count) continue;
                text = Clean(lines[next]);
                next++;
            }
            // The first action under the recommendation shows how the council itself is doing it.
            while (next < lines.Count && Clean(lines[next]).Length == 0) next++;
            var action = next < lines.Count && !IsRecommendation(lines[next]) ? lines[next].Split('\t')[0].Trim() : null;
            result.Add(new Commitment
            {
                Code = code,
                Title = title,
                Text = text,
                Guidance = string.IsNullOrEmpty(action) ? null : "What the council is doing: " + action,
                // Required where the plan says organisations "must" (R1.D, R1.E, R1.F and R.2).
                IsRequired = text.Contains(" must ", StringComparison.Ordinal),
                RecommendationCode = code,
                SortOrder = order,
                IsActive = true,
            });
        }
        return result;
    }

    private static bool IsRecommendation(string line) => RecommendationPattern().IsMatch(line);

    private static string Clean(string line) => line.Replace('\t', ' ').Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"^R1?\.[A-Z0-9]+\.")]
    private static partial System.Text.RegularExpressions.Regex RecommendationPattern();
}
