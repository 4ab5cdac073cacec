using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Suppliers.Api;

/// <summary>
/// GET /api/v1/suppliers/check?companyNumber=&amp;name= for procurement systems, with an API key in X-Api-Key.
/// Answers each matching supplier's pledge status and reference, latest declaration date and open flags. No
/// personal data: no names of people, no email addresses, no workforce figures.
/// </summary>
[IgnoreAntiforgeryToken]
public class CheckModel(ApiKeys keys, SupplierChecks checks, PledgeDbContext db, SiteClock clock) : PageModel
{
    [FromQuery(Name = "companyNumber")] public string? CompanyNumber { get; set; }
    [FromQuery(Name = "name")] public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var presented = Request.Headers[ApiKeys.Header].ToString();
        if (string.IsNullOrWhiteSpace(presented))
            return Problem(StatusCodes.Status401Unauthorized, "missing-api-key", $"Send your API key in the {ApiKeys.Header} header.");
        var key = await keys.FindActiveAsync(presented, cancellationToken);
        if (key is null)
            return Problem(StatusCodes.Status401Unauthorized, "invalid-api-key", "The API key is not recognised or has been revoked.");
        await keys.MarkUsedAsync(key, cancellationToken);

        var number = string.IsNullOrWhiteSpace(CompanyNumber) ? null : CompanyNumbers.Normalise(CompanyNumber);
        var name = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim();
        if (number is null && name is null)
            return Problem(StatusCodes.Status400BadRequest, "missing-query", "Give companyNumber, name, or both.");
        if (number is not null && !CompanyNumbers.IsValid(number))
            return Problem(StatusCodes.Status400BadRequest, "invalid-company-number", "companyNumber must be 8 characters: 8 digits, or 2 letters and 6 digits.");
        if (name is { Length: < 2 or > 200 })
            return Problem(StatusCodes.Status400BadRequest, "invalid-name", "name must be 2 to 200 characters.");

        var query = db.Set<Supplier>().AsQueryable();
        if (number is not null) query = query.Where(s => s.CompanyNumber == number);
        if (name is not null) query = query.Where(s => EF.Functions.Like(s.Name, "%" + name + "%"));
        var found = await checks.ForAsync(query.OrderBy(s => s.Name).Take(50), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        var results = found.Select(c => new SupplierResult(
            c.Supplier.Name, c.Supplier.CompanyNumber,
            c.Pledge is null ? null : new PledgeResult(c.Pledge.Reference, Status(c.Standing)),
            c.LatestDeclarationUtc is { } latest ? DateOnly.FromDateTime(latest).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            c.Flags.Select(f => new FlagResult(Kind(f.Kind), f.ContractReference, f.DeclarationReference, f.Message)).ToList())).ToList();

        // A company that has a pledge but has never declared or been registered as a supplier is still worth answering.
        if (results.Count == 0 && number is not null)
        {
            var pledge = await db.Set<PledgeSite.Core.Entities.Pledge>().AsNoTracking().Where(p => p.CompanyNumber == number)
                .OrderByDescending(p => p.Status == PledgeStatus.Approved).ThenByDescending(p => p.CreatedUtc).FirstOrDefaultAsync(cancellationToken);
            if (pledge is not null && pledge.Status != PledgeStatus.Draft)
                results.Add(new SupplierResult(pledge.OrganisationName, number, new PledgeResult(pledge.Reference, Status(pledge.StandingAt(now))), null, []));
        }

        return new JsonResult(new CheckResult(now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), results));
    }

    private JsonResult Problem(int status, string error, string message)
    {
        if (status == StatusCodes.Status401Unauthorized) Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeys.Header}\"";
        return new JsonResult(new { error, message }) { StatusCode = status };
    }

    public static string Status(PledgeStanding? standing) => standing switch
    {
        PledgeStanding.Active => "approved",
        PledgeStanding.ReportOverdue => "report-overdue",
        PledgeStanding.Lapsed => "lapsed",
        PledgeStanding.Withdrawn => "withdrawn",
        PledgeStanding.AwaitingReview => "awaiting-review",
        _ => "not-submitted",
    };

    private static string Kind(SupplierFlagKind kind) => kind switch
    {
        SupplierFlagKind.SignedWithoutApprovedPledge => "signed-without-approved-pledge",
        SupplierFlagKind.PledgeOfAnotherOrganisation => "pledge-belongs-to-another-organisation",
        SupplierFlagKind.PledgeLapsedOrWithdrawn => "pledge-lapsed-or-withdrawn",
        SupplierFlagKind.SignByDatePassed => "sign-by-date-passed",
        _ => "monitoring-overdue",
    };

    public sealed record CheckResult(string CheckedAt, IReadOnlyList<SupplierResult> Suppliers);
    public sealed record SupplierResult(string Name, string CompanyNumber, PledgeResult? Pledge, string? LatestDeclarationDate, IReadOnlyList<FlagResult> OpenFlags);
    public sealed record PledgeResult(string Reference, string Status);
    public sealed record FlagResult(string Kind, string ContractReference, string DeclarationReference, string Detail);
}
