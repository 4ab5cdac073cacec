namespace PledgeSite.Core.Campaign;

/// <summary>An event on the campaign page (the annual celebration of R.4 and others). Times are UTC.</summary>
public sealed record CampaignEvent(
    string Slug, string Title, DateTime StartUtc, DateTime? EndUtc, string? Place, string? Summary,
    string? AccessibilityInformation, string? BookingUrl, DateTime UpdatedUtc, string? Url = null);

/// <summary>Where the campaign's events come from: the CMS's Event items (<see cref="ContentCampaignEvents"/>).</summary>
public interface ICampaignEvents
{
    Task<IReadOnlyList<CampaignEvent>> UpcomingAsync(DateTime fromUtc, int take, CancellationToken cancellationToken);
    Task<CampaignEvent?> FindAsync(string slug, CancellationToken cancellationToken);
}
