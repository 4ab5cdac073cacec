using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.ActionPlan;

namespace PledgeSite.Web.Areas.Backoffice.Pages.ActionPlan;

/// <summary>Step 2 of a bulk update: the changes the file makes, applied only when the editor confirms.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class BulkPreviewModel(PledgeDbContext db, ActionProgress progress, IOutputCacheStore cache) : PageModel
{
    public ActionPlanBulkUpdate Upload { get; private set; } = default!;
    public IReadOnlyList<BulkChange> Changes { get; private set; } = [];

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var upload = await db.Set<ActionPlanBulkUpdate>().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (upload is null) return false;
        Upload = upload;
        Changes = JsonSerializer.Deserialize<List<BulkChange>>(upload.ChangesJson) ?? [];
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Upload.AppliedUtc is not null) return Redirect("/backoffice/action-plan");
        try
        {
            var count = await progress.ApplyBulkAsync(Upload, Changes, User.Identity?.Name ?? "unknown", cancellationToken);
            await cache.EvictByTagAsync(ActionPlanSetup.CacheTag, cancellationToken);
            TempData["Banner"] = $"{count} {(count == 1 ? "action" : "actions")} updated from {Upload.FileName}";
            return Redirect("/backoffice/action-plan");
        }
        catch (DbUpdateConcurrencyException ex)
        {
            ModelState.AddModelError(string.Empty, $"{ex.Message} Nothing has been changed. Download the plan again and upload a new file");
            return Page();
        }
    }
}
