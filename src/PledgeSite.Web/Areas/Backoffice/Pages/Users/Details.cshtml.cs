using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Users;

/// <summary>
/// One staff account: change its roles, disable or re-enable it, send a new set-password link, unlock it,
/// or reset its two-factor sign-in. Administrators cannot lock themselves out (own role, own account).
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public class DetailsModel(UserManager<StaffUser> users, PledgeDbContext db, TimeProvider clock, ILogger<DetailsModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty] public List<string> Roles { get; set; } = [];

    public StaffUser Account { get; private set; } = default!;
    public string Status { get; private set; } = "";
    public string StatusColour { get; private set; } = "";
    public bool IsMe { get; private set; }
    public bool IsLocked { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Roles = (await users.GetRolesAsync(Account)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRolesAsync()
    {
        if (!await LoadAsync()) return NotFound();
        var wanted = Roles.Where(StaffRoles.All.Contains).Distinct().ToList();
        if (wanted.Count == 0) ModelState.AddModelError(nameof(Roles), "Select at least one role. To stop someone signing in, disable their account instead");
        if (IsMe && !wanted.Contains(StaffRoles.Administrator))
            ModelState.AddModelError(nameof(Roles), "You cannot remove your own Administrator role. Ask another administrator");
        if (!ModelState.IsValid) return Page();
        var current = await users.GetRolesAsync(Account);
        await users.RemoveFromRolesAsync(Account, current.Except(wanted));
        await users.AddToRolesAsync(Account, wanted.Except(current));
        // Their open sessions pick up the new roles at the next security stamp check.
        await users.UpdateSecurityStampAsync(Account);
        Message = "Roles updated.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (IsMe)
        {
            ModelState.AddModelError("", "You cannot disable your own account");
            Roles = (await users.GetRolesAsync(Account)).ToList();
            return Page();
        }
        Account.IsDisabled = true;
        await users.UpdateAsync(Account);
        // A new stamp ends every session they have open (checked at least once a minute).
        await users.UpdateSecurityStampAsync(Account);
        logger.LogInformation("Staff account {UserId} disabled", Account.Id);
        Message = $"{Account.DisplayName}'s account is disabled. They have been signed out.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Account.IsDisabled = false;
        await users.UpdateAsync(Account);
        await users.ResetAccessFailedCountAsync(Account);
        Message = $"{Account.DisplayName}'s account is enabled again.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostSendLinkAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Account.IsDisabled) return Redirect(Here);
        var me = await users.GetUserAsync(User);
        await db.InTransactionAsync(async ct =>
        {
            // Earlier links stop working: they are tied to the old security stamp.
            await users.UpdateSecurityStampAsync(Account);
            await StaffInvitations.EnqueueAsync(HttpContext.RequestServices, Account, me?.DisplayName ?? "An administrator");
            await db.SaveChangesAsync(ct);
        });
        Message = $"A new link to set a password has been sent to {Account.Email}.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostUnlockAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await users.SetLockoutEndDateAsync(Account, null);
        await users.ResetAccessFailedCountAsync(Account);
        Message = "The account is unlocked.";
        return Redirect(Here);
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync()
    {
        if (!await LoadAsync()) return NotFound();
        await users.SetTwoFactorEnabledAsync(Account, false);
        await users.ResetAuthenticatorKeyAsync(Account);
        logger.LogInformation("Two-factor sign-in reset for staff account {UserId}", Account.Id);
        Message = $"Two-factor sign-in is reset. {Account.DisplayName} will set up an authenticator app again when they next sign in"
            + (await users.IsInRoleAsync(Account, StaffRoles.Administrator) ? "." : ", if they choose to.");
        return Redirect(Here);
    }

    private string Here => $"/backoffice/users/{Uri.EscapeDataString(Id)}";

    private async Task<bool> LoadAsync()
    {
        var account = await users.FindByIdAsync(Id);
        if (account is null) return false;
        Account = account;
        (Status, StatusColour) = IndexModel.StatusOf(account, clock.GetUtcNow());
        IsLocked = account.LockoutEnd is { } end && end > clock.GetUtcNow();
        IsMe = users.GetUserId(User) == account.Id;
        return true;
    }
}
