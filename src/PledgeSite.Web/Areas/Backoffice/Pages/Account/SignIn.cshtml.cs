using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Account;

/// <summary>
/// Staff sign-in. Unknown and known emails take the same path (a password hash is always checked) so timing
/// does not reveal who has an account; five failures lock the account for 15 minutes.
/// </summary>
public class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, TimeProvider clock, ILogger<SignInModel> logger) : PageModel
{
    private const string Failed = "Enter a correct email address and password";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Email!);
        if (user is null)
        {
            // Same work as a real check, so an unknown address takes as long as a wrong password.
            users.PasswordHasher.VerifyHashedPassword(new StaffUser(), DummyHash, Password!);
            ModelState.AddModelError(nameof(Email), Failed);
            return Page();
        }
        if (user.IsDisabled)
        {
            users.PasswordHasher.VerifyHashedPassword(user, DummyHash, Password!);
            ModelState.AddModelError(nameof(Email), Failed);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            user.LastSignInUtc = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
            return LocalRedirect(SafeReturnUrl(Url, ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { returnUrl = SafeReturnUrl(Url, ReturnUrl) });
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Staff account {UserId} locked out after failed sign-ins", user.Id);
            ModelState.AddModelError(nameof(Email), "Your account is locked after too many attempts. Try again in 15 minutes.");
            return Page();
        }
        ModelState.AddModelError(nameof(Email), Failed);
        return Page();
    }

    internal static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/backoffice", StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/backoffice";

    private static readonly string DummyHash = new PasswordHasher<StaffUser>().HashPassword(new StaffUser(), Guid.NewGuid().ToString());
}
