using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Content;

/// <summary>
/// The live content tree in memory (one small query): parents, children, URLs and which cultures are published.
/// URLs are the slugs from the root down, leaving out the Home item, whose URL is "/".
/// </summary>
public sealed class ContentTree
{
    public sealed record Node(
        Guid Key, ContentType Type, string Name, string Slug, Guid? ParentKey, int SortOrder, bool ShowInNavigation,
        DateTime? TrashedUtc, DateTime UpdatedUtc)
    {
        /// <summary>Published title and time per culture.</summary>
        public Dictionary<string, (string Title, DateTime PublishedUtc)> Published { get; } = new(StringComparer.Ordinal);

        public bool IsPublishedIn(string culture) => Published.ContainsKey(culture);

        /// <summary>The culture the public sees for a request in <paramref name="culture"/>: that one, else English, else none.</summary>
        public string? ServedCulture(string culture) =>
            Published.ContainsKey(culture) ? culture : Published.ContainsKey(ContentCultures.Default) ? ContentCultures.Default : null;

        public string TitleIn(string culture) =>
            Published.TryGetValue(culture, out var p) ? p.Title
            : Published.TryGetValue(ContentCultures.Default, out var en) ? en.Title : Name;
    }

    private readonly Dictionary<Guid, Node> _nodes;
    private readonly ILookup<Guid?, Node> _children;

    private ContentTree(List<Node> nodes)
    {
        _nodes = nodes.ToDictionary(n => n.Key);
        _children = nodes.OrderBy(n => n.SortOrder).ThenBy(n => n.Name, StringComparer.Ordinal).ToLookup(n => n.ParentKey);
    }

    public static async Task<ContentTree> LoadAsync(PledgeDbContext db, bool includeTrashed = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var items = db.Set<ContentItem>().AsNoTracking();
        if (!includeTrashed) items = items.Where(c => c.TrashedUtc == null);
        var nodes = await items
            .Select(c => new Node(c.Key, c.Type, c.Name, c.Slug, c.ParentKey, c.SortOrder, c.ShowInNavigation, c.TrashedUtc, c.UpdatedUtc))
            .ToListAsync(cancellationToken);
        var published = await db.Set<ContentVariant>().AsNoTracking()
            .Where(v => v.PublishedVersionId != null)
            .Select(v => new { v.ContentKey, v.Culture, v.PublishedVersion!.Title, v.PublishedUtc })
            .ToListAsync(cancellationToken);
        var tree = new ContentTree(nodes);
        foreach (var p in published)
        {
            if (tree._nodes.TryGetValue(p.ContentKey, out var node)) node.Published[p.Culture] = (p.Title, p.PublishedUtc ?? node.UpdatedUtc);
        }
        return tree;
    }

    public IEnumerable<Node> All => _nodes.Values;

    public Node? Find(Guid key) => _nodes.GetValueOrDefault(key);

    public IEnumerable<Node> ChildrenOf(Guid? parentKey) => _children[parentKey];

    /// <summary>The item's ancestors, root first (not the item itself).</summary>
    public IReadOnlyList<Node> AncestorsOf(Guid key)
    {
        var result = new List<Node>();
        var current = Find(key);
        var guard = 0;
        while (current?.ParentKey is { } parent && _nodes.TryGetValue(parent, out var p) && guard++ < 100)
        {
            result.Insert(0, p);
            current = p;
        }
        return result;
    }

    /// <summary>Every descendant of the item (not the item itself), depth first.</summary>
    public IEnumerable<Node> DescendantsOf(Guid key)
    {
        foreach (var child in ChildrenOf(key))
        {
            yield return child;
            foreach (var grandchild in DescendantsOf(child.Key)) yield return grandchild;
        }
    }

    /// <summary>True for document types that have a public URL of their own.</summary>
    public static bool IsRouted(ContentType type) => type != ContentType.ThemeContent;

    /// <summary>The item's path without culture prefix: "/" for Home, "/about/our-vision" for a nested page.</summary>
    public string PathOf(Guid key)
    {
        var node = Find(key);
        if (node is null) return "/";
        var segments = AncestorsOf(key).Append(node).Where(n => n.Type != ContentType.Home).Select(n => n.Slug);
        return "/" + string.Join('/', segments);
    }

    /// <summary>The item's public URL in a culture ("/bn/about" or "/bn" for the Bengali home page).</summary>
    public string UrlOf(Guid key, string culture)
    {
        var path = PathOf(key);
        var prefix = ContentCultures.PathPrefix(culture);
        return prefix.Length == 0 ? path : path == "/" ? prefix : prefix + path;
    }

    /// <summary>The routed item at a path (without culture prefix), or null.</summary>
    public Node? FindByPath(string path)
    {
        var normalised = ContentPaths.Normalise(path);
        if (normalised == "/") return _nodes.Values.FirstOrDefault(n => n.Type == ContentType.Home && n.TrashedUtc is null);
        var segments = normalised.Trim('/').Split('/');
        // Walk down from the root, stepping through the Home item (whose slug is not part of URLs).
        IEnumerable<Node> candidates = ChildrenOf(null).SelectMany(n => n.Type == ContentType.Home ? ChildrenOf(n.Key) : [n]);
        Node? found = null;
        foreach (var segment in segments)
        {
            found = candidates.FirstOrDefault(n => n.TrashedUtc is null && IsRouted(n.Type) && string.Equals(n.Slug, segment, StringComparison.Ordinal));
            if (found is null) return null;
            candidates = ChildrenOf(found.Key);
        }
        return found;
    }
}

/// <summary>Path and slug rules shared by the tree, redirects and the editor.</summary>
public static class ContentPaths
{
    /// <summary>Lower case, leading slash, no trailing slash, no query.</summary>
    public static string Normalise(string? path)
    {
        var p = (path ?? "").Split('?', '#')[0].Trim().ToLowerInvariant();
        if (!p.StartsWith('/')) p = "/" + p;
        p = p.TrimEnd('/');
        return p.Length == 0 ? "/" : p;
    }

    /// <summary>Splits "/bn/about" into ("bn", "/about"); English paths have no prefix.</summary>
    public static (string Culture, string Path) SplitCulture(string? path)
    {
        var p = Normalise(path);
        foreach (var culture in ContentCultures.All.Where(c => c != ContentCultures.Default))
        {
            if (p == "/" + culture) return (culture, "/");
            if (p.StartsWith("/" + culture + "/", StringComparison.Ordinal)) return (culture, p[(culture.Length + 1)..]);
        }
        return (ContentCultures.Default, p);
    }

    public static bool IsValidSlug(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 120
        && System.Text.RegularExpressions.Regex.IsMatch(slug, "^[a-z0-9]+(-[a-z0-9]+)*$")
        && !ContentCultures.All.Contains(slug);

    /// <summary>A slug from a title: "Our vision & values" becomes "our-vision-values".</summary>
    public static string SlugFrom(string? title)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var ch in (title ?? "").ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD))
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(ch);
            else if (char.IsWhiteSpace(ch) || ch is '-' or '_' or '/' or '&') builder.Append('-');
        }
        var slug = System.Text.RegularExpressions.Regex.Replace(builder.ToString(), "-{2,}", "-").Trim('-');
        return slug.Length > 120 ? slug[..120].Trim('-') : slug;
    }
}
