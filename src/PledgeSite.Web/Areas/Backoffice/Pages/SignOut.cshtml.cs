using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PledgeSite.Web.Areas.Backoffice.Pages;

/// <summary>
/// Signs out of Umbraco's back office from our pages (a form, so it works without JavaScript). Open to anyone, so the
/// page reads no sign-in and an antiforgery token bound to the member of staff cannot be checked here; a forged
/// request could only sign someone out, and only from a page of this site (SameSite cookies).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class SignOutModel : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(Umbraco.Cms.Core.Constants.Security.BackOfficeAuthenticationType);
        return RedirectToPage();
    }
}
