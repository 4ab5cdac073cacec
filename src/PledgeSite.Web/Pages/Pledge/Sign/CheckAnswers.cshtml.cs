using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Sign;

/// <summary>Check your answers, with a change link for each; submitting creates the pledge and emails the confirmation link.</summary>
[PublicForm("pledge_submit")]
public sealed class CheckAnswersModel(SignUpJourneys journeys, PledgeDbContext db, DuplicatePledges duplicates, PledgeSubmission submission, SiteClock clock) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    public SignUpAnswers Answers { get; private set; } = new();
    public IReadOnlyList<Commitment> Commitments { get; private set; } = [];
    public DuplicatePledge? Duplicate { get; private set; }
    private SignUpJourney? _journey;

    public string Change(string slug) => $"/pledge/sign/{Id}/{slug}?change=true";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result) return result;
        return FirstIncompleteStep() is { } step ? Redirect($"/pledge/sign/{Id}/{step}") : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } result) return result;
        if (FirstIncompleteStep() is { } step) return Redirect($"/pledge/sign/{Id}/{step}");
        var website = string.IsNullOrWhiteSpace(Answers.Website) ? null : OrganisationDetails.ParseWebsite(Answers.Website);
        Duplicate = await duplicates.FindAsync(
            string.IsNullOrWhiteSpace(Answers.CompanyNumber) ? null : OrganisationDetails.NormaliseCompanyNumber(Answers.CompanyNumber),
            string.IsNullOrWhiteSpace(Answers.CharityNumber) ? null : OrganisationDetails.NormaliseCharityNumber(Answers.CharityNumber),
            website is null ? null : OrganisationDetails.WebsiteDomain(website), null, cancellationToken);
        if (Duplicate is not null)
        {
            ModelState.AddModelError("", $"An organisation with the same {Duplicate.Reason} has already signed the pledge");
            return Page();
        }
        if (!ModelState.IsValid) return Page();
        await submission.SubmitAsync(_journey!, Answers, Commitments, cancellationToken);
        return Redirect($"/pledge/sign/{Id}/confirmation");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = await journeys.LoadAsync(Id, cancellationToken);
        if (loaded is null) return RedirectToPage("/Pledge/Sign/Expired");
        (_journey, Answers) = loaded.Value;
        if (_journey.PledgeId is not null) return Redirect($"/pledge/sign/{Id}/confirmation");
        Commitments = await db.Set<Commitment>().AsNoTracking().Where(c => c.IsActive || Answers.CommitmentIds.Contains(c.Id))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken);
        return null;
    }

    /// <summary>The first step not yet accepted or no longer valid (for example a required commitment added since).</summary>
    private string? FirstIncompleteStep()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return SignUpSteps.All.FirstOrDefault(s => !Answers.Completed.Contains(s.Slug)
            || SignUpSteps.Check(s.Slug, Answers, Commitments, today).Count > 0)?.Slug;
    }
}
