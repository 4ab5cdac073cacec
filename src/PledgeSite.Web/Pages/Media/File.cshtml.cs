using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Media;

namespace PledgeSite.Web.Pages.Media;

/// <summary>
/// Serves media files to the public: /media/{key}/{hash}/{width}.{ext} or /media/{key}/{hash}/file.pdf. The hash in the
/// address changes with the file, so the response is cached for a year as immutable.
/// </summary>
public class FileModel(PledgeDbContext db, MediaStorage storage) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid key, string hash, string file)
    {
        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Key == key, HttpContext.RequestAborted);
        if (item is null || !string.Equals(item.ContentHash, hash, StringComparison.Ordinal)) return NotFound();
        var name = Path.GetFileNameWithoutExtension(file);
        if (!string.Equals(Path.GetExtension(file), "." + item.Extension, StringComparison.Ordinal)) return NotFound();
        string stored;
        if (item.Kind == MediaKind.Document)
        {
            if (name != MediaUrls.DocumentFileName) return NotFound();
            stored = $"original.{item.Extension}";
            var disposition = new ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(item.FileName);
            Response.Headers.ContentDisposition = disposition.ToString();
        }
        else
        {
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var width) || !item.WidthList.Contains(width)) return NotFound();
            stored = $"{width}.{item.Extension}";
        }
        var path = storage.PathOf(item.Key, stored);
        if (!System.IO.File.Exists(path)) return NotFound();
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        var result = new PhysicalFileResult(path, item.ContentType) { EnableRangeProcessing = item.Kind == MediaKind.Document };
        result.EntityTag = new EntityTagHeaderValue($"\"{item.ContentHash}-{stored}\"");
        return result;
    }
}
