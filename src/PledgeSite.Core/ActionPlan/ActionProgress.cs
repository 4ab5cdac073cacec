using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.ActionPlan;

/// <summary>
/// Records editors' changes to the plan (progress updates and RAG ratings, wording, owners, resource, dates, new
/// actions, retired ones), keeping each change with who made it, when and what it changed.
/// </summary>
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
        if (progress != action.ProgressUpdate) action.ProgressUpdatedUtc = now;
        action.ProgressUpdate = progress;
        action.Rag = rag;
        action.UpdatedUtc = now;
        action.UpdatedBy = who;
        action.Version = Guid.NewGuid();
        return true;
    }

    /// <summary>What an editor can change about an action besides its progress: its wording, owners, resource and dates as the plan writes them.</summary>
    public sealed record Details(string Text, IReadOnlyList<ActionOwner> Owners, string? Resource, string? StartText, string? DueText);

    /// <summary>
    /// Changes an action's wording, owners, resource and dates, recording each changed field in its history (the
    /// dates are read as on import, so a month stays a month). False when nothing changed. The caller saves.
    /// </summary>
    public bool Edit(PlanAction action, Details details, string who)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(details);
        var changes = new List<string>();
        void Field(string name, string? before, string? after)
        {
            if (before != after) changes.Add($"{name}: {before ?? "(none)"} → {after ?? "(none)"}");
        }
        var ownersBefore = OwnerNames(action.Owners);
        var ownersAfter = OwnerNames(details.Owners);
        if (action.Text != details.Text) changes.Add("Action wording changed");
        Field("Owners", ownersBefore, ownersAfter);
        Field("Resource", action.Resource, details.Resource);
        Field("Start", action.StartText, details.StartText);
        Field("Due", action.DueText, details.DueText);
        if (changes.Count == 0) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new PlanActionChange
        {
            PlanAction = action, ChangedUtc = now, ChangedBy = who, How = "Edited",
            PreviousProgressUpdate = action.ProgressUpdate, ProgressUpdate = action.ProgressUpdate, PreviousRag = action.Rag, Rag = action.Rag,
            Details = Truncate(string.Join("\n", changes)),
        });
        action.Text = details.Text;
        action.Owners.Clear();
        action.Owners.AddRange(details.Owners);
        action.Owner = ownersAfter;
        action.Resource = details.Resource;
        if (action.StartText != details.StartText) SetStart(action, details.StartText);
        if (action.DueText != details.DueText)
        {
            // A changed due date replaces the plan's; the original wording is kept the first time.
            action.PlannedDueText ??= action.DueText;
            SetDue(action, details.DueText);
        }
        action.UpdatedUtc = now;
        action.UpdatedBy = who;
        action.Version = Guid.NewGuid();
        return true;
    }

    /// <summary>Adds an action to a recommendation for a refreshed plan, at the end of its list. The caller saves.</summary>
    public PlanAction Add(Recommendation recommendation, Details details, string who)
    {
        ArgumentNullException.ThrowIfNull(recommendation);
        ArgumentNullException.ThrowIfNull(details);
        var now = clock.GetUtcNow().UtcDateTime;
        var action = new PlanAction
        {
            Recommendation = recommendation,
            SortOrder = recommendation.Actions.Select(a => a.SortOrder).DefaultIfEmpty(0).Max() + 1,
            Text = details.Text,
            Resource = details.Resource,
            Owner = OwnerNames(details.Owners),
            UpdatedUtc = now,
            UpdatedBy = who,
        };
        action.Owners.AddRange(details.Owners);
        SetStart(action, details.StartText);
        SetDue(action, details.DueText);
        recommendation.Actions.Add(action);
        db.Add(new PlanActionChange
        {
            PlanAction = action, ChangedUtc = now, ChangedBy = who, How = "Added to the plan",
            Details = Truncate($"Owners: {action.Owner ?? "(none)"}\nResource: {action.Resource ?? "(none)"}\nStart: {action.StartText ?? "(none)"}\nDue: {action.DueText ?? "(none)"}"),
        });
        return action;
    }

    /// <summary>Retires an action (superseded, or carried into the new plan) or reopens it, with a note. The caller saves.</summary>
    public bool Close(PlanAction action, PlanActionClosure closure, string? note, string who)
    {
        ArgumentNullException.ThrowIfNull(action);
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (action.Closure == closure && action.ClosureNote == text) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new PlanActionChange
        {
            PlanAction = action, ChangedUtc = now, ChangedBy = who,
            How = closure == PlanActionClosure.Open ? "Reopened" : "Retired",
            PreviousProgressUpdate = action.ProgressUpdate, ProgressUpdate = action.ProgressUpdate, PreviousRag = action.Rag, Rag = action.Rag,
            Details = Truncate($"Status: {Describe(action.Closure)} → {Describe(closure)}" + (text is null ? "" : "\nNote: " + text)),
        });
        action.Closure = closure;
        action.ClosureNote = closure == PlanActionClosure.Open ? null : text;
        action.UpdatedUtc = now;
        action.UpdatedBy = who;
        action.Version = Guid.NewGuid();
        return true;
    }

    public static string Describe(PlanActionClosure closure) => closure switch
    {
        PlanActionClosure.Superseded => "superseded",
        PlanActionClosure.CarriedIntoNewPlan => "carried into the new plan",
        _ => "open",
    };

    private static string? OwnerNames(IEnumerable<ActionOwner> owners)
    {
        var names = owners.Select(o => o.Name).ToList();
        return names.Count == 0 ? null : string.Join(" / ", names);
    }

    private static void SetStart(PlanAction action, string? text)
    {
        var reading = SeedDate.Read(text);
        (action.StartText, action.StartDate, action.StartNote) = (text, reading.Date, reading.Note);
    }

    private static void SetDue(PlanAction action, string? text)
    {
        var reading = SeedDate.Read(text);
        (action.DueText, action.DueDate, action.DueNote, action.IsOngoing) = (text, reading.Date, reading.Note, reading.Ongoing);
    }

    private static string Truncate(string text) => text.Length <= 4000 ? text : text[..4000];

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
