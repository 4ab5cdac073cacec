using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Account;

/// <summary>Changes the signed-in user's password; other sessions end (new security stamp), this one is renewed.</summary>
public class ChangePasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your current password")]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password")]
    public string? NewPassword { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Confirm your new password")]
    [Compare(nameof(NewPassword), ErrorMessage = "The passwords do not match")]
    public string? ConfirmPassword { get; set; }

    [TempData] public string? Message { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        var result = await users.ChangePasswordAsync(me, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(CurrentPassword) : nameof(NewPassword),
                    error.Code == "PasswordMismatch" ? "Your current password is not correct" : error.Description);
            return Page();
        }
        await signIn.RefreshSignInAsync(me);
        Message = "Your password has been changed.";
        return RedirectToPage("/Account/Index");
    }
}
