using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.Content;

/// <summary>sitemap.xml: every published content URL in every culture, with lastmod and hreflang alternates.</summary>
[OutputCache(PolicyName = "Public", Tags = [ContentWorkflow.CacheTag])]
public class SitemapModel(ContentQuery content) : PageModel
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var origin = $"{Request.Scheme}://{Request.Host}";
        var entries = await content.SitemapAsync(cancellationToken);
        var byKey = entries.ToLookup(e => e.Key);
        var urlset = new XElement(Sitemap + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml));
        foreach (var entry in entries)
        {
            var url = new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", origin + entry.Url),
                new XElement(Sitemap + "lastmod", entry.LastModifiedUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
            var alternates = byKey[entry.Key].ToList();
            if (alternates.Count > 1)
            {
                foreach (var alternate in alternates)
                    url.Add(new XElement(Xhtml + "link", new XAttribute("rel", "alternate"),
                        new XAttribute("hreflang", ContentCultures.LangAttribute(alternate.Culture)), new XAttribute("href", origin + alternate.Url)));
            }
            urlset.Add(url);
        }
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), urlset);
        return Content(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
    }
}
