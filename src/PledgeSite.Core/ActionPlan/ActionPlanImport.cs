using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.ActionPlan;

/// <summary>
/// Loads the action plan from the tab-separated files in seeds/action-plan (made from the council's tables by
/// convert.py there). Adds only what is missing, keyed by theme slug, recommendation code and action position,
/// so a rerun changes nothing and never overwrites an editor's progress updates.
/// </summary>
public sealed class ActionPlanImport(PledgeDbContext db, ActionOwners owners)
{
    public sealed record Result(int Themes, int Outcomes, int Recommendations, int Actions);

    public async Task<Result> ImportAsync(string directory, CancellationToken cancellationToken)
    {
        var added = new int[4];
        var themes = await db.Set<Theme>().Include(t => t.Outcomes).ToDictionaryAsync(t => t.Slug, cancellationToken);
        foreach (var row in Tsv.Read(Path.Combine(directory, "themes.tsv")))
        {
            if (themes.ContainsKey(row["slug"])) continue;
            var theme = new Theme { Slug = row["slug"], Name = row["name"], SortOrder = Number(row, "order") };
            db.Add(theme);
            themes[theme.Slug] = theme;
            added[0]++;
        }
        foreach (var row in Tsv.Read(Path.Combine(directory, "outcomes.tsv")))
        {
            var theme = Required(themes, row["theme"], row);
            var order = Number(row, "order");
            if (theme.Outcomes.Any(o => o.SortOrder == order)) continue;
            theme.Outcomes.Add(new Outcome { SortOrder = order, Text = row["outcome"] });
            added[1]++;
        }
        var recommendations = await db.Set<Recommendation>().Include(r => r.Actions).ThenInclude(a => a.Owners).ToDictionaryAsync(r => r.Code, cancellationToken);
        foreach (var row in Tsv.Read(Path.Combine(directory, "recommendations.tsv")))
        {
            if (recommendations.ContainsKey(row["code"])) continue;
            var recommendation = new Recommendation
            {
                Code = row["code"],
                Slug = Recommendation.SlugFor(row["code"]),
                Theme = Required(themes, row["theme"], row),
                SortOrder = Number(row, "order"),
                Title = row["title"],
                Description = row["description"],
            };
            db.Add(recommendation);
            recommendations[recommendation.Code] = recommendation;
            added[2]++;
        }
        foreach (var row in Tsv.Read(Path.Combine(directory, "actions.tsv")))
        {
            var recommendation = Required(recommendations, row["recommendation"], row);
            var order = Number(row, "order");
            if (recommendation.Actions.Any(a => a.SortOrder == order)) continue;
            var start = SeedDate.Read(row["start"]);
            var dueText = Blank(row["due_revised"]) ?? Blank(row["due"]);
            var due = SeedDate.Read(dueText);
            recommendation.Actions.Add(new PlanAction
            {
                SortOrder = order,
                Text = row["action"],
                Resource = Blank(row["resource"]),
                StartText = Blank(row["start"]),
                StartDate = start.Date,
                StartNote = start.Note,
                DueText = dueText,
                PlannedDueText = Blank(row["due_revised"]) is null ? null : Blank(row["due"]),
                DueDate = due.Date,
                DueNote = due.Note,
                IsOngoing = due.Ongoing,
                Owner = Blank(row["owner"]),
                ProgressUpdate = Blank(row["progress_update"]),
                Rag = ReadRag(row["rag"], row),
                SeedSource = row["source"],
            });
            added[3]++;
        }
        // Every action names its owners from the one list (also actions imported before there was a list).
        await owners.LinkAsync(recommendations.Values.SelectMany(r => r.Actions).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Result(added[0], added[1], added[2], added[3]);
    }

    /// <summary>RAG wording as councils write it; anything else stops the import rather than guess.</summary>
    public static RagRating? ParseRag(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "" or "not rated" or "notrated" => RagRating.NotRated,
        "r" or "red" => RagRating.Red,
        "a" or "amber" => RagRating.Amber,
        "g" or "green" => RagRating.Green,
        "b" or "blue" or "complete" or "completed" => RagRating.Complete,
        _ => null,
    };

    private static RagRating ReadRag(string text, IReadOnlyDictionary<string, string> row) =>
        ParseRag(text) ?? throw new InvalidDataException($"Unknown RAG rating '{text}' in seed row {row["source"]}.");

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static int Number(IReadOnlyDictionary<string, string> row, string column) =>
        int.Parse(row[column], NumberStyles.None, CultureInfo.InvariantCulture);

    private static T Required<T>(Dictionary<string, T> items, string key, IReadOnlyDictionary<string, string> row) =>
        items.TryGetValue(key, out var item) ? item
            : throw new InvalidDataException($"Seed row refers to unknown '{key}': {string.Join(" | ", row.Values)}");
}

/// <summary>Tab-separated files with a header row, UTF-8, no quoting (cells never hold tabs or line breaks).</summary>
public static class Tsv
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty")).Split('\t');
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0) continue;
            var cells = text.Split('\t');
            if (cells.Length != header.Length)
                throw new InvalidDataException($"{Path.GetFileName(path)} line {line}: {cells.Length} cells, expected {header.Length}.");
            yield return header.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }
    }
}
