using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Awards;

/// <summary>One judge's complete set of scores for one nomination (criterion id → score).</summary>
public sealed record JudgeScoreSheet(string JudgeUserId, int NominationId, IReadOnlyDictionary<int, int> Scores);

/// <summary>A nomination's place in its category's ranking.</summary>
public sealed record RankedNomination(
    int NominationId,
    int Rank,
    double NormalisedScore,
    double MeanWeightedPercent,
    int JudgeCount,
    double Spread,
    bool JudgesDisagree,
    IReadOnlyDictionary<string, double> ZScoreByJudge);

/// <summary>
/// Ranks a category's nominations so that a harsh and a lenient judge count equally.
/// 1. Each judge's weighted total for a nomination: the sum over criteria of weight × (score − min) / (max − min),
///    divided by the sum of weights, as a percentage (0–100). Only complete score sheets count, and never a
///    judge's sheet for a nomination they declared a conflict on.
/// 2. Each judge's totals are turned into z-scores across the nominations that judge scored in the category:
///    (total − the judge's mean) / the judge's standard deviation (population). A judge who scored only one
///    nomination, or gave every nomination the same total, contributes 0 (no information about order).
/// 3. A nomination's normalised score is the mean of its judges' z-scores; the ranking sorts by it
///    (ties broken by the mean weighted percentage, then by id).
/// 4. The spread is the largest minus the smallest z-score a nomination received; at or above
///    <see cref="DisagreementThreshold"/> (1.5 standard deviations) the judges are flagged as disagreeing strongly.
/// </summary>
public static class AwardRanking
{
    public const double DisagreementThreshold = 1.5;

    public static double WeightedPercent(IReadOnlyList<AwardCriterion> criteria, IReadOnlyDictionary<int, int> scores)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(scores);
        double weights = criteria.Sum(c => c.Weight);
        if (weights <= 0) return 0;
        double total = 0;
        foreach (var c in criteria)
        {
            var range = c.MaxScore - c.MinScore;
            var value = scores.TryGetValue(c.Id, out var v) ? v : c.MinScore;
            total += range <= 0 ? 0 : c.Weight * (double)(value - c.MinScore) / range;
        }
        return 100 * total / weights;
    }

    public static IReadOnlyList<RankedNomination> Rank(
        IReadOnlyList<AwardCriterion> criteria, IEnumerable<int> nominationIds, IEnumerable<JudgeScoreSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var ids = nominationIds.ToHashSet();
        var complete = sheets
            .Where(s => ids.Contains(s.NominationId) && criteria.All(c => s.Scores.ContainsKey(c.Id)))
            .Select(s => (s.JudgeUserId, s.NominationId, Percent: WeightedPercent(criteria, s.Scores)))
            .ToList();

        var z = new Dictionary<int, Dictionary<string, double>>();
        foreach (var judge in complete.GroupBy(s => s.JudgeUserId))
        {
            var totals = judge.ToList();
            var mean = totals.Average(t => t.Percent);
            var sd = Math.Sqrt(totals.Average(t => (t.Percent - mean) * (t.Percent - mean)));
            foreach (var t in totals)
            {
                if (!z.TryGetValue(t.NominationId, out var byJudge)) z[t.NominationId] = byJudge = new(StringComparer.Ordinal);
                byJudge[judge.Key] = sd < 1e-9 ? 0 : (t.Percent - mean) / sd;
            }
        }

        var rows = ids.Select(id =>
        {
            var byJudge = z.TryGetValue(id, out var d) ? d : new Dictionary<string, double>(StringComparer.Ordinal);
            var percents = complete.Where(c => c.NominationId == id).Select(c => c.Percent).ToList();
            var normalised = byJudge.Count == 0 ? 0 : byJudge.Values.Average();
            var spread = byJudge.Count < 2 ? 0 : byJudge.Values.Max() - byJudge.Values.Min();
            return (Id: id, Normalised: normalised, Mean: percents.Count == 0 ? 0 : percents.Average(), Judges: byJudge.Count, Spread: spread, ByJudge: byJudge);
        })
        .OrderByDescending(r => r.Judges > 0)
        .ThenByDescending(r => Math.Round(r.Normalised, 9))
        .ThenByDescending(r => Math.Round(r.Mean, 9))
        .ThenBy(r => r.Id)
        .ToList();

        return rows.Select((r, i) => new RankedNomination(r.Id, i + 1, r.Normalised, r.Mean, r.Judges, r.Spread,
            r.Spread >= DisagreementThreshold, r.ByJudge)).ToList();
    }

    /// <summary>Ranks a category from the database: submitted, eligible nominations; conflicted judges' scores left out.</summary>
    public static async Task<IReadOnlyList<RankedNomination>> RankCategoryAsync(PledgeDbContext db, int categoryId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var criteria = await db.Set<AwardCriterion>().Where(c => c.CategoryId == categoryId).OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var nominationIds = await db.Set<Nomination>()
            .Where(n => n.CategoryId == categoryId && n.Status == NominationStatus.Submitted && n.Eligibility == NominationEligibility.Eligible)
            .Select(n => n.Id).ToListAsync(cancellationToken);
        var sheets = await ScoreSheetsAsync(db, nominationIds, cancellationToken);
        return Rank(criteria, nominationIds, sheets);
    }

    /// <summary>Every judge's score sheet for these nominations, without the sheets of judges who declared a conflict.</summary>
    public static async Task<IReadOnlyList<JudgeScoreSheet>> ScoreSheetsAsync(PledgeDbContext db, IReadOnlyCollection<int> nominationIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var scores = await db.Set<NominationScore>().Where(s => nominationIds.Contains(s.NominationId)).ToListAsync(cancellationToken);
        var conflicts = (await db.Set<ConflictOfInterest>().Where(c => nominationIds.Contains(c.NominationId))
            .Select(c => new { c.NominationId, c.JudgeUserId }).ToListAsync(cancellationToken))
            .Select(c => (c.NominationId, c.JudgeUserId)).ToHashSet();
        return scores
            .Where(s => !conflicts.Contains((s.NominationId, s.JudgeUserId)))
            .GroupBy(s => (s.JudgeUserId, s.NominationId))
            .Select(g => new JudgeScoreSheet(g.Key.JudgeUserId, g.Key.NominationId, g.ToDictionary(s => s.CriterionId, s => s.Value)))
            .ToList();
    }
}
