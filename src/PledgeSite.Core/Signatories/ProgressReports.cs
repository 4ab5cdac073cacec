using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Signatories;

/// <summary>
/// Files annual progress reports: one per target per reporting period (the pledge's due date). When every current
/// target of the pledge has its report for the period, the next report falls due a year later.
/// </summary>
public sealed class ProgressReports(PledgeDbContext db, SiteClock clock)
{
    public const int MaxEvidenceBytes = 5 * 1024 * 1024;

    /// <summary>The report a target's form edits: a queried one first, else the one for the current period (or null).</summary>
    public async Task<ProgressReport?> CurrentAsync(Pledge pledge, int targetId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        var reports = db.Set<ProgressReport>().Include(r => r.EvidenceFile).Where(r => r.PledgeId == pledge.Id && r.TargetId == targetId);
        return await reports.Where(r => r.Status == ProgressReportStatus.Queried).OrderByDescending(r => r.PeriodDueUtc).FirstOrDefaultAsync(cancellationToken)
            ?? (pledge.NextReportDueUtc is { } due ? await reports.FirstOrDefaultAsync(r => r.PeriodDueUtc == due, cancellationToken) : null);
    }

    /// <summary>Reports of the pledge for its current period and any still queried, keyed by target.</summary>
    public async Task<Dictionary<int, ProgressReport>> ForPledgeAsync(Pledge pledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        var due = pledge.NextReportDueUtc;
        var reports = await db.Set<ProgressReport>().AsNoTracking()
            .Where(r => r.PledgeId == pledge.Id && (r.PeriodDueUtc == due || r.Status == ProgressReportStatus.Queried))
            .ToListAsync(cancellationToken);
        return reports.GroupBy(r => r.TargetId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Status == ProgressReportStatus.Queried).First());
    }

    /// <summary>
    /// Saves a new report for the target's current period, or amends <paramref name="existing"/> (answering a query).
    /// Moves the pledge's next due date on a year once every approved target has reported. Saves.
    /// </summary>
    public async Task SaveAsync(Pledge pledge, Target target, ProgressReport? existing, decimal value, DateOnly valueDate, string narrative,
        string? evidenceUrl, ProgressReportEvidence? evidence, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(target);
        var now = clock.GetUtcNow().UtcDateTime;
        var period = existing?.PeriodDueUtc ?? pledge.NextReportDueUtc ?? throw new InvalidOperationException("The pledge has no report due.");
        var report = existing ?? new ProgressReport { PledgeId = pledge.Id, TargetId = target.Id, PeriodDueUtc = period, SubmittedUtc = now };
        if (existing is null) db.Add(report);
        else
        {
            report.UpdatedUtc = now;
            if (report.Status == ProgressReportStatus.Queried) report.Status = ProgressReportStatus.Answered;
        }
        report.ValueReached = value;
        report.ValueDate = valueDate;
        report.Narrative = narrative;
        report.EvidenceUrl = evidenceUrl;
        if (evidence is not null) report.EvidenceFile = evidence;
        db.Add(new PledgeHistoryEntry
        {
            PledgeId = pledge.Id, OccurredUtc = now, FromStatus = pledge.Status, ToStatus = pledge.Status,
            Actor = actor, ActorKind = HistoryActorKind.Organisation,
            Event = (existing is null ? "Progress report filed: " : "Progress report amended: ") + target.Measure,
        });
        await db.SaveChangesAsync(cancellationToken);

        if (existing is null) await CompletePeriodIfDoneAsync(pledge, period, cancellationToken);
    }

    /// <summary>
    /// What the yearly report asks about in words, beside the targets: each approved own action, and each approved
    /// commitment that no approved target measures (so a commitment without a target is still reported on), except
    /// R1.A, the pledge itself, which the whole report answers.
    /// </summary>
    public static WrittenItems WrittenItemsOf(Pledge pledge)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        var measured = pledge.Targets.Where(t => t.ApprovedUtc != null && t.CommitmentId != null).Select(t => t.CommitmentId!.Value).ToHashSet();
        return new WrittenItems(
            pledge.OwnActions.Where(a => a.ApprovedUtc != null).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToList(),
            pledge.Commitments.Where(c => c.ApprovedUtc != null && !measured.Contains(c.CommitmentId) && !c.Commitment.IsPledgeItself)
                .Select(c => c.Commitment).OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToList());
    }

    /// <summary>The pledge's written reports for its current period, keyed by action and by commitment.</summary>
    public async Task<List<WrittenReport>> WrittenForPledgeAsync(Pledge pledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        var due = pledge.NextReportDueUtc;
        return await db.Set<WrittenReport>().AsNoTracking().Where(r => r.PledgeId == pledge.Id && r.PeriodDueUtc == due).ToListAsync(cancellationToken);
    }

    /// <summary>The written report a form edits: the current period's for that action or commitment (or null).</summary>
    public async Task<WrittenReport?> CurrentWrittenAsync(Pledge pledge, int? actionId, int? commitmentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        if (pledge.NextReportDueUtc is not { } due) return null;
        return await db.Set<WrittenReport>().FirstOrDefaultAsync(r => r.PledgeId == pledge.Id && r.PeriodDueUtc == due
            && r.OwnActionId == actionId && r.CommitmentId == commitmentId, cancellationToken);
    }

    /// <summary>
    /// Saves (or amends) the current period's report in words on an own action or on a commitment, and moves the due
    /// date on a year once everything the period asks about is reported. Saves.
    /// </summary>
    public async Task SaveWrittenAsync(Pledge pledge, OwnAction? action, Commitment? commitment, WrittenReport? existing, OwnActionProgress? progress,
        string narrative, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        if ((action is null) == (commitment is null)) throw new ArgumentException("A written report is on one action or one commitment.");
        var now = clock.GetUtcNow().UtcDateTime;
        var period = existing?.PeriodDueUtc ?? pledge.NextReportDueUtc ?? throw new InvalidOperationException("The pledge has no report due.");
        var report = existing ?? new WrittenReport
        {
            PledgeId = pledge.Id, OwnActionId = action?.Id, CommitmentId = commitment?.Id, PeriodDueUtc = period, SubmittedUtc = now,
        };
        if (existing is null) db.Add(report);
        else report.UpdatedUtc = now;
        report.Progress = action is null ? null : progress;
        report.Narrative = narrative;
        var subject = action is not null ? "action " + action.What : $"commitment {commitment!.Code} {commitment.Title}";
        var what = (existing is null ? "Progress report filed: " : "Progress report amended: ") + subject;
        db.Add(new PledgeHistoryEntry
        {
            PledgeId = pledge.Id, OccurredUtc = now, FromStatus = pledge.Status, ToStatus = pledge.Status,
            Actor = actor, ActorKind = HistoryActorKind.Organisation,
            Event = what.Length <= 200 ? what : what[..197] + "...",
        });
        await db.SaveChangesAsync(cancellationToken);
        if (existing is null) await CompletePeriodIfDoneAsync(pledge, period, cancellationToken);
    }

    /// <summary>Moves the next due date on a year once every target, own action and untargeted commitment has its report for the period.</summary>
    private async Task CompletePeriodIfDoneAsync(Pledge pledge, DateTime period, CancellationToken cancellationToken)
    {
        if (pledge.NextReportDueUtc != period) return;
        var targetIds = await db.Set<Target>().Where(t => t.PledgeId == pledge.Id && t.ApprovedUtc != null).Select(t => t.Id).ToListAsync(cancellationToken);
        var reported = await db.Set<ProgressReport>().Where(r => r.PledgeId == pledge.Id && r.PeriodDueUtc == period).Select(r => r.TargetId).ToListAsync(cancellationToken);
        if (!targetIds.All(reported.Contains)) return;
        var written = await db.Set<WrittenReport>().Where(r => r.PledgeId == pledge.Id && r.PeriodDueUtc == period)
            .Select(r => new { r.OwnActionId, r.CommitmentId }).ToListAsync(cancellationToken);
        var items = WrittenItemsOf(pledge);
        if (!items.Actions.All(a => written.Any(w => w.OwnActionId == a.Id))) return;
        if (!items.Commitments.All(c => written.Any(w => w.CommitmentId == c.Id))) return;
        pledge.NextReportDueUtc = period.AddYears(1);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>PDF, PNG or JPEG, recognised by their first bytes; null for anything else.</summary>
    public static string? EvidenceContentType(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 5 && bytes[..5].SequenceEqual("%PDF-"u8)) return "application/pdf";
        if (bytes.Length >= 8 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "image/png";
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return "image/jpeg";
        return null;
    }
}

/// <summary>What a pledge reports on in words each year: its own actions, and its commitments that no target measures.</summary>
public sealed record WrittenItems(IReadOnlyList<OwnAction> Actions, IReadOnlyList<Commitment> Commitments);
