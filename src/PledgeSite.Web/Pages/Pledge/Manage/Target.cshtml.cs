using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.Pledge.Sign;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Adds a target or changes one. A new or changed target waits for review before it is published again.</summary>
public sealed class TargetModel(PledgeWorkflow workflow, SiteClock clock) : SignatoryPageModel(workflow)
{
    /// <summary>The target's id, or "new".</summary>
    [FromRoute(Name = "id")] public string RouteId { get; set; } = "";
    [BindProperty] public TargetAnswers Target { get; set; } = new();
    public int? Id => int.TryParse(RouteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Id is null && RouteId != "new") return NotFound();
        ViewData["Title"] = Id is null ? "Add a target" : "Change a target";
        if (Id is not null)
        {
            if (Pledge.Targets.SingleOrDefault(t => t.Id == Id) is not { } t) return NotFound();
            Target = new TargetAnswers
            {
                Measure = t.Measure,
                Unit = t.Unit,
                BaselineValue = t.BaselineValue.ToString("0.####", CultureInfo.InvariantCulture),
                BaselineDate = DateParts.From(t.BaselineDate),
                TargetValue = t.TargetValue.ToString("0.####", CultureInfo.InvariantCulture),
                TargetDate = DateParts.From(t.TargetDate),
                CommitmentId = t.CommitmentId,
                IsPublic = t.IsPublic ? "yes" : "no",
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        if (Id is null && RouteId != "new") return NotFound();
        ViewData["Title"] = Id is null ? "Add a target" : "Change a target";
        var target = Id is null ? null : Pledge.Targets.SingleOrDefault(t => t.Id == Id);
        if (Id is not null && target is null) return NotFound();
        foreach (var (field, message) in SignUpSteps.CheckTarget(Target, "Target", Pledge.Commitments.Select(c => c.CommitmentId).ToList()))
            ModelState.AddModelError(field, message);
        if (Id is null && Pledge.Targets.Count >= 20) ModelState.AddModelError("Target.Measure", "A pledge can have up to 20 targets");
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        if (target is null)
        {
            target = new Target { CreatedUtc = now, SortOrder = Pledge.Targets.Select(t => t.SortOrder).DefaultIfEmpty(0).Max() + 10 };
            Pledge.Targets.Add(target);
        }
        if (!OrganisationDetails.TryParseNumber(Target.BaselineValue, out var baseline) || !OrganisationDetails.TryParseNumber(Target.TargetValue, out var value))
            throw new InvalidOperationException("Target values were not checked.");
        target.Measure = Target.Measure!.Trim();
        target.Unit = Target.Unit!.Trim();
        target.BaselineValue = baseline;
        target.BaselineDate = Target.BaselineDate.Parse("date").Date!.Value;
        target.TargetValue = value;
        target.TargetDate = Target.TargetDate.Parse("date").Date!.Value;
        target.CommitmentId = Target.CommitmentId;
        target.IsPublic = Target.IsPublic == "yes";
        target.UpdatedUtc = now;
        target.ApprovedUtc = null;
        await Workflow.SubmitChangesAsync(Pledge, Me, (Id is null ? "Target added: " : "Target changed: ") + target.Measure, cancellationToken);
        TempData["Done"] = Pledge.Status == PledgeStatus.Approved
            ? "Your target is saved. It will be published once the Race Equality Network has reviewed it."
            : "Your target is saved.";
        return Redirect("/pledge/manage");
    }
}
