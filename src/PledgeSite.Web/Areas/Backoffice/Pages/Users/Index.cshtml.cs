using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Users;

/// <summary>Every staff account with its roles and state.</summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public class IndexModel(PledgeDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(string Id, string Name, string Email, IReadOnlyList<string> Roles, string Status, string Colour, bool TwoFactor);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow();
        var users = await db.Set<StaffUser>().AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync();
        var roles = await (from ur in db.Set<IdentityUserRole<string>>()
                           join r in db.Set<IdentityRole>() on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync();
        Rows = users.Select(u =>
        {
            var (status, colour) = StatusOf(u, now);
            return new Row(u.Id, u.DisplayName, u.Email ?? "", roles.Where(r => r.UserId == u.Id).Select(r => r.Name ?? "").Order(StringComparer.Ordinal).ToList(),
                status, colour, u.TwoFactorEnabled);
        }).ToList();
    }

    public static (string Status, string Colour) StatusOf(StaffUser user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsDisabled) return ("Disabled", "grey");
        if (user.LockoutEnd is { } end && end > now) return ("Locked", "red");
        if (user.PasswordHash is null) return ("Invited", "blue");
        return ("Active", "green");
    }
}
