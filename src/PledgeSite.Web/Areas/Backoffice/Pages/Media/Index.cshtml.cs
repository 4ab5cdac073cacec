using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Media;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Media;

/// <summary>The media library: one folder's subfolders and items, with thumbnails; create a folder here.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class IndexModel(PledgeDbContext db, MediaLibrary library) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Folder { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter a folder name")]
    [StringLength(100, ErrorMessage = "Folder name must be 100 characters or fewer")]
    public string? FolderName { get; set; }

    public IReadOnlyList<MediaFolder> Path { get; private set; } = [];
    public IReadOnlyList<MediaFolder> Subfolders { get; private set; } = [];
    public IReadOnlyList<MediaItem> Items { get; private set; } = [];
    public MediaFolder? Current => Path.Count > 0 ? Path[^1] : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostCreateFolderAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (Subfolders.Any(f => string.Equals(f.Name, FolderName!.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(FolderName), "There is already a folder with that name here");
            return Page();
        }
        var folder = await library.CreateFolderAsync(FolderName!, Folder, cancellationToken);
        return RedirectToPage("Index", new { folder = folder.Id });
    }

    public async Task<IActionResult> OnPostDeleteFolderAsync(CancellationToken cancellationToken)
    {
        var folder = await db.Set<MediaFolder>().FirstOrDefaultAsync(f => f.Id == Folder, cancellationToken);
        if (folder is null) return NotFound();
        var empty = !await db.Set<MediaItem>().AnyAsync(m => m.FolderId == folder.Id, cancellationToken)
            && !await db.Set<MediaFolder>().AnyAsync(f => f.ParentId == folder.Id, cancellationToken);
        if (!empty)
        {
            await LoadAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, "You can only delete an empty folder. Move or delete what is in it first");
            return Page();
        }
        db.Remove(folder);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("Index", new { folder = folder.ParentId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Path = await library.PathToAsync(Folder, cancellationToken);
        if (Folder is not null && Path.Count == 0) return false;
        Subfolders = await db.Set<MediaFolder>().AsNoTracking().Where(f => f.ParentId == Folder).OrderBy(f => f.Name).ToListAsync(cancellationToken);
        Items = await db.Set<MediaItem>().AsNoTracking().Where(m => m.FolderId == Folder).OrderBy(m => m.Name).ToListAsync(cancellationToken);
        return true;
    }
}
