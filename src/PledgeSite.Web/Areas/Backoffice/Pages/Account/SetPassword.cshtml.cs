using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Account;

/// <summary>Sets a password from a single-use link (first administrator, invitation, reset). Then signs the user in.</summary>
[AllowAnonymous]
public class SetPasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)] public new string? User { get; set; }
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password")]
    public string? Password { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Confirm your new password")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
    public string? ConfirmPassword { get; set; }

    public bool LinkInvalid { get; private set; }

    public async Task OnGetAsync()
    {
        var user = await FindUserAsync();
        LinkInvalid = user is null || user.IsDisabled || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
            UserManager<StaffUser>.ResetPasswordTokenPurpose, Decode(Token));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindUserAsync();
        if (user is null || user.IsDisabled)
        {
            LinkInvalid = true;
            return Page();
        }
        if (!ModelState.IsValid) return Page();
        var result = await users.ResetPasswordAsync(user, Decode(Token), Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                if (error.Code == "InvalidToken") LinkInvalid = true;
                else ModelState.AddModelError(nameof(Password), error.Description);
            }
            return Page();
        }
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await users.ResetAccessFailedCountAsync(user);
        // A link proves the email address, not the second factor: someone with an authenticator app signs in as usual.
        if (user.TwoFactorEnabled) return Redirect("/backoffice/sign-in?passwordSet=1");
        await signIn.SignInAsync(user, isPersistent: false);
        return Redirect("/backoffice");
    }

    private async Task<StaffUser?> FindUserAsync() =>
        string.IsNullOrEmpty(User) || string.IsNullOrEmpty(Token) ? null : await users.FindByIdAsync(User);

    private static string Decode(string? token)
    {
        try { return StaffAccountLinks.DecodeToken(token ?? ""); }
        catch (FormatException) { return ""; }
    }
}
