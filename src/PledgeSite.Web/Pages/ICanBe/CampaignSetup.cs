using Microsoft.Extensions.DependencyInjection.Extensions;
using PledgeSite.Core.Campaign;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Pages.ICanBe;

public static class CampaignSetup
{
    public const string CacheTag = "campaign";
    /// <summary>The public policy, varied by today's date in London, for pages that list what is still open.</summary>
    public const string ByDayPolicy = "PublicByDay";

    /// <summary>The 'I can be' campaign: role models, opportunities and events.</summary>
    public static WebApplicationBuilder AddCampaign(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<CampaignQuery>();
        builder.Services.AddScoped<RoleModelConsent>();
        builder.Services.TryAddScoped<ICampaignEvents, ContentCampaignEvents>();
        // Opportunities close at the end of their closing date: a new day is a new cache entry.
        builder.Services.AddOutputCache(options => options.AddPolicy(ByDayPolicy, policy => policy
            .Expire(TimeSpan.FromMinutes(10)).SetVaryByQuery("*").OnlyKnownQueryKeys().VaryByContentCoding()
            .VaryByValue(context => new("day", context.RequestServices.GetRequiredService<CampaignQuery>().Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))));
        return builder;
    }
}

/// <summary>How campaign values read on the site.</summary>
public static class CampaignText
{
    public static string Type(OpportunityType type) => type switch
    {
        OpportunityType.SchoolGovernor => "School governor",
        OpportunityType.Trustee => "Trustee",
        OpportunityType.BoardMember => "Board member",
        OpportunityType.Mentoring => "Mentoring",
        OpportunityType.LeadershipProgramme => "Leadership programme",
        OpportunityType.Volunteering => "Volunteering",
        OpportunityType.JobOrApprenticeship => "Job or apprenticeship",
        _ => "Bursary",
    };

    public static IReadOnlyList<GovUkOption> TypeOptions { get; } = GovUkOption.FromEnum<OpportunityType>(Type);

    public static IReadOnlyList<GovUkOption> ThemeOptions { get; } =
    [
        new(Theme.AntiRacistBorough, "Anti-Racist Borough"),
        new(Theme.CommunityLeadership, "Community Leadership"),
        new(Theme.Health, "Health"),
        new(Theme.EducationAndEmployment, "Education & Employment"),
    ];

    public static string ThemeName(string slug) => ThemeOptions.FirstOrDefault(t => t.Value == slug)?.Text ?? slug;

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string When(CampaignEvent e)
    {
        var start = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(e.StartUtc, DateTimeKind.Utc), London);
        var text = start.ToString("dddd d MMMM yyyy, h:mmtt", English).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
        if (e.EndUtc is { } endUtc)
        {
            var end = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(endUtc, DateTimeKind.Utc), London);
            text += " to " + end.ToString(end.Date == start.Date ? "h:mmtt" : "dddd d MMMM yyyy, h:mmtt", English).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
        }
        return text;
    }
}
