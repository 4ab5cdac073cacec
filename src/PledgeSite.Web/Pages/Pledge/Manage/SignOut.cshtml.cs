using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>
/// The signatory policy authenticates the signatory cookie (so the POST's antiforgery token, issued to the signed-in
/// signatory, validates); AllowAnonymous keeps the page open to everyone, signed in or not.
/// </summary>
[Authorize(Policy = PledgeFeature.SignatoryPolicy)]
[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    public bool SignedOut { get; private set; }

    public void OnGet() => SignedOut = true;

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PledgeFeature.SignatoryScheme);
        return Redirect("/pledge/manage/sign-out");
    }
}
