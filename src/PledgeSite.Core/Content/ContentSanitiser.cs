using System.Net;
using System.Text;
using Ganss.Xss;

namespace PledgeSite.Core.Content;

/// <summary>
/// Cleans rich text on save with an allow-list: headings, paragraphs, emphasis, lists, links, quotes, simple
/// tables, and images from the site's own media library (<c>&lt;img src="/media/..." alt="..."&gt;</c>; any other
/// image is removed). Scripts, event handlers, <c>javascript:</c> URLs, inline styles and classes are removed.
/// Text without any tags (typed without JavaScript) becomes paragraphs: a blank line starts a new one.
/// </summary>
public sealed class ContentSanitiser
{
    private static readonly string[] Tags =
        ["p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote", "hr",
         "table", "caption", "thead", "tbody", "tr", "th", "td", "abbr", "img"];

    private static readonly string[] Attributes = ["href", "title", "lang", "dir", "scope", "colspan", "rowspan", "data-content-key", "src", "alt", "width", "height", "loading"];

    private readonly HtmlSanitizer _sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = new HashSet<string>(),
    });

    public ContentSanitiser()
    {
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not AngleSharp.Dom.IElement { LocalName: "img" } image) return;
            var src = image.GetAttribute("src") ?? "";
            // Only the media library's own files: no tracking pixels, hotlinks or data: URLs.
            if (!src.StartsWith(MediaPathPrefix, StringComparison.Ordinal) || src.StartsWith("//", StringComparison.Ordinal))
            {
                image.Remove();
                return;
            }
            image.SetAttribute("loading", "lazy");
        };
    }

    private const string MediaPathPrefix = "/media/";

    public string Sanitise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return "";
        var html = input.Contains('<', StringComparison.Ordinal) ? input : Paragraphs(input);
        return _sanitizer.Sanitize(html).Trim();
    }

    /// <summary>How many images in already-sanitised HTML have no alt attribute (alt="" marks a decorative one).</summary>
    public static int ImagesWithoutAlt(string sanitisedHtml)
    {
        if (string.IsNullOrEmpty(sanitisedHtml) || !sanitisedHtml.Contains("<img", StringComparison.OrdinalIgnoreCase)) return 0;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + sanitisedHtml + "</body>");
        return document.QuerySelectorAll("img").Count(i => !i.HasAttribute("alt"));
    }

    /// <summary>Plain text to paragraphs: blank lines separate paragraphs, single line breaks are kept.</summary>
    private static string Paragraphs(string text)
    {
        var builder = new StringBuilder();
        var blocks = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var block in blocks)
        {
            var lines = block.Split('\n').Select(l => WebUtility.HtmlEncode(l.Trim()));
            builder.Append("<p>").Append(string.Join("<br>", lines)).Append("</p>\n");
        }
        return builder.ToString();
    }
}
