using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Users;

/// <summary>
/// Creates an account without a password, with its roles, and emails a single-use link to set one.
/// The account, its roles and the queued email are saved in one transaction.
/// </summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public class InviteModel(UserManager<StaffUser> users, PledgeDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter their full name")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string? DisplayName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter their email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@towerhamlets.gov.uk")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string? Email { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    public static IReadOnlyList<GovUkOption> RoleOptions { get; } =
        StaffRoles.All.Select(r => new GovUkOption(r, Label(r), StaffRoles.Describe(r).Split(": ", 2)[^1])).ToList();

    public static string Label(string role) => StaffRoles.Describe(role).Split(": ", 2)[0];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Roles = Roles.Where(StaffRoles.All.Contains).Distinct().ToList();
        if (Roles.Count == 0) ModelState.AddModelError(nameof(Roles), "Select at least one role");
        if (ModelState.IsValid && await users.FindByEmailAsync(Email!.Trim()) is not null)
            ModelState.AddModelError(nameof(Email), "There is already an account with this email address");
        if (!ModelState.IsValid) return Page();

        var email = Email!.Trim();
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            DisplayName = DisplayName!.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var me = await users.GetUserAsync(User);
        var created = await db.InTransactionAsync(async ct =>
        {
            var result = await users.CreateAsync(user);
            if (!result.Succeeded) return result; // nothing was written
            await users.AddToRolesAsync(user, Roles);
            await StaffInvitations.EnqueueAsync(HttpContext.RequestServices, user, me?.DisplayName ?? "An administrator");
            await db.SaveChangesAsync(ct);
            return result;
        });
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError(nameof(Email), error.Description);
            return Page();
        }
        TempData["Message"] = $"Invitation sent to {email}.";
        return Redirect($"/backoffice/users/{user.Id}");
    }
}
