using System.Text.RegularExpressions;

namespace PledgeSite.Core.Suppliers;

/// <summary>Companies House numbers: 8 characters, either 8 digits or a 2-letter prefix and 6 digits.</summary>
public static partial class CompanyNumbers
{
    private static readonly HashSet<string> Prefixes =
        ["SC", "NI", "OC", "SO", "NC", "LP", "SL", "FC", "SF", "NF", "NL", "R0", "IP", "SP", "RC", "SR", "NP", "NO", "NR", "GE", "GS", "GN", "CE", "CS", "AC", "SA", "NA", "ZC", "SZ", "RS", "IC", "SI", "NV", "PC", "LC", "SE", "ES"];

    /// <summary>Upper case without spaces; a 7-digit number typed without its leading zero gets it back.</summary>
    public static string Normalise(string? value)
    {
        var compact = new string((value ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return compact.Length == 7 && compact.All(char.IsAsciiDigit) ? "0" + compact : compact;
    }

    public static bool IsValid(string? value)
    {
        var n = Normalise(value);
        if (n.Length != 8) return false;
        if (Digits().IsMatch(n)) return true;
        return PrefixAndDigits().IsMatch(n) && Prefixes.Contains(n[..2]);
    }

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[A-Z][A-Z0-9][0-9]{6}$")]
    private static partial Regex PrefixAndDigits();
}
