using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Awards;

/// <summary>The awards' rules that more than one page needs: open cycles, approved signatories, word counts, judges' work.</summary>
public static partial class AwardRules
{
    /// <summary>
    /// A signatory counts as "approved" for the awards when its pledge is approved and in good standing at
    /// <paramref name="utcNow"/>: Active, or ReportOverdue (a late report is a reminder, not a sanction).
    /// Lapsed (more than 90 days late) and withdrawn pledges do not count.
    /// </summary>
    public static bool IsApprovedSignatory(Pledge pledge, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        return pledge.Status == PledgeStatus.Approved
            && pledge.StandingAt(utcNow) is PledgeStanding.Active or PledgeStanding.ReportOverdue;
    }

    /// <summary>Words as GOV.UK's character count counts them: runs of non-space characters.</summary>
    public static int WordCount(string? text) => string.IsNullOrWhiteSpace(text) ? 0 : Words().Count(text);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    public static Task<AwardCycle?> OpenCycleAsync(PledgeDbContext db, DateTime utcNow, CancellationToken cancellationToken = default) =>
        db.Set<AwardCycle>().Where(c => c.NominationsOpenUtc <= utcNow && c.NominationsCloseUtc > utcNow)
            .OrderBy(c => c.NominationsCloseUtc).FirstOrDefaultAsync(cancellationToken);

    public static Task<AwardCycle?> NextCycleAsync(PledgeDbContext db, DateTime utcNow, CancellationToken cancellationToken = default) =>
        db.Set<AwardCycle>().Where(c => c.NominationsOpenUtc > utcNow)
            .OrderBy(c => c.NominationsOpenUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The ids of approved signatories whose names contain <paramref name="search"/> (all when empty), by name.</summary>
    public static async Task<IReadOnlyList<Pledge>> ApprovedSignatoriesAsync(PledgeDbContext db, DateTime utcNow, string? search, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.Set<Pledge>().Where(p => p.Status == PledgeStatus.Approved);
        if (!string.IsNullOrWhiteSpace(search))
        {
            // LIKE is case-insensitive on SQLite (ASCII) and on SQL Server's default collation; wildcards typed are dropped.
            var pattern = "%" + search.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace("[", "", StringComparison.Ordinal) + "%";
            query = query.Where(p => EF.Functions.Like(p.OrganisationName, pattern));
        }
        var candidates = await query.OrderBy(p => p.OrganisationName).Take(take * 2 + 20).ToListAsync(cancellationToken);
        return candidates.Where(p => IsApprovedSignatory(p, utcNow)).Take(take).ToList();
    }

    /// <summary>Nominations a judge may see in a category: submitted, eligible, and not ones they declared a conflict on.</summary>
    public static IQueryable<Nomination> VisibleToJudge(PledgeDbContext db, string judgeUserId, int categoryId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Nomination>().Where(n => n.CategoryId == categoryId
            && n.Status == NominationStatus.Submitted
            && n.Eligibility == NominationEligibility.Eligible
            && !db.Set<ConflictOfInterest>().Any(c => c.NominationId == n.Id && c.JudgeUserId == judgeUserId));
    }

    public static Task<bool> IsAssignedAsync(PledgeDbContext db, string judgeUserId, int categoryId, CancellationToken cancellationToken = default) =>
        db.Set<JudgeAssignment>().AnyAsync(j => j.CategoryId == categoryId && j.JudgeUserId == judgeUserId, cancellationToken);

    /// <summary>How far a judge has got in a category: nominations to score, and those with every criterion scored.</summary>
    public static async Task<(int ToScore, int Scored)> ProgressAsync(PledgeDbContext db, string judgeUserId, int categoryId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await VisibleToJudge(db, judgeUserId, categoryId).Select(n => n.Id).ToListAsync(cancellationToken);
        var criteria = await db.Set<AwardCriterion>().CountAsync(c => c.CategoryId == categoryId, cancellationToken);
        var counts = await db.Set<NominationScore>().Where(s => s.JudgeUserId == judgeUserId && ids.Contains(s.NominationId))
            .GroupBy(s => s.NominationId).Select(g => g.Count()).ToListAsync(cancellationToken);
        return (ids.Count, criteria == 0 ? 0 : counts.Count(c => c >= criteria));
    }
}
