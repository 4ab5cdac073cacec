using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Pledges;

/// <summary>An existing pledge that looks like the same organisation, and why.</summary>
public sealed record DuplicatePledge(string Reference, string OrganisationName, PledgeStatus Status, string Reason);

/// <summary>Spots an organisation signing twice: the same Companies House or charity number, or the same website domain.</summary>
public sealed class DuplicatePledges(PledgeDbContext db)
{
    public async Task<DuplicatePledge?> FindAsync(string? companyNumber, string? charityNumber, string? websiteDomain, int? exceptPledgeId, CancellationToken cancellationToken)
    {
        var live = db.Set<Pledge>().AsNoTracking().Where(p => p.Status != PledgeStatus.Withdrawn && p.Id != (exceptPledgeId ?? 0));
        if (!string.IsNullOrEmpty(companyNumber)
            && await live.FirstOrDefaultAsync(p => p.CompanyNumber == companyNumber, cancellationToken) is { } byCompany)
            return new(byCompany.Reference, byCompany.OrganisationName, byCompany.Status, $"Companies House number {companyNumber}");
        if (!string.IsNullOrEmpty(charityNumber)
            && await live.FirstOrDefaultAsync(p => p.CharityNumber == charityNumber, cancellationToken) is { } byCharity)
            return new(byCharity.Reference, byCharity.OrganisationName, byCharity.Status, $"charity number {charityNumber}");
        if (!string.IsNullOrEmpty(websiteDomain)
            && await live.FirstOrDefaultAsync(p => p.WebsiteDomain == websiteDomain, cancellationToken) is { } byDomain)
            return new(byDomain.Reference, byDomain.OrganisationName, byDomain.Status, $"website {websiteDomain}");
        return null;
    }
}
