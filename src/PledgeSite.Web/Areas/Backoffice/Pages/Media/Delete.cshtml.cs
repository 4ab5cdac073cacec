using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Media;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Media;

/// <summary>Delete a media item. Shows where it is used first; a file in use is deleted only when the editor confirms.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class DeleteModel(MediaLibrary library) : PageModel
{
    [BindProperty] public bool ConfirmInUse { get; set; }

    public MediaItem Item { get; private set; } = default!;
    public IReadOnlyList<MediaUse> Usage { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid key, CancellationToken cancellationToken) =>
        await LoadAsync(key, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken)) return NotFound();
        if (Usage.Count > 0 && !ConfirmInUse)
        {
            ModelState.AddModelError(nameof(ConfirmInUse), "Select that you understand these pages will lose the file, or cancel");
            return Page();
        }
        await library.DeleteAsync(key, confirmedDespiteUse: ConfirmInUse, cancellationToken);
        return RedirectToPage("Index", new { folder = Item.FolderId });
    }

    private async Task<bool> LoadAsync(Guid key, CancellationToken cancellationToken)
    {
        var item = await library.FindAsync(key, cancellationToken);
        if (item is null) return false;
        Item = item;
        Usage = await library.UsageAsync(key, cancellationToken);
        return true;
    }
}
