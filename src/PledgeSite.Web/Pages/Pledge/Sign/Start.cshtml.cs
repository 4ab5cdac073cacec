using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Pledge.Sign;

/// <summary>The start page of the sign-up journey; "Start now" creates the journey's row and goes to its first question.</summary>
[PublicForm("pledge_start")]
public sealed class StartModel(SignUpJourneys journeys) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var journey = await journeys.StartAsync(cancellationToken);
        return Redirect($"/pledge/sign/{journey.Id}/{SignUpSteps.All[0].Slug}");
    }
}
