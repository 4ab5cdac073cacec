using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.ApiKeys;

/// <summary>API keys for procurement systems calling /api/v1/suppliers/check: issue (shown once), list, revoke.</summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public class IndexModel(PledgeSite.Core.Suppliers.ApiKeys keys, PledgeDbContext db) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [TempData] public string? NewKey { get; set; }
    [TempData] public string? NewKeyName { get; set; }
    [TempData] public string? Revoked { get; set; }
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Keys = await db.Set<ApiKey>().AsNoTracking().OrderBy(k => k.RevokedUtc != null).ThenByDescending(k => k.CreatedUtc).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name)) ModelState.AddModelError(nameof(Name), "Enter a name for the key, such as the system that will use it");
        else if (name.Length > 100) ModelState.AddModelError(nameof(Name), "Name must be 100 characters or fewer");
        if (!ModelState.IsValid)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }
        var (_, plain) = await keys.IssueAsync(name!, User.Identity?.Name ?? "", cancellationToken);
        // Shown once on the next page (TempData is read once and is encrypted in its cookie); only the hash is stored.
        NewKey = plain;
        NewKeyName = name;
        return Redirect("/backoffice/api-keys");
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        if (await keys.RevokeAsync(id, User.Identity?.Name ?? "", cancellationToken))
            Revoked = await db.Set<ApiKey>().Where(k => k.Id == id).Select(k => k.Name).FirstOrDefaultAsync(cancellationToken);
        return Redirect("/backoffice/api-keys");
    }
}
