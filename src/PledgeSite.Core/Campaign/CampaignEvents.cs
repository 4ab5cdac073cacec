namespace PledgeSite.Core.Campaign;

/// <summary>An event on the campaign page (the annual celebration of R.4 and others). Times are UTC.</summary>
public sealed record CampaignEvent(
    string Slug, string Title, DateTime StartUtc, DateTime? EndUtc, string? Place, string? Summary,
    string? AccessibilityInformation, string? BookingUrl, DateTime UpdatedUtc);

/// <summary>
/// Where the campaign's events come from. The CMS's Event items plug in here (feature/cms); until then none are
/// registered and the campaign page shows no events rather than invented ones.
/// </summary>
public interface ICampaignEvents
{
    Task<IReadOnlyList<CampaignEvent>> UpcomingAsync(DateTime fromUtc, int take, CancellationToken cancellationToken);
    Task<CampaignEvent?> FindAsync(string slug, CancellationToken cancellationToken);
}

public sealed class NoCampaignEvents : ICampaignEvents
{
    public Task<IReadOnlyList<CampaignEvent>> UpcomingAsync(DateTime fromUtc, int take, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CampaignEvent>>([]);

    public Task<CampaignEvent?> FindAsync(string slug, CancellationToken cancellationToken) => Task.FromResult<CampaignEvent?>(null);
}
