using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Account;

/// <summary>The signed-in user's own account: password, authenticator app, recovery codes.</summary>
public class IndexModel(UserManager<StaffUser> users) : PageModel
{
    public StaffUser Me { get; private set; } = default!;
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public bool TwoFactorEnabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        Me = me;
        Roles = (await users.GetRolesAsync(me)).Order(StringComparer.Ordinal).ToList();
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(me);
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(me) : 0;
        return Page();
    }
}
