using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Account;

/// <summary>Shows new recovery codes once (handed over in TempData after set-up or regeneration); issues a new set on request.</summary>
public class RecoveryCodesModel(UserManager<StaffUser> users) : PageModel
{
    public const string TempDataKey = "RecoveryCodes";

    public IReadOnlyList<string> Codes { get; private set; } = [];
    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(me);
        Codes = TempData[TempDataKey] is string codes ? codes.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(me)) return RedirectToPage("/Account/Authenticator");
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(me, 10) ?? [];
        TempData[TempDataKey] = string.Join(' ', codes);
        return RedirectToPage();
    }
}
