using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Campaign;

/// <summary>The campaign's events are the CMS's published Event items; the .ics link names them by content key.</summary>
public sealed class ContentCampaignEvents(ContentQuery content) : ICampaignEvents
{
    public async Task<IReadOnlyList<CampaignEvent>> UpcomingAsync(DateTime fromUtc, int take, CancellationToken cancellationToken) =>
        (await content.UpcomingEventsAsync(ContentCultures.Default, take, cancellationToken)).Select(ToEvent).OfType<CampaignEvent>().ToList();

    public async Task<CampaignEvent?> FindAsync(string slug, CancellationToken cancellationToken) =>
        Guid.TryParseExact(slug, "N", out var key) && await content.FindAsync(ContentType.Event, key, ContentCultures.Default, cancellationToken) is { } item
            ? ToEvent(item)
            : null;

    private static CampaignEvent? ToEvent(PublishedContent item) => item.EventStartUtc is { } start
        ? new CampaignEvent(item.Key.ToString("N"), item.Title, start, item.EventEndUtc, Blank(item.Venue), Blank(item.Summary),
            Blank(item.AccessibilityInformation), item.BookingUrl, item.UpdatedUtc, item.Url)
        : null;

    private static string? Blank(string s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
