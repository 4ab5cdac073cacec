using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Awards;

/// <summary>A published winner's or shortlisted nominee's photo; not found before the announcement.</summary>
public class PhotoModel(PledgeDbContext db, SiteClock clock, AwardFiles files) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, int id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await (from n in db.Set<Nomination>()
                         join c in db.Set<AwardCycle>() on n.CycleId equals c.Id
                         where n.Id == id && c.Year == year && n.Outcome != NominationOutcome.None && n.PhotoStoredName != null
                         select new { n.PhotoStoredName, n.PhotoContentType, c.AnnouncementUtc }).FirstOrDefaultAsync();
        if (row is null || row.AnnouncementUtc > now || files.Open(row.PhotoStoredName) is not { } stream) return NotFound();
        Response.Headers.CacheControl = "public, max-age=3600";
        return File(stream, row.PhotoContentType ?? "application/octet-stream");
    }
}
