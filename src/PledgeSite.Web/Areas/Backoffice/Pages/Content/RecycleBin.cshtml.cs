using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Content;

/// <summary>Binned items: restore them to their place, or delete them for good.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class RecycleBinModel(PledgeDbContext db, ContentWorkflow workflow) : PageModel
{
    public IReadOnlyList<ContentItem> Items { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Only the items binned directly; their descendants come back with them.
        var trashed = await db.Set<ContentItem>().AsNoTracking().Include(c => c.Parent).Where(c => c.TrashedUtc != null).ToListAsync(cancellationToken);
        Items = trashed.Where(c => c.Parent is null || c.Parent.TrashedUtc != c.TrashedUtc).OrderByDescending(c => c.TrashedUtc).ToList();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid key, CancellationToken cancellationToken)
    {
        await workflow.RestoreAsync(key, cancellationToken);
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(c => c.Key == key, cancellationToken);
        Message = item?.TrashedUtc is null ? $"Restored '{item?.Name}'" : $"'{item.Name}' could not be restored: there is nowhere for it to go";
        return Redirect("/backoffice/content/recycle-bin");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid key, CancellationToken cancellationToken)
    {
        await workflow.DeletePermanentlyAsync(key, cancellationToken);
        Message = "Deleted for good";
        return Redirect("/backoffice/content/recycle-bin");
    }
}
