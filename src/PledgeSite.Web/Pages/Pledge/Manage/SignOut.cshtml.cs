using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PledgeSite.Web.Pages.Pledge.Manage;

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
