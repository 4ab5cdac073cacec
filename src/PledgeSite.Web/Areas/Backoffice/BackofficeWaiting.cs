using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Staff;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Staff;

namespace PledgeSite.Web.Areas.Backoffice;

/// <summary>
/// What waits for a member of staff in each workflow section their groups open: pledges and progress reports to
/// review, nominations to score, flagged suppliers, failed emails. Shown on the Pledge section's dashboard in Umbraco.
/// </summary>
public sealed class BackofficeWaiting(PledgeDbContext db, SupplierChecks suppliers)
{
    public sealed record Item(string Title, string Href, string? Description, string? Waiting);

    public async Task<IReadOnlyList<Item>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var items = new List<Item>();
        foreach (var section in BackofficeSections.All.Where(s => s.Description is not null && s.Roles.Any(user.IsInRole)))
            items.Add(new Item(section.Title, section.Href, section.Description, await WaitingAsync(section.Href, user, cancellationToken)));
        return items;
    }

    private async Task<string?> WaitingAsync(string href, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        switch (href)
        {
            case "/backoffice/pledges":
                var pledges = await db.Set<Pledge>().CountAsync(p => p.Status == PledgeStatus.AwaitingReview, cancellationToken);
                var reports = await db.Set<ProgressReport>().CountAsync(
                    r => r.Status == ProgressReportStatus.Submitted || r.Status == ProgressReportStatus.Answered, cancellationToken);
                return Join(Count(pledges, "pledge", "pledges") + " to review", Count(reports, "progress report", "progress reports") + " to review",
                    pledges, reports);
            case "/backoffice/judging":
                var judge = user.StaffId();
                if (judge is null) return null;
                var categories = await db.Set<JudgeAssignment>().Where(j => j.JudgeUserId == judge).Select(j => j.CategoryId).ToListAsync(cancellationToken);
                var left = 0;
                foreach (var category in categories)
                {
                    var (toScore, scored) = await AwardRules.ProgressAsync(db, judge, category, cancellationToken);
                    left += toScore - scored;
                }
                return left == 0 ? null : Count(left, "nomination", "nominations") + " to score";
            case "/backoffice/suppliers":
                var flagged = (await suppliers.WithOpenFlagsAsync(cancellationToken)).Count;
                return flagged == 0 ? null : Count(flagged, "supplier", "suppliers") + " flagged";
            case "/backoffice/outbox":
                var failed = await db.Set<OutboxMessage>().CountAsync(m => m.SentUtc == null && m.FailedUtc != null, cancellationToken);
                return failed == 0 ? null : Count(failed, "email", "emails") + " failed";
            default:
                return null;
        }
    }

    private static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    private static string? Join(string first, string second, int firstCount, int secondCount) =>
        (firstCount, secondCount) switch
        {
            (0, 0) => null,
            (_, 0) => first,
            (0, _) => second,
            _ => first + "; " + second,
        };
}
