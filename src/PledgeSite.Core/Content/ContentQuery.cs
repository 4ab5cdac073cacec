using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Content;

/// <summary>A published (or, for preview, draft) content item as the public sees it in one culture.</summary>
public sealed record PublishedContent
{
    public required Guid Key { get; init; }
    public required ContentType Type { get; init; }
    /// <summary>The culture asked for.</summary>
    public required string RequestedCulture { get; init; }
    /// <summary>The culture of the text served: the one asked for, or English when it has no translation.</summary>
    public required string Culture { get; init; }
    public bool IsFallback => Culture != RequestedCulture;
    public required string Title { get; init; }
    public required string Summary { get; init; }
    /// <summary>Sanitised HTML with content links resolved to current URLs and GOV.UK classes added. Safe to output raw.</summary>
    public required string BodyHtml { get; init; }
    public required string MetaDescription { get; init; }
    public Guid? HeroMediaKey { get; init; }
    public required string HeroAltText { get; init; }
    public Guid? SocialImageMediaKey { get; init; }
    public required IReadOnlyList<string> Themes { get; init; }
    /// <summary>Path without culture prefix ("/" for Home).</summary>
    public required string Path { get; init; }
    /// <summary>The URL in the requested culture.</summary>
    public required string Url { get; init; }
    /// <summary>Home and the ancestors (published ones), not the item itself.</summary>
    public required IReadOnlyList<ContentLink> Breadcrumbs { get; init; }
    /// <summary>Cultures with a published translation (for hreflang and the language switcher).</summary>
    public required IReadOnlyList<string> PublishedCultures { get; init; }
    public DateTime? EventStartUtc { get; init; }
    public DateTime? EventEndUtc { get; init; }
    public required string Venue { get; init; }
    public required string AccessibilityInformation { get; init; }
    public string? BookingUrl { get; init; }
    public DateTime? PublishedUtc { get; init; }
    public required DateTime UpdatedUtc { get; init; }
}

public sealed record ContentLink(string Title, string Url);

/// <summary>
/// Read side of the CMS for every feature: published items by path, by type and key, theme texts by theme slug,
/// upcoming events, navigation, the sitemap, and drafts for preview.
/// </summary>
public sealed class ContentQuery(PledgeDbContext db, SiteClock clock)
{
    private ContentTree? _tree;

    public async Task<ContentTree> TreeAsync(CancellationToken cancellationToken = default) =>
        _tree ??= await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);

    /// <summary>The published item at a path (without the culture prefix) in a culture, falling back to English.</summary>
    public async Task<PublishedContent?> FindByPathAsync(string path, string culture, CancellationToken cancellationToken = default)
    {
        var tree = await TreeAsync(cancellationToken);
        var node = tree.FindByPath(path);
        return node is null ? null : await PublishedAsync(tree, node, culture, cancellationToken);
    }

    /// <summary>A published item of a type by key, or null.</summary>
    public async Task<PublishedContent?> FindAsync(ContentType type, Guid key, string culture, CancellationToken cancellationToken = default)
    {
        var tree = await TreeAsync(cancellationToken);
        var node = tree.Find(key);
        return node is null || node.Type != type ? null : await PublishedAsync(tree, node, culture, cancellationToken);
    }

    /// <summary>The published editorial text for an action-plan theme (by its slug, e.g. "health"), or null.</summary>
    public async Task<PublishedContent?> FindThemeContentAsync(string themeSlug, string culture, CancellationToken cancellationToken = default)
    {
        var tree = await TreeAsync(cancellationToken);
        var node = tree.All.Where(n => n.Type == ContentType.ThemeContent && n.Slug == themeSlug && n.ServedCulture(culture) is not null)
            .OrderBy(n => n.SortOrder).FirstOrDefault();
        return node is null ? null : await PublishedAsync(tree, node, culture, cancellationToken);
    }

    /// <summary>Published events that have not ended, soonest first.</summary>
    public async Task<IReadOnlyList<PublishedContent>> UpcomingEventsAsync(string culture, int take = 20, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = await db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.Type == ContentType.Event && c.TrashedUtc == null && c.EventStartUtc != null
                && (c.EventEndUtc ?? c.EventStartUtc) >= now)
            .OrderBy(c => c.EventStartUtc).Select(c => c.Key).ToListAsync(cancellationToken);
        return await ManyAsync(keys, culture, take, cancellationToken);
    }

    /// <summary>Published news items, newest first.</summary>
    public async Task<IReadOnlyList<PublishedContent>> LatestNewsAsync(string culture, int take = 10, CancellationToken cancellationToken = default)
    {
        var tree = await TreeAsync(cancellationToken);
        var keys = tree.All.Where(n => n.Type == ContentType.NewsItem && n.ServedCulture(culture) is not null)
            .OrderByDescending(n => n.Published[n.ServedCulture(culture)!].PublishedUtc).Select(n => n.Key).ToList();
        return await ManyAsync(keys, culture, take, cancellationToken);
    }

    private async Task<IReadOnlyList<PublishedContent>> ManyAsync(List<Guid> keys, string culture, int take, CancellationToken cancellationToken)
    {
        var tree = await TreeAsync(cancellationToken);
        var result = new List<PublishedContent>();
        foreach (var key in keys)
        {
            if (result.Count >= take) break;
            if (tree.Find(key) is { } node && await PublishedAsync(tree, node, culture, cancellationToken) is { } item) result.Add(item);
        }
        return result;
    }

    /// <summary>The top-level published items marked "show in navigation" (children of the root or of Home).</summary>
    public async Task<IReadOnlyList<ContentLink>> NavigationAsync(string culture, CancellationToken cancellationToken = default)
    {
        var tree = await TreeAsync(cancellationToken);
        return tree.ChildrenOf(null)
            .SelectMany(n => n.Type == ContentType.Home ? tree.ChildrenOf(n.Key) : [n])
            .Where(n => n.ShowInNavigation && ContentTree.IsRouted(n.Type) && n.Type != ContentType.Home && n.ServedCulture(culture) is not null)
            .Select(n => new ContentLink(n.TitleIn(culture), tree.UrlOf(n.Key, n.IsPublishedIn(culture) ? culture : ContentCultures.Default)))
            .ToList();
    }

    /// <summary>Every published URL with its last modification, for sitemap.xml.</summary>
    public async Task<IReadOnlyList<(string Url, DateTime LastModifiedUtc, Guid Key, string Culture)>> SitemapAsync(CancellationToken cancellationToken = default)
    {
        var tree = await TreeAsync(cancellationToken);
        return tree.All.Where(n => ContentTree.IsRouted(n.Type))
            .SelectMany(n => n.Published.Select(p => (tree.UrlOf(n.Key, p.Key), p.Value.PublishedUtc, n.Key, p.Key)))
            .OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>The current URL of an item in a culture (falls back to English), or null when it is not public.</summary>
    public async Task<string?> UrlOfAsync(Guid key, string culture, CancellationToken cancellationToken = default)
    {
        var tree = await TreeAsync(cancellationToken);
        var node = tree.Find(key);
        if (node is null || !ContentTree.IsRouted(node.Type) || node.ServedCulture(culture) is not { } served) return null;
        return tree.UrlOf(key, served);
    }

    /// <summary>Where an old URL (without culture prefix) now lives, from the redirects table; null when unknown.</summary>
    public async Task<string?> RedirectTargetAsync(string path, string culture, CancellationToken cancellationToken = default)
    {
        var from = ContentPaths.Normalise(path);
        var redirect = await db.Set<ContentRedirect>().AsNoTracking().FirstOrDefaultAsync(r => r.FromPath == from, cancellationToken);
        if (redirect is null) return null;
        if (redirect.ContentKey is { } key) return await UrlOfAsync(key, culture, cancellationToken);
        return redirect.ToPath;
    }

    /// <summary>The draft of an item as it would look published (staff preview). Works for unpublished and trashed items.</summary>
    public async Task<PublishedContent?> DraftAsync(Guid key, string culture, CancellationToken cancellationToken = default)
    {
        var tree = await ContentTree.LoadAsync(db, includeTrashed: true, cancellationToken);
        var node = tree.Find(key);
        if (node is null) return null;
        var item = await db.Set<ContentItem>().AsNoTracking().SingleAsync(c => c.Key == key, cancellationToken);
        var variants = await db.Set<ContentVariant>().AsNoTracking().Where(v => v.ContentKey == key).ToListAsync(cancellationToken);
        var variant = variants.FirstOrDefault(v => v.Culture == culture) ?? variants.FirstOrDefault(v => v.Culture == ContentCultures.Default);
        if (variant is null) return null;
        var text = new VersionText(variant.Title, variant.Summary, variant.BodyHtml, variant.MetaDescription, variant.HeroAltText, variant.Venue, variant.AccessibilityInformation);
        return Build(tree, node, item, culture, variant.Culture, text, variant.PublishedUtc, variants.Select(v => v.Culture).ToList());
    }

    private sealed record VersionText(string Title, string Summary, string BodyHtml, string MetaDescription, string HeroAltText, string Venue, string AccessibilityInformation);

    private async Task<PublishedContent?> PublishedAsync(ContentTree tree, ContentTree.Node node, string culture, CancellationToken cancellationToken)
    {
        if (node.ServedCulture(culture) is not { } served) return null;
        var item = await db.Set<ContentItem>().AsNoTracking().SingleAsync(c => c.Key == node.Key, cancellationToken);
        var version = await db.Set<ContentVariant>().AsNoTracking()
            .Where(v => v.ContentKey == node.Key && v.Culture == served && v.PublishedVersionId != null)
            .Select(v => v.PublishedVersion!).SingleOrDefaultAsync(cancellationToken);
        if (version is null) return null;
        var text = new VersionText(version.Title, version.Summary, version.BodyHtml, version.MetaDescription, version.HeroAltText, version.Venue, version.AccessibilityInformation);
        return Build(tree, node, item, culture, served, text, node.Published[served].PublishedUtc, node.Published.Keys.ToList());
    }

    private static PublishedContent Build(ContentTree tree, ContentTree.Node node, ContentItem item, string requested, string served,
        VersionText text, DateTime? publishedUtc, IReadOnlyList<string> cultures)
    {
        var breadcrumbs = new List<ContentLink>();
        var ancestors = tree.AncestorsOf(node.Key);
        var home = tree.All.FirstOrDefault(n => n.Type == ContentType.Home && n.TrashedUtc is null);
        if (node.Type != ContentType.Home)
        {
            breadcrumbs.Add(new ContentLink(home?.ServedCulture(requested) is not null ? home.TitleIn(requested) : HomeWord(requested), ContentCultures.PathPrefix(requested) is { Length: > 0 } p ? p : "/"));
            foreach (var ancestor in ancestors.Where(a => a.Type != ContentType.Home && a.ServedCulture(requested) is not null))
                breadcrumbs.Add(new ContentLink(ancestor.TitleIn(requested), tree.UrlOf(ancestor.Key, ancestor.IsPublishedIn(requested) ? requested : ContentCultures.Default)));
        }
        return new PublishedContent
        {
            Key = node.Key,
            Type = node.Type,
            RequestedCulture = requested,
            Culture = served,
            Title = text.Title,
            Summary = text.Summary,
            BodyHtml = RenderBody(text.BodyHtml, tree, requested),
            MetaDescription = text.MetaDescription,
            HeroMediaKey = item.HeroMediaKey,
            HeroAltText = text.HeroAltText,
            SocialImageMediaKey = item.SocialImageMediaKey ?? item.HeroMediaKey,
            Themes = item.Themes,
            Path = tree.PathOf(node.Key),
            Url = tree.UrlOf(node.Key, requested),
            Breadcrumbs = breadcrumbs,
            PublishedCultures = ContentCultures.All.Where(cultures.Contains).ToList(),
            EventStartUtc = item.EventStartUtc,
            EventEndUtc = item.EventEndUtc,
            Venue = text.Venue,
            AccessibilityInformation = text.AccessibilityInformation,
            BookingUrl = item.BookingUrl,
            PublishedUtc = publishedUtc,
            UpdatedUtc = item.UpdatedUtc,
        };
    }

    private static string HomeWord(string culture) => culture switch
    {
        ContentCultures.Bengali => "হোম",
        ContentCultures.Somali => "Bogga hore",
        _ => "Home",
    };

    private static readonly HtmlParser Parser = new();

    private static readonly Dictionary<string, string> Classes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = "govuk-body",
        ["h2"] = "govuk-heading-l",
        ["h3"] = "govuk-heading-m",
        ["h4"] = "govuk-heading-s",
        ["ul"] = "govuk-list govuk-list--bullet",
        ["ol"] = "govuk-list govuk-list--number",
        ["a"] = "govuk-link",
        ["blockquote"] = "govuk-inset-text",
        ["hr"] = "govuk-section-break govuk-section-break--l govuk-section-break--visible",
        ["table"] = "govuk-table",
        ["caption"] = "govuk-table__caption govuk-table__caption--m",
        ["thead"] = "govuk-table__head",
        ["tbody"] = "govuk-table__body",
        ["tr"] = "govuk-table__row",
        ["th"] = "govuk-table__header",
        ["td"] = "govuk-table__cell",
    };

    /// <summary>
    /// Resolves links to content (href="/content-link/{key}" or data-content-key) to the item's current URL in the
    /// culture (links to unpublished items become plain text) and adds GOV.UK classes. Input is already sanitised.
    /// </summary>
    public static string RenderBody(string sanitisedHtml, ContentTree tree, string culture)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (string.IsNullOrWhiteSpace(sanitisedHtml)) return "";
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + sanitisedHtml + "</body></html>");
        foreach (var link in document.QuerySelectorAll("a").ToList())
        {
            var key = ContentLinks.KeyOf(link.GetAttribute("href"), link.GetAttribute("data-content-key"));
            if (key is null) continue;
            var node = tree.Find(key.Value);
            if (node is not null && ContentTree.IsRouted(node.Type) && node.ServedCulture(culture) is { } served)
            {
                link.SetAttribute("href", tree.UrlOf(node.Key, served));
                link.RemoveAttribute("data-content-key");
            }
            else
            {
                // The target is unpublished or deleted: keep the words, drop the broken link.
                foreach (var child in link.ChildNodes.ToList()) link.Parent!.InsertBefore(child, link);
                link.Remove();
            }
        }
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            if (Classes.TryGetValue(element.LocalName, out var cls)) element.SetAttribute("class", cls);
        }
        return document.Body.InnerHtml;
    }
}

/// <summary>Links between content items by key, so they survive renames and moves.</summary>
public static class ContentLinks
{
    public const string Prefix = "/content-link/";

    public static string Href(Guid key) => Prefix + key.ToString("D");

    public static Guid? KeyOf(string? href, string? dataKey)
    {
        if (Guid.TryParse(dataKey, out var fromData)) return fromData;
        if (href is not null && href.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(href.AsSpan(Prefix.Length).TrimEnd('/'), out var fromHref)) return fromHref;
        return null;
    }
}
