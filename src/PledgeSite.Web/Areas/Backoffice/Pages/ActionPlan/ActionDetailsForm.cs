using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Areas.Backoffice.Pages.ActionPlan;

/// <summary>
/// The editable parts of an action, as typed: its wording, owners (from the one list, or a new one), resource, and start
/// and due dates in the plan's own style. Shared by the edit and add pages.
/// </summary>
public sealed class ActionDetailsForm
{
    public string? Text { get; set; }
    /// <summary>Slugs of the owners ticked in the list.</summary>
    public List<string> Owners { get; set; } = [];
    public string? NewOwner { get; set; }
    public string? Resource { get; set; }
    public string? Start { get; set; }
    public string? Due { get; set; }

    public const string DateHint = "A month like Jun-23 or June 2023, a day like 30/06/2023, or On-going. Leave empty if the plan gives none.";

    public static ActionDetailsForm From(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new()
        {
            Text = action.Text, Owners = action.Owners.Select(o => o.Slug).ToList(), Resource = action.Resource,
            Start = action.StartText, Due = action.DueText,
        };
    }

    /// <summary>Checks the answers, adding errors under <paramref name="prefix"/>; returns the dates in the plan's style.</summary>
    public (string? Start, string? Due) Check(ModelStateDictionary modelState, string prefix, IReadOnlyCollection<ActionOwner> list)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(list);
        if (string.IsNullOrWhiteSpace(Text)) modelState.AddModelError($"{prefix}.Text", "Enter what the action is");
        else if (Text.Trim().Length > 4000) modelState.AddModelError($"{prefix}.Text", "The action must be 4,000 characters or fewer");
        if (Owners.Any(slug => list.All(o => o.Slug != slug))) modelState.AddModelError($"{prefix}.Owners", "Select owners from the list");
        if (NewOwner?.Trim().Length > 200) modelState.AddModelError($"{prefix}.NewOwner", "A new owner's name must be 200 characters or fewer");
        if (Owners.Count == 0 && string.IsNullOrWhiteSpace(NewOwner)) modelState.AddModelError($"{prefix}.Owners", "Select who owns the action, or add a new owner");
        if (Resource?.Trim().Length > 500) modelState.AddModelError($"{prefix}.Resource", "The resource must be 500 characters or fewer");
        var (start, startError) = PlanDate(Start, "start");
        if (startError is not null) modelState.AddModelError($"{prefix}.Start", startError);
        var (due, dueError) = PlanDate(Due, "due");
        if (dueError is not null) modelState.AddModelError($"{prefix}.Due", dueError);
        return (start, due);
    }

    /// <summary>
    /// A date as typed, in the plan's own style: "Jun-23" for a month (also from "June 2023"), "30/06/2023" for a day
    /// (also from "30 June 2023" or "30/6/2023"), "On-going"; or an error saying what to type.
    /// </summary>
    public static (string? Text, string? Error) PlanDate(string? typed, string which)
    {
        var t = string.Join(' ', (typed ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (t.Length == 0) return (null, null);
        if (SeedDate.Read(t).Ongoing) return ("On-going", null);
        if (SeedDate.IsMonthOnly(t) && DateTime.TryParseExact(t, "MMM-yy", EnGb, DateTimeStyles.None, out var plan))
            return (SeedDate.MonthText(DateOnly.FromDateTime(plan)), null);
        if (DateTime.TryParseExact(t, ["MMMM yyyy", "MMM yyyy", "MM/yyyy", "M/yyyy"], EnGb, DateTimeStyles.None, out var month))
            return (SeedDate.MonthText(DateOnly.FromDateTime(month)), null);
        if (DateTime.TryParseExact(t, ["dd/MM/yyyy", "d/M/yyyy", "d MMMM yyyy", "d MMM yyyy"], EnGb, DateTimeStyles.None, out var day))
            return (SeedDate.DayText(DateOnly.FromDateTime(day)), null);
        return (null, $"Enter the {which} date as a month like Jun-23 or June 2023, a day like 30/06/2023, or On-going");
    }

    /// <summary>The chosen owners from the list, and the new one (added to the list if no spelling of it is there).</summary>
    public async Task<List<ActionOwner>> OwnersAsync(IReadOnlyCollection<ActionOwner> list, ActionOwners owners, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var chosen = list.Where(o => Owners.Contains(o.Slug)).ToList();
        if (!string.IsNullOrWhiteSpace(NewOwner))
        {
            var added = await owners.FindOrAddAsync(NewOwner, cancellationToken);
            if (!chosen.Contains(added)) chosen.Add(added);
        }
        return chosen;
    }

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
}
