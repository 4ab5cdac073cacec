using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Account;

/// <summary>The second sign-in step: a code from the authenticator app, after a correct password.</summary>
[AllowAnonymous]
public class TwoFactorModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Account/SignIn");
        if (!ModelState.IsValid) return Page();
        var code = new string(Code!.Where(char.IsDigit).ToArray());
        if (code.Length != 6)
        {
            ModelState.AddModelError(nameof(Code), "The code must be 6 numbers");
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return await CompleteAsync(this, result, user, users, clock, ReturnUrl, nameof(Code), "The code is not correct or has expired. Enter the code your app shows now");
    }

    /// <summary>Shared by the authenticator and recovery code steps.</summary>
    internal static async Task<IActionResult> CompleteAsync(PageModel page, Microsoft.AspNetCore.Identity.SignInResult result, StaffUser user,
        UserManager<StaffUser> users, TimeProvider clock, string? returnUrl, string field, string wrongMessage)
    {
        if (result.Succeeded)
        {
            user.LastSignInUtc = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            return page.LocalRedirect(SignInModel.SafeReturnUrl(page.Url, returnUrl));
        }
        page.ModelState.AddModelError(field, result.IsLockedOut
            ? "Your account is locked after too many attempts. Try again in 15 minutes."
            : wrongMessage);
        return page.Page();
    }
}
