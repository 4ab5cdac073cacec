using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Pledges;

/// <summary>The review queue: pledges by status, oldest submission first; approved pledges with changes to look at.</summary>
[Authorize(Policy = StaffPolicies.PledgeReviewer)]
public sealed class IndexModel(PledgeDbContext db) : PageModel
{
    public const string ChangesTab = "changes";

    [FromQuery(Name = "status")] public string? Tab { get; set; }
    [FromQuery(Name = "q")] public string? Search { get; set; }
    public IReadOnlyList<Core.Entities.Pledge> Pledges { get; private set; } = [];
    public Dictionary<string, int> Counts { get; private set; } = [];

    public static readonly (string Key, string Text)[] Tabs =
    [
        (nameof(PledgeStatus.AwaitingReview), "Waiting for review"),
        (ChangesTab, "Changes to review"),
        (nameof(PledgeStatus.Returned), "Returned"),
        (nameof(PledgeStatus.AwaitingConfirmation), "Email not confirmed"),
        (nameof(PledgeStatus.Approved), "Approved"),
        (nameof(PledgeStatus.Withdrawn), "Withdrawn"),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tab ??= nameof(PledgeStatus.AwaitingReview);
        var pledges = db.Set<Core.Entities.Pledge>().AsNoTracking();
        var byStatus = await pledges.GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        Counts = byStatus.ToDictionary(s => s.Key.ToString(), s => s.Count);
        Counts[ChangesTab] = await pledges.CountAsync(p => p.ChangesSubmittedUtc != null, cancellationToken);

        var query = Tab == ChangesTab ? pledges.Where(p => p.ChangesSubmittedUtc != null)
            : Enum.TryParse<PledgeStatus>(Tab, out var status) ? pledges.Where(p => p.Status == status)
            : pledges;
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            query = query.Where(p => p.OrganisationName.Contains(term) || p.Reference.Contains(term));
        }
        Pledges = await query.OrderBy(p => p.ChangesSubmittedUtc ?? p.SubmittedUtc ?? p.CreatedUtc).Take(200).ToListAsync(cancellationToken);
    }
}
