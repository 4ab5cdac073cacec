using System.Globalization;
using System.Text.RegularExpressions;

namespace PledgeSite.Core.Pledges;

/// <summary>Format checks and normalisation for what organisations type in: registration numbers, postcodes, websites.</summary>
public static partial class OrganisationDetails
{
    /// <summary>Upper case without spaces; valid when 8 digits, or 2 letters (SC, NI, OC, SO, ...) and 6 digits.</summary>
    public static string NormaliseCompanyNumber(string value) =>
        Squash(value).ToUpperInvariant();

    public static bool IsValidCompanyNumber(string normalised) => CompanyNumberPattern().IsMatch(normalised);

    public static string NormaliseCharityNumber(string value) => Squash(value).Replace("-", "", StringComparison.Ordinal);

    /// <summary>Charity Commission (6 or 7 digits) and other UK registers (up to 8 digits).</summary>
    public static bool IsValidCharityNumber(string normalised) => CharityNumberPattern().IsMatch(normalised);

    /// <summary>A UK postcode, upper case with one space before the inward code ("E14 2BG"), or null when not valid.</summary>
    public static string? NormalisePostcode(string value)
    {
        var squashed = Squash(value).ToUpperInvariant();
        var match = PostcodePattern().Match(squashed);
        return match.Success ? $"{match.Groups[1].Value} {match.Groups[2].Value}" : null;
    }

    /// <summary>An absolute http(s) address with a dotted host name, adding https:// when left out; null when not valid.</summary>
    public static Uri? ParseWebsite(string value)
    {
        var text = value.Trim();
        if (text.Length == 0 || text.Length > 300) return null;
        if (!text.Contains("://", StringComparison.Ordinal)) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) return null;
        if (!uri.Host.Contains('.', StringComparison.Ordinal) || uri.Host.EndsWith('.')) return null;
        return uri;
    }

    /// <summary>The host name in lower case without a leading "www.", for spotting the same organisation twice.</summary>
    public static string WebsiteDomain(Uri website)
    {
        ArgumentNullException.ThrowIfNull(website);
        var host = website.IdnHost.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    public static bool IsValidEmail(string value)
    {
        var text = value.Trim();
        if (text.Length is < 3 or > 320 || text.Contains(' ', StringComparison.Ordinal)) return false;
        return EmailPattern().IsMatch(text);
    }

    /// <summary>UK or international phone number: digits with spaces, brackets, dashes and a leading +; 10 to 15 digits.</summary>
    public static bool IsValidPhone(string value)
    {
        var text = value.Trim();
        if (!PhoneCharacters().IsMatch(text)) return false;
        var digits = text.Count(char.IsAsciiDigit);
        return digits is >= 10 and <= 15;
    }

    /// <summary>A decimal typed by a person: digits, an optional minus, one point, commas as thousands separators.</summary>
    public static bool TryParseNumber(string? value, out decimal number)
    {
        var text = (value ?? "").Trim().Replace(",", "", StringComparison.Ordinal).TrimEnd('%').Trim();
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            && Math.Abs(number) < 1_000_000_000_000m;
    }

    public static bool TryParseCount(string? value, out int count)
    {
        var text = (value ?? "").Trim().Replace(",", "", StringComparison.Ordinal);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    private static string Squash(string value) => WhitespacePattern().Replace(value ?? "", "");

    [GeneratedRegex(@"^(\d{8}|[A-Z]{2}\d{6})$")]
    private static partial Regex CompanyNumberPattern();

    [GeneratedRegex(@"^\d{6,8}$")]
    private static partial Regex CharityNumberPattern();

    // The GOV.UK pattern for UK postcodes, including GIR 0AA.
    [GeneratedRegex(@"^(GIR|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRV-Y]))(\d[ABD-HJLNP-UW-Z]{2})$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[\d\s()\-]+$")]
    private static partial Regex PhoneCharacters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
