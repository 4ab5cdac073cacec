namespace PledgeSite.Core.Entities;

/// <summary>
/// A node in the content tree (Umbraco's "document"): its document type, place in the tree, URL segment and the
/// settings shared by every culture. The words (title, summary, body...) live in one <see cref="ContentVariant"/>
/// per culture; every save of a variant is kept as a <see cref="ContentVersion"/>.
/// </summary>
public class ContentItem
{
    /// <summary>Stable key: survives renames and moves, names the uSync file and content links (/content-link/{key}).</summary>
    public Guid Key { get; set; }
    public ContentType Type { get; set; }
    /// <summary>The English title, kept in step with the en-GB variant: what the tree and the audit log show.</summary>
    public string Name { get; set; } = "";
    /// <summary>
    /// URL segment, lower case (a-z, 0-9, hyphens). The URL is the slugs along the tree, leaving out the Home item
    /// (whose URL is "/"). For <see cref="ContentType.ThemeContent"/> the slug is the theme's slug and the item is not routed.
    /// </summary>
    public string Slug { get; set; } = "";
    public Guid? ParentKey { get; set; }
    public ContentItem? Parent { get; set; }
    public List<ContentItem> Children { get; set; } = [];
    public int SortOrder { get; set; }
    public bool ShowInNavigation { get; set; }
    /// <summary>Theme slugs (anti-racist-borough, community-leadership, health, education-and-employment).</summary>
    public List<string> Themes { get; set; } = [];
    /// <summary>Hero image: a media item's key (the media library's <c>MediaItem</c>); alt text is per culture on the variant.</summary>
    public Guid? HeroMediaKey { get; set; }
    /// <summary>Image for social sharing (Open Graph); falls back to the hero image.</summary>
    public Guid? SocialImageMediaKey { get; set; }

    /// <summary>Events only: when it starts and ends (UTC; shown as Europe/London).</summary>
    public DateTime? EventStartUtc { get; set; }
    public DateTime? EventEndUtc { get; set; }
    /// <summary>Events only: where to book (absolute https URL).</summary>
    public string? BookingUrl { get; set; }

    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    /// <summary>In the recycle bin since then; null when live. Trashing an item trashes its descendants with it.</summary>
    public DateTime? TrashedUtc { get; set; }

    public List<ContentVariant> Variants { get; set; } = [];

    /// <summary>Optimistic concurrency token: a save from a stale form is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>The document types editors choose from.</summary>
public enum ContentType
{
    Home,
    ContentPage,
    /// <summary>Editorial text for one action-plan theme, keyed by the theme slug; shown on /themes/{slug}.</summary>
    ThemeContent,
    NewsItem,
    Event,
}

/// <summary>
/// One culture of a content item: the draft text editors work on, the version the public sees (if published),
/// and its publishing schedule.
/// </summary>
public class ContentVariant
{
    public int Id { get; set; }
    public Guid ContentKey { get; set; }
    public ContentItem? Content { get; set; }
    /// <summary>"en-GB" (default), "bn" or "so"; see <see cref="ContentCultures"/>.</summary>
    public string Culture { get; set; } = ContentCultures.Default;

    // The draft: what the editor last saved.
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    /// <summary>Sanitised HTML (allow-listed tags; links to content as /content-link/{key}).</summary>
    public string BodyHtml { get; set; } = "";
    public string MetaDescription { get; set; } = "";
    /// <summary>Alt text for the hero image in this culture (required when there is a hero image).</summary>
    public string HeroAltText { get; set; } = "";
    /// <summary>Events only: the place, in words.</summary>
    public string Venue { get; set; } = "";
    /// <summary>Events only: step-free access, hearing loop, BSL, quiet room...</summary>
    public string AccessibilityInformation { get; set; } = "";

    /// <summary>The version the public sees; null when not published.</summary>
    public int? PublishedVersionId { get; set; }
    public ContentVersion? PublishedVersion { get; set; }
    public DateTime? PublishedUtc { get; set; }
    /// <summary>True when the draft differs from the published version.</summary>
    public bool HasUnpublishedChanges { get; set; }

    /// <summary>Scheduled publish of the draft (UTC), run by the scheduled-publishing job.</summary>
    public DateTime? PublishAtUtc { get; set; }
    /// <summary>Scheduled unpublish (UTC).</summary>
    public DateTime? UnpublishAtUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>Optimistic concurrency token: a save from a stale form is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A snapshot of a variant's text, written on every save; rollback copies one back into the draft.</summary>
public class ContentVersion
{
    public int Id { get; set; }
    public Guid ContentKey { get; set; }
    public string Culture { get; set; } = ContentCultures.Default;
    /// <summary>1, 2, 3... per item and culture.</summary>
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public string MetaDescription { get; set; } = "";
    public string HeroAltText { get; set; } = "";
    public string Venue { get; set; } = "";
    public string AccessibilityInformation { get; set; } = "";
    public DateTime SavedUtc { get; set; }
    public string SavedBy { get; set; } = "";
    /// <summary>Why it was written: "Saved", "Published", "Rolled back to version 3"...</summary>
    public string Note { get; set; } = "";
}

/// <summary>
/// A 301 from an old URL. Left automatically when an item's slug changes or it moves (for it and every descendant,
/// pointing at the item by key so it follows later renames), or added by an editor to any local URL.
/// </summary>
public class ContentRedirect
{
    public int Id { get; set; }
    /// <summary>The old path without culture prefix, lower case, no trailing slash (e.g. "/about/old-name").</summary>
    public string FromPath { get; set; } = "";
    /// <summary>The item redirected to (its current URL, in the request's culture).</summary>
    public Guid? ContentKey { get; set; }
    /// <summary>Or a fixed local path (e.g. "/pledge") for redirects editors add by hand.</summary>
    public string? ToPath { get; set; }
    public DateTime CreatedUtc { get; set; }
    public bool CreatedAutomatically { get; set; }
}

/// <summary>Who has an item open in the editor (one row per item and editor), so others are warned.</summary>
[NotAudited]
public class ContentEditorPresence
{
    public Guid ContentKey { get; set; }
    public string UserId { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public DateTime LastSeenUtc { get; set; }
}

/// <summary>The cultures content is written in. en-GB is the default and the fallback.</summary>
public static class ContentCultures
{
    public const string Default = "en-GB";
    public const string Bengali = "bn";
    public const string Somali = "so";

    public static readonly IReadOnlyList<string> All = [Default, Bengali, Somali];

    /// <summary>The URL prefix for a culture ("" for English, "/bn", "/so").</summary>
    public static string PathPrefix(string culture) => culture == Default ? "" : "/" + culture;

    /// <summary>The value of the html lang attribute.</summary>
    public static string LangAttribute(string culture) => culture == Default ? "en-GB" : culture;

    public static string NativeName(string culture) => culture switch
    {
        Bengali => "বাংলা",
        Somali => "Soomaali",
        _ => "English",
    };

    public static string EnglishName(string culture) => culture switch
    {
        Bengali => "Bengali",
        Somali => "Somali",
        _ => "English",
    };

    public static bool IsKnown(string? culture) => culture is not null && All.Contains(culture);
}
