using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Suppliers;

/// <summary>What procurement sees about one supplier, read live from the records.</summary>
public sealed record SupplierCheck(
    Supplier Supplier,
    Pledge? Pledge,
    PledgeStanding? Standing,
    IReadOnlyList<SupplierDeclaration> Declarations,
    IReadOnlyList<SupplierContract> Contracts,
    IReadOnlyList<SupplierFlag> Flags)
{
    public DateTime? LatestDeclarationUtc => Declarations.Count == 0 ? null : Declarations.Max(d => d.SubmittedUtc);
}

/// <summary>Builds <see cref="SupplierCheck"/>s: the supplier, its pledge's standing now, declarations, contracts and open flags.</summary>
public sealed class SupplierChecks(PledgeDbContext db, SiteClock clock, IOptionsMonitor<SupplierOptions> options)
{
    public async Task<SupplierCheck?> ForSupplierAsync(int supplierId, CancellationToken cancellationToken = default) =>
        (await ForAsync(db.Set<Supplier>().Where(s => s.Id == supplierId), cancellationToken)) is [var check] ? check : null;

    /// <summary>Suppliers whose name contains <paramref name="text"/> or whose company number is it.</summary>
    public Task<IReadOnlyList<SupplierCheck>> SearchAsync(string? text, string? companyNumber, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Supplier>().AsQueryable();
        if (!string.IsNullOrWhiteSpace(companyNumber))
        {
            var number = CompanyNumbers.Normalise(companyNumber);
            query = query.Where(s => s.CompanyNumber == number);
        }
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim();
            var asNumber = CompanyNumbers.Normalise(term);
            query = query.Where(s => EF.Functions.Like(s.Name, "%" + term + "%") || s.CompanyNumber == asNumber);
        }
        return ForAsync(query.OrderBy(s => s.Name).Take(200), cancellationToken);
    }

    public async Task<IReadOnlyList<SupplierCheck>> WithOpenFlagsAsync(CancellationToken cancellationToken = default) =>
        (await ForAsync(db.Set<Supplier>().OrderBy(s => s.Name), cancellationToken)).Where(c => c.Flags.Count > 0).ToList();

    public async Task<IReadOnlyList<SupplierCheck>> ForAsync(IQueryable<Supplier> suppliers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(suppliers);
        var list = await suppliers.AsNoTracking().ToListAsync(cancellationToken);
        if (list.Count == 0) return [];
        var ids = list.Select(s => s.Id).ToList();
        var declarations = await db.Set<SupplierDeclaration>().AsNoTracking().Where(d => ids.Contains(d.SupplierId))
            .OrderByDescending(d => d.SubmittedUtc).ThenByDescending(d => d.Id).ToListAsync(cancellationToken);
        var contracts = await db.Set<SupplierContract>().AsNoTracking().Where(c => ids.Contains(c.SupplierId)).ToListAsync(cancellationToken);
        var numbers = list.Select(s => s.CompanyNumber).ToList();
        var references = declarations.Where(d => d.PledgeReference != null).Select(d => d.PledgeReference!).Distinct().ToList();
        var pledges = await db.Set<Pledge>().AsNoTracking()
            .Where(p => (p.CompanyNumber != null && numbers.Contains(p.CompanyNumber)) || references.Contains(p.Reference))
            .ToListAsync(cancellationToken);
        // Declarations for a registered contract count against its flags, whoever filed them.
        var contractReferences = declarations.Select(d => d.ContractReference).Distinct().ToList();
        var registered = await db.Set<SupplierContract>().AsNoTracking().Where(c => contractReferences.Contains(c.Reference)).ToListAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var months = options.CurrentValue.MonitoringOverdueMonths;
        return list.Select(s =>
        {
            var own = declarations.Where(d => d.SupplierId == s.Id).ToList();
            var ownReferences = own.Select(d => d.PledgeReference).Where(r => r != null).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var candidates = pledges.Where(p => string.Equals(p.CompanyNumber, s.CompanyNumber, StringComparison.OrdinalIgnoreCase) || ownReferences.Contains(p.Reference)).ToList();
            // A claimed pledge of another organisation is flagged, never shown as the supplier's own.
            var pledge = BestPledge(candidates.Where(p => SupplierFlags.IsOwnPledge(p, s)).ToList(), own);
            var flags = SupplierFlags.Compute(s, own, candidates, registered.Concat(contracts.Where(c => c.SupplierId == s.Id)).DistinctBy(c => c.Id), now, months);
            return new SupplierCheck(s, pledge, pledge?.StandingAt(now), own, contracts.Where(c => c.SupplierId == s.Id).OrderBy(c => c.Reference).ToList(), flags);
        }).ToList();
    }

    /// <summary>The pledge to show, from the supplier's own: the one named in the latest "signed" declaration, else an approved one with the company number, else the newest.</summary>
    private static Pledge? BestPledge(List<Pledge> candidates, List<SupplierDeclaration> declarations)
    {
        if (candidates.Count == 0) return null;
        var claimed = declarations.Where(d => d.SupersededById == null && d.PledgeReference != null).Select(d => d.PledgeReference).FirstOrDefault();
        return candidates.FirstOrDefault(p => string.Equals(p.Reference, claimed, StringComparison.OrdinalIgnoreCase))
            ?? candidates.Where(p => p.Status == PledgeStatus.Approved).OrderByDescending(p => p.ApprovedUtc).FirstOrDefault()
            ?? candidates.OrderByDescending(p => p.CreatedUtc).First();
    }
}
