using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.ActionPlan;

/// <summary>Records editors' progress updates and RAG ratings, keeping each change with who made it and when.</summary>
public sealed class ActionProgress(PledgeDbContext db, SiteClock clock)
{
    /// <summary>Applies one change to a tracked action and adds it to its history. The caller saves.</summary>
    public bool Apply(PlanAction action, string? progressUpdate, RagRating rag, string who, string how)
    {
        ArgumentNullException.ThrowIfNull(action);
        var progress = string.IsNullOrWhiteSpace(progressUpdate) ? null : progressUpdate.Trim();
        if (progress == action.ProgressUpdate && rag == action.Rag) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new PlanActionChange
        {
            PlanAction = action, ChangedUtc = now, ChangedBy = who, How = how,
            PreviousProgressUpdate = action.ProgressUpdate, ProgressUpdate = progress,
            PreviousRag = action.Rag, Rag = rag,
        });
        action.ProgressUpdate = progress;
        action.Rag = rag;
        action.UpdatedUtc = now;
        action.UpdatedBy = who;
        action.Version = Guid.NewGuid();
        return true;
    }

    /// <summary>Applies a confirmed bulk update in one transaction; refuses if any action changed since the preview.</summary>
    public async Task<int> ApplyBulkAsync(ActionPlanBulkUpdate upload, IReadOnlyList<BulkChange> changes, string who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        ArgumentNullException.ThrowIfNull(changes);
        var ids = changes.Select(c => c.ActionId).ToList();
        var actions = await db.Set<PlanAction>().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var change in changes)
        {
            if (!actions.TryGetValue(change.ActionId, out var action)
                || action.ProgressUpdate != change.PreviousProgressUpdate || action.Rag != change.PreviousRag)
                throw new DbUpdateConcurrencyException($"Action {change.Reference} changed after the file was uploaded.");
            Apply(action, change.ProgressUpdate, change.Rag, who, $"Bulk update from {upload.FileName}");
        }
        upload.AppliedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return changes.Count;
    }
}
