using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Core.Signatories;

namespace PledgeSite.Web.Pages.Signatories;

/// <summary>
/// The directory's query string, shared by the page and the open data: <c>?q=&amp;type=&amp;sector=&amp;size=&amp;commitment=&amp;standing=&amp;year=&amp;page=</c>.
/// Unknown values are ignored rather than refused, so an old link still shows something sensible.
/// </summary>
public sealed class SignatoryQuery
{
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "type")] public string? Type { get; set; }
    [FromQuery(Name = "sector")] public string? Sector { get; set; }
    [FromQuery(Name = "size")] public string? Size { get; set; }
    [FromQuery(Name = "commitment")] public string? Commitment { get; set; }
    [FromQuery(Name = "standing")] public string? Standing { get; set; }
    [FromQuery(Name = "year")] public string? Year { get; set; }
    [FromQuery(Name = "page")] public string? Page { get; set; }

    public int PageNumber => int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;

    public SignatoryFilter ToFilter() => new()
    {
        Name = Trim(Q, 100),
        Type = SignatoryText.TypeFromSlug(Type),
        Sector = Trim(Sector, 100),
        SizeBand = Trim(Size, 40),
        Commitment = Trim(Commitment, 40),
        Standing = SignatoryText.StandingFromSlug(Standing),
        Year = int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 3000 ? y : null,
    };

    private static string? Trim(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        return value.Length > max ? value[..max] : value;
    }
}

/// <summary>Words and URL values for organisation types and standings, as the public sees them.</summary>
public static class SignatoryText
{
    /// <summary>The same words the sign-up form uses (one list, in <see cref="PledgeChoices"/>).</summary>
    public static string TypeName(OrganisationType type) => PledgeChoices.Describe(type);

    public static string TypeSlug(OrganisationType type) => Kebab(type.ToString());

    public static OrganisationType? TypeFromSlug(string? slug) =>
        Enum.GetValues<OrganisationType>().Cast<OrganisationType?>().FirstOrDefault(t => string.Equals(TypeSlug(t!.Value), slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static readonly PledgeStanding[] PublicStandings = [PledgeStanding.Active, PledgeStanding.ReportOverdue, PledgeStanding.Lapsed];

    public static string StandingName(PledgeStanding standing) => standing switch
    {
        PledgeStanding.Active => "Active",
        PledgeStanding.ReportOverdue => "Report overdue",
        PledgeStanding.Lapsed => "Lapsed",
        PledgeStanding.Withdrawn => "Withdrawn",
        PledgeStanding.AwaitingReview => "Awaiting review",
        _ => "Not yet submitted",
    };

    /// <summary>GOV.UK tag colour for a standing.</summary>
    public static string StandingColour(PledgeStanding standing) => standing switch
    {
        PledgeStanding.Active => "green",
        PledgeStanding.ReportOverdue => "orange",
        PledgeStanding.Lapsed => "red",
        _ => "grey",
    };

    public static string StandingSlug(PledgeStanding standing) => Kebab(standing.ToString());

    public static PledgeStanding? StandingFromSlug(string? slug) =>
        PublicStandings.Cast<PledgeStanding?>().FirstOrDefault(s => string.Equals(StandingSlug(s!.Value), slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>A UTC time as a date in London, for example "24 November 2026".</summary>
    public static string Date(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, London).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}

/// <summary>
/// Cache headers for anonymous public responses: a short browser lifetime and an ETag from the data shown,
/// so a revisit costs a 304. The output cache keeps and replays both headers.
/// </summary>
public static class PublicCaching
{
    /// <summary>Sets Cache-Control and ETag; true when the client already has this version (answer 304).</summary>
    public static bool NotModified(HttpContext context, string fingerprint, int maxAgeSeconds = 300)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint));
        var etag = "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 12)) + "\"";
        var headers = context.Response.Headers;
        headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"public, max-age={maxAgeSeconds}");
        headers.ETag = etag;
        var sent = context.Request.Headers.IfNoneMatch.ToString();
        return sent.Length > 0 && sent.Split(',').Any(t => t.Trim() == etag || t.Trim() == "W/" + etag);
    }
}
