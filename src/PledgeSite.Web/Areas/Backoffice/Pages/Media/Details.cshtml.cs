using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Media;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Media;

/// <summary>One media item: preview, addresses, where it is used; change its name, alt text and folder.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class DetailsModel(PledgeDbContext db, MediaLibrary library) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter a name")]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [BindProperty]
    [StringLength(500, ErrorMessage = "Alt text must be 500 characters or fewer")]
    public string? AltText { get; set; }

    [BindProperty] public bool IsDecorative { get; set; }
    [BindProperty] public int? FolderId { get; set; }

    public MediaItem Item { get; private set; } = default!;
    public IReadOnlyList<MediaUse> Usage { get; private set; } = [];
    public IReadOnlyList<GovUkOption> Folders { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken)) return NotFound();
        Name = Item.Name;
        AltText = Item.AltText;
        IsDecorative = Item.IsDecorative;
        FolderId = Item.FolderId;
        Message = TempData["MediaMessage"] as string;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken)) return NotFound();
        var alt = AltText?.Trim();
        if (Item.Kind == MediaKind.Image && !IsDecorative && string.IsNullOrEmpty(alt))
            ModelState.AddModelError(nameof(AltText), "Enter alt text that describes the image, or select that it is decorative");
        if (FolderId is { } folderId && !await db.Set<MediaFolder>().AnyAsync(f => f.Id == folderId, cancellationToken))
            ModelState.AddModelError(nameof(FolderId), "Select a folder that exists");
        if (!ModelState.IsValid) return Page();
        var item = await db.Set<MediaItem>().FirstAsync(m => m.Key == key, cancellationToken);
        item.Name = Name!.Trim();
        item.IsDecorative = item.Kind == MediaKind.Image && IsDecorative;
        item.AltText = item.IsDecorative || string.IsNullOrEmpty(alt) ? null : alt;
        item.FolderId = FolderId;
        item.UpdatedUtc = HttpContext.RequestServices.GetRequiredService<SiteClock>().GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        TempData["MediaMessage"] = "Changes saved";
        return RedirectToPage("Details", new { key });
    }

    private async Task<bool> LoadAsync(Guid key, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().AsNoTracking().Include(m => m.Folder).FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (item is null) return false;
        Item = item;
        Usage = await library.UsageAsync(key, cancellationToken);
        Folders = [new GovUkOption("", "Top level (no folder)"),
            .. (await library.FolderPathsAsync(cancellationToken)).Select(f => new GovUkOption(f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Path))];
        return true;
    }
}
