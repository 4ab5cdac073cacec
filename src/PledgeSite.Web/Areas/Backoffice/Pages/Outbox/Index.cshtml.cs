using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Outbox;

/// <summary>The email outbox: messages queued, sent and failed (with the last error), and "retry now" for failures.</summary>
[Authorize(Policy = StaffPolicies.Administrator)]
public class IndexModel(PledgeDbContext db, SiteClock clock, ILogger<IndexModel> logger) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "status")] public string Status { get; set; } = "failed";
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];
    public int Queued { get; private set; }
    public int Sent { get; private set; }
    public int Failed { get; private set; }
    public int TotalPages { get; private set; } = 1;
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync()
    {
        Status = Status is "queued" or "sent" ? Status : "failed";
        var all = db.OutboxMessages.AsNoTracking();
        Queued = await all.CountAsync(m => m.SentUtc == null && m.FailedUtc == null);
        Sent = await all.CountAsync(m => m.SentUtc != null);
        Failed = await all.CountAsync(m => m.SentUtc == null && m.FailedUtc != null);
        var query = Status switch
        {
            "queued" => all.Where(m => m.SentUtc == null && m.FailedUtc == null).OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id),
            "sent" => all.Where(m => m.SentUtc != null).OrderByDescending(m => m.Id),
            _ => all.Where(m => m.SentUtc == null && m.FailedUtc != null).OrderByDescending(m => m.Id),
        };
        var count = Status switch { "queued" => Queued, "sent" => Sent, _ => Failed };
        TotalPages = Math.Max(1, (count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        // Bodies stay in the database: the list needs only the envelope and the error.
        Messages = await query.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new OutboxMessage
            {
                Id = m.Id, ToAddress = m.ToAddress, ToName = m.ToName, Subject = m.Subject, Kind = m.Kind, CreatedUtc = m.CreatedUtc,
                NextAttemptUtc = m.NextAttemptUtc, Attempts = m.Attempts, SentUtc = m.SentUtc, FailedUtc = m.FailedUtc, LastError = m.LastError,
            })
            .ToListAsync();
    }

    /// <summary>Puts a failed message back in the queue, due now, with a fresh set of attempts.</summary>
    public async Task<IActionResult> OnPostRetryAsync(long id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.OutboxMessages
            .Where(m => m.Id == id && m.SentUtc == null && m.FailedUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.FailedUtc, (DateTime?)null)
                                      .SetProperty(m => m.Attempts, 0)
                                      .SetProperty(m => m.NextAttemptUtc, now)
                                      .SetProperty(m => m.LeaseOwner, (string?)null)
                                      .SetProperty(m => m.LeaseExpiresUtc, (DateTime?)null));
        if (updated == 1)
        {
            logger.LogInformation("Email {Id} put back in the queue by {User}", id, User.Identity?.Name);
            Message = "The email is back in the queue and will be sent within a minute.";
        }
        return Redirect("/backoffice/outbox?status=queued");
    }
}
