using PledgeSite.Core.Signatories;

namespace PledgeSite.Web.Pages.Signatories;

/// <summary>
/// One signatory in the open data (JSON and CSV): only what the organisation agreed to publish. Never contact
/// details, never private targets. Documented in wwwroot/api/v1/openapi.json: keep the two in step.
/// </summary>
public sealed record OpenDataSignatory(
    string Reference,
    string Name,
    string Url,
    string OrganisationType,
    string? Sector,
    string? SizeBand,
    string? CompanyNumber,
    string? CharityNumber,
    string? Website,
    DateOnly SignedOn,
    string Standing,
    DateOnly? NextReportDue,
    IReadOnlyList<OpenDataCommitment> Commitments,
    IReadOnlyList<OpenDataTarget> Targets)
{
    public static OpenDataSignatory From(SignatoryListItem s, SignatoryDetails details, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(details);
        return new OpenDataSignatory(s.Reference, s.OrganisationName, baseUrl + "/signatories/" + s.Slug,
            SignatoryText.TypeSlug(s.OrganisationType), s.Sector, s.SizeBand, s.CompanyNumber, s.CharityNumber, s.Website,
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(s.SignedUtc, SignatoryText.London)),
            SignatoryText.StandingSlug(s.Standing),
            s.NextReportDueUtc is { } due ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(due, SignatoryText.London)) : null,
            details.Commitments.Select(c => new OpenDataCommitment(c.Code, c.Title)).ToList(),
            details.Targets.Select(t => new OpenDataTarget(t.Measure, string.IsNullOrWhiteSpace(t.Unit) ? null : t.Unit, t.CommitmentCode,
                new OpenDataMeasurement(t.BaselineValue, t.BaselineDate), new OpenDataMeasurement(t.TargetValue, t.TargetDate),
                t.Reports.Select(r => new OpenDataMeasurement(r.ValueReached, r.ValueDate)).ToList())).ToList());
    }
}

public sealed record OpenDataCommitment(string Code, string Title);

public sealed record OpenDataTarget(string Measure, string? Unit, string? Commitment, OpenDataMeasurement Baseline, OpenDataMeasurement Target, IReadOnlyList<OpenDataMeasurement> Reports);

public sealed record OpenDataMeasurement(decimal Value, DateOnly Date);

public sealed record OpenDataPage(int Page, int PageSize, int TotalItems, int TotalPages, string? Next, string? Previous, IReadOnlyList<OpenDataSignatory> Items);

internal static class OpenDataHeaders
{
    /// <summary>Open data may be read from any web page.</summary>
    public static void AllowAnyOrigin(HttpResponse response)
    {
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlAllowMethods = "GET, HEAD, OPTIONS";
        response.Headers.AccessControlExposeHeaders = "ETag";
    }
}
