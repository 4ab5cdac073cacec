using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Media;

/// <summary>
/// Choose an image for a content field, without JavaScript: each image links back to the editor with its key in the
/// query string, e.g. /backoffice/media/picker?returnUrl=/backoffice/content/42&amp;field=HeroImageKey.
/// </summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class PickerModel(PledgeDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public string Field { get; set; } = "mediaKey";
    [BindProperty(SupportsGet = true)] public int? Folder { get; set; }

    public IReadOnlyList<MediaItem> Images { get; private set; } = [];
    public IReadOnlyList<MediaFolder> Folders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Only back to a back-office page, so the picker cannot be used to send someone elsewhere.
        if (ReturnUrl is null || !Url.IsLocalUrl(ReturnUrl) || !ReturnUrl.StartsWith("/backoffice/", StringComparison.OrdinalIgnoreCase))
            ReturnUrl = "/backoffice/media";
        if (!System.Text.RegularExpressions.Regex.IsMatch(Field, "^[A-Za-z][A-Za-z0-9_.]{0,60}$")) Field = "mediaKey";
        Folders = await db.Set<MediaFolder>().AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);
        var query = db.Set<MediaItem>().AsNoTracking().Where(m => m.Kind == MediaKind.Image);
        if (Folder is not null) query = query.Where(m => m.FolderId == Folder);
        Images = await query.OrderBy(m => m.Name).ToListAsync(cancellationToken);
        return Page();
    }

    public string ChooseUrl(MediaItem item) => QueryHelpers.AddQueryString(ReturnUrl!, Field, item.Key.ToString("D"));
    public string FolderUrl(int? folder) => QueryHelpers.AddQueryString("/backoffice/media/picker",
        new Dictionary<string, string?> { ["returnUrl"] = ReturnUrl, ["field"] = Field, ["folder"] = folder?.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
