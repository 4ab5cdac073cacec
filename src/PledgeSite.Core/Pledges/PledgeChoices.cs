using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Pledges;

/// <summary>The fixed answers offered when signing (sector, size band) and how types and statuses read in pages.</summary>
public static class PledgeChoices
{
    public static readonly IReadOnlyList<string> Sectors =
    [
        "Arts, culture and sport", "Charity and community", "Construction and property", "Education",
        "Faith", "Finance and insurance", "Health and social care", "Hospitality and retail", "Housing",
        "Legal and professional services", "Local and central government", "Media and communications",
        "Technology", "Transport and logistics", "Other",
    ];

    /// <summary>Number of staff and volunteers, in the bands the Office for National Statistics uses.</summary>
    public static readonly IReadOnlyList<string> SizeBands =
        ["1 to 9 people", "10 to 49 people", "50 to 249 people", "250 to 999 people", "1,000 people or more"];

    public static string Describe(OrganisationType type) => type switch
    {
        OrganisationType.PublicBody => "Public body",
        OrganisationType.Business => "Business",
        OrganisationType.CharityOrVoluntaryGroup => "Charity or voluntary group",
        OrganisationType.SchoolOrCollege => "School or college",
        OrganisationType.Health => "Health organisation",
        OrganisationType.Housing => "Housing organisation",
        OrganisationType.FaithGroup => "Faith group",
        _ => type.ToString(),
    };

    public static string Describe(PledgeStatus status) => status switch
    {
        PledgeStatus.Draft => "Draft",
        PledgeStatus.AwaitingConfirmation => "Email not yet confirmed",
        PledgeStatus.AwaitingReview => "Waiting for review",
        PledgeStatus.Returned => "Returned for changes",
        PledgeStatus.Approved => "Approved",
        PledgeStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    /// <summary>GOV.UK tag colour for a status.</summary>
    public static string Colour(PledgeStatus status) => status switch
    {
        PledgeStatus.Approved => "green",
        PledgeStatus.AwaitingReview => "blue",
        PledgeStatus.Returned => "orange",
        PledgeStatus.Withdrawn => "grey",
        _ => "yellow",
    };
}
