using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Pledges.Reports;

/// <summary>Progress reports, newest first: filed, queried, or answered after a query.</summary>
[Authorize(Policy = StaffPolicies.PledgeReviewer)]
public sealed class IndexModel(PledgeDbContext db) : PageModel
{
    public const int PageSize = 50;
    [FromQuery(Name = "status")] public string? Status { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public int TotalPages { get; private set; } = 1;
    public IReadOnlyList<Row> Reports { get; private set; } = [];

    public sealed record Row(int Id, string Organisation, string Reference, string Measure, decimal Value, string Unit, DateTime SubmittedUtc, ProgressReportStatus Status);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Set<ProgressReport>().AsNoTracking();
        if (Enum.TryParse<ProgressReportStatus>(Status, ignoreCase: true, out var status)) query = query.Where(r => r.Status == status);
        var total = await query.CountAsync(cancellationToken);
        TotalPages = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Reports = await query.OrderByDescending(r => r.UpdatedUtc ?? r.SubmittedUtc).ThenByDescending(r => r.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new Row(r.Id, r.Pledge.OrganisationName, r.Pledge.Reference, r.Target.Measure, r.ValueReached, r.Target.Unit, r.SubmittedUtc, r.Status))
            .ToListAsync(cancellationToken);
    }
}
