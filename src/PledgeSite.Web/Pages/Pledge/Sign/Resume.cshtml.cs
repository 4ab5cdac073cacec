using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PledgeSite.Web.Pages.Pledge.Sign;

/// <summary>Where the emailed "come back later" link leads: on to the first question not yet answered.</summary>
public sealed class ResumeModel(SignUpJourneys journeys) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var loaded = await journeys.LoadAsync(id, cancellationToken);
        if (loaded is null) return RedirectToPage("/Pledge/Sign/Expired");
        var (journey, answers) = loaded.Value;
        if (journey.PledgeId is not null) return Redirect($"/pledge/sign/{id}/confirmation");
        var next = SignUpSteps.All.FirstOrDefault(s => !answers.Completed.Contains(s.Slug));
        return Redirect($"/pledge/sign/{id}/{next?.Slug ?? SignUpSteps.CheckAnswers}");
    }
}
