using PledgeSite.Core.Entities;

namespace PledgeSite.Core.USync;

// The shapes of the files in uSync/. Records, so "unchanged" is a value comparison of what the database holds
// against what the file says.

/// <summary>uSync/content/{key}.json: a content item with its place in the tree and every culture.</summary>
public sealed record ContentItemFile(
    Guid Key,
    ContentType Type,
    string Name,
    string Slug,
    Guid? ParentKey,
    int SortOrder,
    bool ShowInNavigation,
    IReadOnlyList<string> Themes,
    Guid? HeroMediaKey,
    Guid? SocialImageMediaKey,
    DateTime? EventStartUtc,
    DateTime? EventEndUtc,
    string? BookingUrl,
    DateTime? TrashedUtc,
    IReadOnlyList<ContentVariantFile> Variants);

/// <summary>One culture: the draft, the published text (null when not published) and the schedule.</summary>
public sealed record ContentVariantFile(
    string Culture,
    ContentTextFile Draft,
    ContentTextFile? Published,
    DateTime? PublishedUtc,
    DateTime? PublishAtUtc,
    DateTime? UnpublishAtUtc);

/// <summary>The words of a variant. The body is stored as lines, so a one-paragraph edit is a one-line diff.</summary>
public sealed record ContentTextFile(
    string Title,
    string Summary,
    IReadOnlyList<string> BodyHtml,
    string MetaDescription,
    string HeroAltText,
    string Venue,
    string AccessibilityInformation)
{
    [System.Text.Json.Serialization.JsonIgnore] public string Body => string.Join('\n', BodyHtml);
    public static IReadOnlyList<string> Lines(string html) => html.Split('\n');
}

/// <summary>uSync/media/{key}.json, with the file itself beside it as uSync/media/{key}.{extension}.</summary>
public sealed record MediaItemFile(
    Guid Key,
    Guid? FolderKey,
    string Name,
    string FileName,
    MediaKind Kind,
    string Extension,
    string? AltText,
    bool IsDecorative,
    string ContentHash);

/// <summary>uSync/media-folders/{key}.json.</summary>
public sealed record MediaFolderFile(Guid Key, string Name, Guid? ParentKey);

/// <summary>uSync/redirects/{key}.json; the key is derived from the old path, which is unique.</summary>
public sealed record RedirectFile(string FromPath, Guid? ContentKey, string? ToPath, bool CreatedAutomatically, DateTime CreatedUtc);

/// <summary>uSync/document-types/{alias}.json: what each document type holds (defined in code; checked on import).</summary>
public sealed record DocumentTypeFile(
    ContentType Alias,
    string Name,
    string Description,
    IReadOnlyList<string> Properties,
    IReadOnlyList<string> VariantProperties);
