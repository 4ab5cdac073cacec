using PledgeSite.Core.Entities;

namespace PledgeSite.Core.USync;

/// <summary>The document types as uSync writes them: defined in code, exported so a reviewer sees what each holds.</summary>
public static class DocumentTypeCatalogue
{
    private static readonly string[] Shared = ["name", "slug", "parentKey", "sortOrder", "showInNavigation", "themes", "heroMediaKey", "socialImageMediaKey"];
    private static readonly string[] SharedText = ["title", "summary", "bodyHtml", "metaDescription", "heroAltText"];

    public static IReadOnlyList<DocumentTypeFile> All { get; } =
    [
        new(ContentType.Home, "Home", "The home page at /: the pledge's purpose and the vision.", Shared, SharedText),
        new(ContentType.ContentPage, "Content page", "A page in the tree; its URL is the slugs along the tree.", Shared, SharedText),
        new(ContentType.ThemeContent, "Theme", "Editorial text for one action-plan theme, keyed by the theme's slug and shown on /themes/{slug}.", Shared, SharedText),
        new(ContentType.NewsItem, "News item", "A news story.", Shared, SharedText),
        new(ContentType.Event, "Event", "An event with its date, time, place, accessibility information and booking link.",
            [.. Shared, "eventStartUtc", "eventEndUtc", "bookingUrl"], [.. SharedText, "venue", "accessibilityInformation"]),
    ];
}
