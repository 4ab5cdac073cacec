using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Data;
using PledgeSite.Core.Signatories;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages;

/// <summary>
/// Follows every link a visitor can reach from the home page and every address in the sitemap, with the starter
/// content and a few signatories, and
/// checks that each one answers: no broken links, no error pages, and every page is a whole page.
/// </summary>
public class SiteLinksTests
{
    // Enough for the starter content in three languages, the action plan and a few signatories; reaching it means the
    // crawl has run away (a link that makes new URLs forever), which is a failure too.
    private const int MaxPages = 1500;

    [Fact]
    public async Task Every_link_from_the_home_page_and_the_sitemap_answers_with_a_whole_page()
    {
        using var site = new SiteFactory().With("USync:ImportOnStartup", "true");
        await site.WithScopeAsync(async services =>
            await DemoSignatories.CreateAsync(services.GetRequiredService<PledgeDbContext>(), 6, site.Clock.GetUtcNow().UtcDateTime));
        using var client = HtmlClient.For(site);

        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<(string Url, string From)>([("/", "(start)")]);
        var problems = new List<string>();
        // Every address the sitemap gives search engines is a start too.
        var sitemap = await client.Http.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken);
        var listed = System.Xml.Linq.XDocument.Parse(sitemap).Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).PathAndQuery).ToList();
        Assert.NotEmpty(listed);
        foreach (var path in listed.Where(seen.Add)) queue.Enqueue((path, "/sitemap.xml"));
        var pages = 0;
        var assets = new HashSet<string>(StringComparer.Ordinal);
        while (queue.Count > 0 && pages < MaxPages)
        {
            var (url, from) = queue.Dequeue();
            var (response, document) = await client.GetAsync(url);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var target = Local(response.Headers.Location, url);
                if (target is null) continue; // leaves the site
                if (seen.Add(target)) queue.Enqueue((target, url));
                continue;
            }
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url} answered {status} (linked from {from})");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            pages++;
            problems.AddRange(WholePageProblems(url, document));
            foreach (var link in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var target = Local(link, url);
                if (target is null || !Crawlable(target)) continue;
                if (seen.Add(target)) queue.Enqueue((target, url));
            }
            foreach (var asset in document.QuerySelectorAll("link[href], script[src], img[src], source[srcset]")
                         .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("srcset")!.Split(' ')[0]))
            {
                var target = Local(asset, url);
                if (target is not null && assets.Add(target))
                {
                    using var answer = await client.Http.GetAsync(target, TestContext.Current.CancellationToken);
                    if (answer.StatusCode != HttpStatusCode.OK) problems.Add($"{target} answered {(int)answer.StatusCode} (used by {url})");
                }
            }
        }

        Assert.True(pages < MaxPages, $"The crawl reached {MaxPages} pages: some link makes new addresses without end.");
        Assert.True(pages > 60, $"Only {pages} pages were reached from the home page: the navigation is missing links.");
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) in {pages} pages:\n" + string.Join("\n", problems.Take(50)));
    }

    /// <summary>The site-relative path and query of a link, or null when it leaves the site.</summary>
    private static string? Local(object? link, string from)
    {
        var text = link?.ToString();
        if (string.IsNullOrWhiteSpace(text) || text.StartsWith('#')) return null;
        var absolute = new Uri(new Uri("https://localhost" + from), text);
        if (absolute.Scheme != Uri.UriSchemeHttps || absolute.Host != "localhost") return null;
        return absolute.PathAndQuery;
    }

    // Staff pages are checked by their own tests once signed in; here only their sign-in door is reached.
    private static bool Crawlable(string url) =>
        !url.StartsWith("/backoffice/", StringComparison.OrdinalIgnoreCase) || url.StartsWith("/backoffice/sign-in", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> WholePageProblems(string url, IHtmlDocument page)
    {
        if (string.IsNullOrWhiteSpace(page.Title)) yield return $"{url} has no title";
        if (string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang"))) yield return $"{url} has no lang on <html>";
        var headings = page.QuerySelectorAll("h1");
        if (headings.Length != 1) yield return $"{url} has {headings.Length} h1 elements";
        if (page.QuerySelector("main") is null) yield return $"{url} has no <main>";
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (ids.Count > 0) yield return $"{url} repeats the id(s) {string.Join(", ", ids)}";
    }
}
