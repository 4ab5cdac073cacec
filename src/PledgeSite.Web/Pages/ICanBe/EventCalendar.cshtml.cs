using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Campaign;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.ICanBe;

/// <summary>"Add to calendar": one event as an iCalendar file.</summary>
public class EventCalendarModel(ICampaignEvents events, SiteClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var e = await events.FindAsync(slug, cancellationToken);
        if (e is null) return NotFound();
        var url = $"{Request.Scheme}://{Request.Host}{e.Url ?? "/i-can-be"}";
        var ics = Calendar.ToIcs(e, url, Request.Host.Host, clock.GetUtcNow().UtcDateTime);
        return File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"{e.Slug}.ics");
    }
}
