using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Sign;

/// <summary>
/// Every question page of the sign-up journey: /pledge/sign/{id}/{step}. Answers are saved to the journey's row
/// before moving on, so nothing is lost on a restart; "Save and come back later" keeps even unfinished answers.
/// </summary>
[PublicForm("pledge_sign")]
public sealed class StepModel(SignUpJourneys journeys, PledgeDbContext db, DuplicatePledges duplicates, SiteClock clock) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    [FromRoute(Name = "step")] public string StepSlug { get; set; } = "";
    /// <summary>Came from check-your-answers: go back there after this page.</summary>
    [FromQuery(Name = "change")] public bool FromCheckAnswers { get; set; }
    /// <summary>The target being changed on the add-target page.</summary>
    [FromQuery(Name = "index")] public int? TargetIndex { get; set; }
    /// <summary>The action being changed on the add-action page (the same query value).</summary>
    public int? ActionIndex => TargetIndex;

    public SignUpAnswers Answers { get; private set; } = new();
    [BindProperty] public TargetAnswers NewTarget { get; set; } = new();
    [BindProperty] public ActionAnswers NewAction { get; set; } = new();
    [BindProperty] public IFormFile? Logo { get; set; }
    [BindProperty] public bool RemoveLogo { get; set; }

    public SignUpStep Step { get; private set; } = SignUpSteps.All[0];
    public IReadOnlyList<Commitment> Commitments { get; private set; } = [];
    public DuplicatePledge? Duplicate { get; private set; }

    public string StepUrl(string slug, bool change = false) => $"/pledge/sign/{Id}/{slug}" + (change ? "?change=true" : "");
    public string BackUrl => FromCheckAnswers ? StepUrl(SignUpSteps.CheckAnswers)
        : Step.Slug == SignUpSteps.AddTarget ? StepUrl("targets")
        : Step.Slug == SignUpSteps.AddAction ? StepUrl("actions")
        : SignUpSteps.Previous(Step.Slug) is { } previous ? StepUrl(previous) : "/pledge/sign";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(cancellationToken);
        if (loaded is not null) return loaded;
        if (Step.Slug == SignUpSteps.AddTarget && TargetIndex is { } i)
        {
            if (i < 0 || i >= Answers.Targets.Count) return Redirect(StepUrl("targets"));
            NewTarget = Answers.Targets[i];
        }
        if (Step.Slug == SignUpSteps.AddAction && ActionIndex is { } a)
        {
            if (a < 0 || a >= Answers.Actions.Count) return Redirect(StepUrl("actions"));
            NewAction = Answers.Actions[a];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? action, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(cancellationToken);
        if (loaded is not null) return loaded;
        var journey = _journey!;
        await ApplyPostedAnswersAsync();
        var saveForLater = action == "save";

        if (Step.Slug == "logo" && !saveForLater) await AcceptLogoAsync(cancellationToken);

        if (Step.Slug == SignUpSteps.AddTarget)
        {
            // Keep half-typed targets only when saving for later; otherwise a target must be complete to be added.
            var targetErrors = SignUpSteps.CheckTarget(NewTarget, "NewTarget", Answers.CommitmentIds);
            if (saveForLater && targetErrors.Count > 0)
            {
                await journeys.SaveAsync(journey, Answers, cancellationToken);
                return Redirect(StepUrl("save"));
            }
            foreach (var (field, message) in targetErrors) ModelState.AddModelError(field, message);
            if (!ModelState.IsValid) return Page();
            if (TargetIndex is { } index && index >= 0 && index < Answers.Targets.Count) Answers.Targets[index] = NewTarget;
            else if (Answers.Targets.Count < 20) Answers.Targets.Add(NewTarget);
            await journeys.SaveAsync(journey, Answers, cancellationToken);
            return Redirect(saveForLater ? StepUrl("save") : StepUrl("targets", FromCheckAnswers));
        }

        if (Step.Slug == SignUpSteps.AddAction)
        {
            // As with targets: half-typed actions are kept only when saving for later.
            var actionErrors = SignUpSteps.CheckAction(NewAction, "NewAction", Answers.Chosen(Commitments).Select(c => c.Id).ToList(), Today);
            if (saveForLater && actionErrors.Count > 0)
            {
                await journeys.SaveAsync(journey, Answers, cancellationToken);
                return Redirect(StepUrl("save"));
            }
            foreach (var (field, message) in actionErrors) ModelState.AddModelError(field, message);
            if (!ModelState.IsValid) return Page();
            if (ActionIndex is { } index && index >= 0 && index < Answers.Actions.Count) Answers.Actions[index] = NewAction;
            else if (Answers.Actions.Count < SignUpSteps.MaxActions) Answers.Actions.Add(NewAction);
            await journeys.SaveAsync(journey, Answers, cancellationToken);
            return Redirect(saveForLater ? StepUrl("save") : StepUrl("actions", FromCheckAnswers));
        }

        if (saveForLater)
        {
            await journeys.SaveAsync(journey, Answers, cancellationToken);
            return Redirect(StepUrl("save"));
        }

        foreach (var (field, message) in SignUpSteps.Check(Step.Slug, Answers, Commitments, Today)) ModelState.AddModelError(field, message);
        if (ModelState.IsValid) await CheckDuplicatesAsync(cancellationToken);
        if (!ModelState.IsValid) return Page();

        Answers.Completed.Add(Step.Slug);
        await journeys.SaveAsync(journey, Answers, cancellationToken);
        return Redirect(FromCheckAnswers ? StepUrl(SignUpSteps.CheckAnswers) : StepUrl(SignUpSteps.Next(Step.Slug)));
    }

    public async Task<IActionResult> OnPostRemoveTargetAsync(int index, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(cancellationToken);
        if (loaded is not null) return loaded;
        if (index >= 0 && index < Answers.Targets.Count)
        {
            Answers.Targets.RemoveAt(index);
            if (Answers.Targets.Count == 0) Answers.Completed.Remove("targets");
            await journeys.SaveAsync(_journey!, Answers, cancellationToken);
        }
        return Redirect(StepUrl("targets", FromCheckAnswers));
    }

    public async Task<IActionResult> OnPostRemoveActionAsync(int index, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(cancellationToken);
        if (loaded is not null) return loaded;
        if (index >= 0 && index < Answers.Actions.Count)
        {
            Answers.Actions.RemoveAt(index);
            if (Answers.Actions.Count == 0) Answers.Completed.Remove("actions");
            await journeys.SaveAsync(_journey!, Answers, cancellationToken);
        }
        return Redirect(StepUrl("actions", FromCheckAnswers));
    }

    private Core.Entities.SignUpJourney? _journey;
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Loads the journey and the step; returns a result when the page should not be shown.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (SignUpSteps.Find(StepSlug) is not { } step) return NotFound();
        Step = step;
        var loaded = await journeys.LoadAsync(Id, cancellationToken);
        if (loaded is null) return RedirectToPage("/Pledge/Sign/Expired");
        (_journey, Answers) = loaded.Value;
        if (_journey.PledgeId is not null) return Redirect(StepUrl("confirmation"));
        // Only those offered to the organisation's type: a school sees R.22, an employer R.16 and R.17.
        Commitments = (await db.Set<Commitment>().AsNoTracking()
            .Where(c => c.IsActive || Answers.CommitmentIds.Contains(c.Id))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken))
            .Where(c => c.IsOfferedTo(Answers.Type)).ToList();
        ViewData["Title"] = Step.Question;
        return null;
    }

    /// <summary>Copies only this page's fields from the form into the saved answers.</summary>
    private async Task ApplyPostedAnswersAsync()
    {
        Expression<Func<SignUpAnswers, object?>>[] fields = Step.Slug switch
        {
            "organisation-name" => [a => a.OrganisationName],
            "organisation-type" => [a => a.OrganisationType],
            "sector" => [a => a.Sector],
            "size" => [a => a.SizeBand],
            "registration" => [a => a.CompanyNumber, a => a.CharityNumber],
            "address" => [a => a.AddressLine1, a => a.AddressLine2, a => a.Town, a => a.Postcode],
            "website" => [a => a.Website],
            "contact" => [a => a.Contact],
            "sponsor" => [a => a.Sponsor],
            "commitments" => [a => a.CommitmentIds],
            "statement" => [a => a.Statement],
            "workforce" => [a => a.Workforce],
            "consent" => [a => a.ConsentToPublish],
            "declaration" => [a => a.DeclarationAccepted],
            _ => [],
        };
        if (fields.Length == 0) return;
        // Unticked boxes are not posted at all: clear them so the form's state is what is saved.
        if (Step.Slug == "commitments") Answers.CommitmentIds = [];
        if (Step.Slug == "declaration") Answers.DeclarationAccepted = false;
        await TryUpdateModelAsync(Answers, "Answers", fields);
        Answers.CommitmentIds = Answers.CommitmentIds.Distinct().Where(id => Commitments.Any(c => c.Id == id)).ToList();
    }

    private async Task AcceptLogoAsync(CancellationToken cancellationToken)
    {
        if (RemoveLogo)
        {
            Answers.LogoId = null;
            Answers.LogoFileName = null;
        }
        if (Logo is null || Logo.Length == 0) return;
        if (Logo.Length > LogoCheck.MaxBytes)
        {
            ModelState.AddModelError(nameof(Logo), "The logo must be smaller than 2 MB");
            return;
        }
        using var buffer = new MemoryStream();
        await Logo.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var contentType = LogoCheck.ContentTypeOf(bytes);
        if (contentType is null)
        {
            ModelState.AddModelError(nameof(Logo), "The logo must be a PNG, JPG or WebP image");
            return;
        }
        var logo = new PledgeLogo
        {
            Bytes = bytes,
            ContentType = contentType,
            OriginalFileName = Path.GetFileName(Logo.FileName) is { Length: > 0 and <= 200 } name ? name : "logo",
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<PledgeLogo>().Add(logo);
        await db.SaveChangesAsync(cancellationToken);
        Answers.LogoId = logo.Id;
        Answers.LogoFileName = logo.OriginalFileName;
    }

    private async Task CheckDuplicatesAsync(CancellationToken cancellationToken)
    {
        if (Step.Slug == "registration")
        {
            var company = string.IsNullOrWhiteSpace(Answers.CompanyNumber) ? null : OrganisationDetails.NormaliseCompanyNumber(Answers.CompanyNumber);
            var charity = string.IsNullOrWhiteSpace(Answers.CharityNumber) ? null : OrganisationDetails.NormaliseCharityNumber(Answers.CharityNumber);
            Duplicate = await duplicates.FindAsync(company, charity, null, null, cancellationToken);
            if (Duplicate is not null)
            {
                var field = Duplicate.Reason.StartsWith("Companies", StringComparison.Ordinal) ? "Answers.CompanyNumber" : "Answers.CharityNumber";
                ModelState.AddModelError(field, $"An organisation with {Duplicate.Reason} has already signed the pledge");
            }
        }
        else if (Step.Slug == "website" && !string.IsNullOrWhiteSpace(Answers.Website) && OrganisationDetails.ParseWebsite(Answers.Website) is { } website)
        {
            Duplicate = await duplicates.FindAsync(null, null, OrganisationDetails.WebsiteDomain(website), null, cancellationToken);
            if (Duplicate is not null) ModelState.AddModelError("Answers.Website", $"An organisation with the {Duplicate.Reason} has already signed the pledge");
        }
    }
}
