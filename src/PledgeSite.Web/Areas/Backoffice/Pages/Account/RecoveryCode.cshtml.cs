using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Account;

/// <summary>The second sign-in step with one of the single-use recovery codes, for someone without their phone.</summary>
[AllowAnonymous]
public class RecoveryCodeModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, TimeProvider clock, ILogger<RecoveryCodeModel> logger) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter one of your recovery codes")]
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
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Code!.Replace(" ", "", StringComparison.Ordinal).Trim());
        if (result.Succeeded) logger.LogWarning("Staff user {UserId} signed in with a recovery code", user.Id);
        return await TwoFactorModel.CompleteAsync(this, result, user, users, clock, ReturnUrl, nameof(Code), "The recovery code is not correct or has already been used");
    }
}
