using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Signatories;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Awards;

/// <summary>An award a signatory won, for its public page.</summary>
public sealed record AwardWon(int Year, string CategoryName, NominationOutcome Outcome)
{
    /// <summary>The year's public results page.</summary>
    public string Url => $"/awards/{Year}";

    public string Label => Outcome == NominationOutcome.Winner ? $"Winner, {CategoryName} {Year}" : $"Highly commended, {CategoryName} {Year}";
}

/// <summary>
/// The awards a signatory has won (winners and highly commended), only once the cycle's results are published.
/// The signatory page shows them through the <see cref="ISignatoryAwards"/> extension point.
/// </summary>
public sealed class SignatoryAwards(PledgeDbContext db, SiteClock clock) : ISignatoryAwards
{
    public async Task<IReadOnlyList<SignatoryAward>> WonByAsync(int pledgeId, CancellationToken cancellationToken) =>
        (await ForPledgeAsync(pledgeId, cancellationToken))
            .Select(a => new SignatoryAward(a.Year, a.CategoryName, a.Outcome == NominationOutcome.Winner ? "Winner" : "Highly commended", a.Url))
            .ToList();

    public async Task<IReadOnlyList<AwardWon>> ForPledgeAsync(int pledgeId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (from n in db.Set<Nomination>()
                          join c in db.Set<AwardCategory>() on n.CategoryId equals c.Id
                          join y in db.Set<AwardCycle>() on c.CycleId equals y.Id
                          where n.NomineePledgeId == pledgeId && n.Status == NominationStatus.Submitted
                                && (n.Outcome == NominationOutcome.Winner || n.Outcome == NominationOutcome.HighlyCommended)
                                && y.AnnouncementUtc <= now
                          select new { y.Year, c.Name, n.Outcome })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Year).ThenByDescending(r => r.Outcome).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new AwardWon(r.Year, r.Name, r.Outcome)).ToList();
    }
}
