using System.Globalization;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Suppliers;

public enum SupplierFlagKind
{
    /// <summary>The latest declaration for a contract says "signed", but the pledge it names is not approved (or no longer exists).</summary>
    SignedWithoutApprovedPledge,
    /// <summary>
    /// The latest declaration claims a pledge whose organisation has a different Companies House number (or none): it
    /// is not this supplier's pledge, so it does not count for it.
    /// </summary>
    PledgeOfAnotherOrganisation,
    /// <summary>The pledge named in the latest declaration has lapsed or been withdrawn.</summary>
    PledgeLapsedOrWithdrawn,
    /// <summary>The supplier promised to sign by a date that has passed, and has no approved pledge.</summary>
    SignByDatePassed,
    /// <summary>No declaration for a running contract for longer than its monitoring cycle (registered contracts) or the site-wide period.</summary>
    MonitoringOverdue,
}

/// <summary>A problem procurement should look at, tied to the contract and declaration it comes from. Holds no personal data.</summary>
public sealed record SupplierFlag(SupplierFlagKind Kind, string ContractReference, string DeclarationReference, string Message)
{
    public string Title => Kind switch
    {
        SupplierFlagKind.SignedWithoutApprovedPledge => "Declared signed, no approved pledge",
        SupplierFlagKind.PledgeOfAnotherOrganisation => "Pledge belongs to another organisation",
        SupplierFlagKind.PledgeLapsedOrWithdrawn => "Pledge lapsed or withdrawn",
        SupplierFlagKind.SignByDatePassed => "Promised signing date passed",
        _ => "Contract monitoring overdue",
    };
}

/// <summary>
/// Works out a supplier's open flags from the records as they are at <c>utcNow</c>. A pure function: nothing is
/// stored, so each flag appears when the event that causes it happens (a pledge lapses, a date passes) and goes
/// away when the event that resolves it happens (a new declaration, a report filed, a pledge approved).
/// </summary>
public static class SupplierFlags
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static IReadOnlyList<SupplierFlag> Compute(
        Supplier supplier,
        IEnumerable<SupplierDeclaration> declarations,
        IEnumerable<Pledge> pledges,
        IEnumerable<SupplierContract> contracts,
        DateTime utcNow,
        int monitoringOverdueMonths)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        var pledgeList = pledges.ToList();
        var contractsByReference = contracts.ToDictionary(c => c.Reference, StringComparer.OrdinalIgnoreCase);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, London));
        var hasApprovedPledge = pledgeList.Any(p => p.Status == PledgeStatus.Approved
            && string.Equals(p.CompanyNumber, supplier.CompanyNumber, StringComparison.OrdinalIgnoreCase));
        var flags = new List<SupplierFlag>();

        var latestPerContract = declarations
            .Where(d => d.SupersededById is null)
            .GroupBy(d => d.ContractReference, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(d => d.SubmittedUtc).ThenByDescending(d => d.Id).First())
            .OrderBy(d => d.ContractReference, StringComparer.OrdinalIgnoreCase);

        foreach (var d in latestPerContract)
        {
            switch (d.PledgeStatus)
            {
                case DeclaredPledgeStatus.HasSigned:
                    var pledge = pledgeList.FirstOrDefault(p => string.Equals(p.Reference, d.PledgeReference, StringComparison.OrdinalIgnoreCase));
                    if (pledge is null || pledge.Status is not (PledgeStatus.Approved or PledgeStatus.Withdrawn))
                    {
                        flags.Add(new(SupplierFlagKind.SignedWithoutApprovedPledge, d.ContractReference, d.Reference,
                            $"Declared the pledge signed ({d.PledgeReference}), but no approved pledge with that reference exists."));
                    }
                    else if (!IsOwnPledge(pledge, supplier))
                    {
                        flags.Add(new(SupplierFlagKind.PledgeOfAnotherOrganisation, d.ContractReference, d.Reference, pledge.CompanyNumber is null
                            ? $"Pledge {pledge.Reference} was signed by {pledge.OrganisationName}, which gave no Companies House number, so it cannot be this supplier's ({supplier.CompanyNumber})."
                            : $"Pledge {pledge.Reference} belongs to {pledge.OrganisationName} (Companies House number {pledge.CompanyNumber}), not to this supplier ({supplier.CompanyNumber})."));
                    }
                    else if (pledge.StandingAt(utcNow) is var standing && standing is PledgeStanding.Lapsed or PledgeStanding.Withdrawn)
                    {
                        var when = d.PledgeStandingWhenDeclared is PledgeStanding.Lapsed or PledgeStanding.Withdrawn ? "already when declared" : "since the declaration";
                        flags.Add(new(SupplierFlagKind.PledgeLapsedOrWithdrawn, d.ContractReference, d.Reference,
                            $"Pledge {pledge.Reference} is {(standing == PledgeStanding.Lapsed ? "lapsed" : "withdrawn")} ({when})."));
                    }
                    break;
                case DeclaredPledgeStatus.WillSign when d.WillSignBy is { } by && by < today && !hasApprovedPledge:
                    flags.Add(new(SupplierFlagKind.SignByDatePassed, d.ContractReference, d.Reference,
                        $"Promised to sign the pledge by {by.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}; no approved pledge yet."));
                    break;
            }

            // A registered contract is monitored on its own cycle; an unregistered one on the site-wide period.
            var registered = contractsByReference.TryGetValue(d.ContractReference, out var contract);
            var cycleMonths = registered ? Math.Max(1, contract!.MonitoringCycleMonths) : monitoringOverdueMonths;
            var due = d.SubmittedUtc.AddMonths(cycleMonths);
            var ended = registered && contract!.EndDate.ToDateTime(TimeOnly.MinValue) < due;
            if (utcNow > due && !ended)
            {
                var dueLocal = TimeZoneInfo.ConvertTimeFromUtc(due, London);
                var cycle = cycleMonths == 12 ? "Annual contract monitoring" : $"Contract monitoring (every {cycleMonths} months)";
                flags.Add(new(SupplierFlagKind.MonitoringOverdue, d.ContractReference, d.Reference,
                    $"{cycle} was due by {dueLocal.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))} (no declaration since {TimeZoneInfo.ConvertTimeFromUtc(d.SubmittedUtc, London).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))})."));
            }
        }
        return flags;
    }

    /// <summary>A pledge counts for a supplier only when it is the same organisation's: the same Companies House number.</summary>
    public static bool IsOwnPledge(Pledge pledge, Supplier supplier)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(supplier);
        return pledge.CompanyNumber is not null && string.Equals(pledge.CompanyNumber, supplier.CompanyNumber, StringComparison.OrdinalIgnoreCase);
    }
}
