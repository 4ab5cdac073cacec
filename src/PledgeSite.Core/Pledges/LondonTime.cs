using System.Globalization;

namespace PledgeSite.Core.Pledges;

/// <summary>UTC times shown as people in Tower Hamlets read them (Europe/London, GOV.UK style).</summary>
public static class LondonTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static System.DateTime ToLondon(System.DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(System.DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>"24 November 2026"</summary>
    public static string Date(System.DateTime utc) => ToLondon(utc).ToString("d MMMM yyyy", EnGb);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    /// <summary>"24 November 2026 at 10:05am"</summary>
    public static string DateTime(System.DateTime utc)
    {
        var local = ToLondon(utc);
        return local.ToString("d MMMM yyyy", EnGb) + " at " + local.ToString("h:mmtt", EnGb).ToLowerInvariant();
    }
}
