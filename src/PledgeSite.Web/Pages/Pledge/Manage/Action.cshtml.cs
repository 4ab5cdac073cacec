using PledgeSite.Core.Time;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.Pledge.Sign;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Adds one of the organisation's own actions or changes one. A new or changed action waits for review before it is published.</summary>
public sealed class ActionModel(PledgeWorkflow workflow, SiteClock clock) : SignatoryPageModel(workflow)
{
    /// <summary>The action's id, or "new".</summary>
    [FromRoute(Name = "id")] public string RouteId { get; set; } = "";
    [BindProperty] public ActionAnswers Answers { get; set; } = new();
    public int? Id => int.TryParse(RouteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Id is null && RouteId != "new") return NotFound();
        ViewData["Title"] = Id is null ? "Add an action" : "Change an action";
        if (Id is not null)
        {
            if (Pledge.OwnActions.SingleOrDefault(a => a.Id == Id) is not { } a) return NotFound();
            Answers = new ActionAnswers { What = a.What, Lead = a.Lead, DueDate = DateParts.From(a.DueDate), CommitmentId = a.CommitmentId };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Id is null && RouteId != "new") return NotFound();
        ViewData["Title"] = Id is null ? "Add an action" : "Change an action";
        var action = Id is null ? null : Pledge.OwnActions.SingleOrDefault(a => a.Id == Id);
        if (Id is not null && action is null) return NotFound();
        // A new action, or a changed date, must not be in the past; an unchanged past date may stay.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var redated = action is null || Answers.DueDate.Parse("date").Date != action.DueDate;
        foreach (var (field, message) in SignUpSteps.CheckAction(Answers, "Answers", Pledge.Commitments.Select(c => c.CommitmentId).ToList(), redated ? today : null))
            ModelState.AddModelError(field, message);
        if (action is null && Pledge.OwnActions.Count >= SignUpSteps.MaxActions) ModelState.AddModelError("Answers.What", $"A pledge can have up to {SignUpSteps.MaxActions} actions");
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        if (action is null)
        {
            action = new OwnAction { CreatedUtc = now, SortOrder = Pledge.OwnActions.Select(a => a.SortOrder).DefaultIfEmpty(0).Max() + 10 };
            Pledge.OwnActions.Add(action);
        }
        action.What = Answers.What!.Trim();
        action.Lead = Answers.Lead!.Trim();
        action.DueDate = Answers.DueDate.Parse("date").Date!.Value;
        action.CommitmentId = Answers.CommitmentId;
        action.UpdatedUtc = now;
        action.ApprovedUtc = null;
        await Workflow.SubmitChangesAsync(Pledge, Me, Truncate((Id is null ? "Action added: " : "Action changed: ") + action.What), cancellationToken);
        TempData["Done"] = Pledge.Status == PledgeStatus.Approved
            ? "Your action is saved. It will be published once the Race Equality Network has reviewed it."
            : "Your action is saved.";
        return Redirect("/pledge/manage");
    }

    /// <summary>History events hold 200 characters; "... " keeps the start of a long action.</summary>
    internal static string Truncate(string what) => what.Length <= 170 ? what : what[..170] + "...";
}
