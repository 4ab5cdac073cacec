using System.Net;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Content;

public class PageTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public PageTests(SiteFactory site) => _site = site;

    [Fact]
    public async Task Published_page_renders_at_its_tree_url_with_breadcrumbs_canonical_and_open_graph()
    {
        var parent = await _site.CreatePageAsync("About the pledge", "about-the-pledge", "<p>Parent</p>", showInNavigation: true);
        await _site.CreatePageAsync("Our vision", "our-vision", "<h2>Vision</h2><p>Tower Hamlets is an anti-racist borough.</p>", parent);
        using var client = HtmlClient.For(_site);

        var page = await client.GetPageAsync("/about-the-pledge/our-vision");

        Assert.Equal("Our vision", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Tower Hamlets is an anti-racist borough.", page.QuerySelector(".th-prose p.govuk-body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Home", "About the pledge"], page.QuerySelectorAll(".govuk-breadcrumbs__link").Select(a => a.TextContent).ToArray());
        Assert.Equal($"{client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority)}/about-the-pledge/our-vision", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Our vision", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll(".govuk-service-navigation__link"), a => a.GetAttribute("href") == "/about-the-pledge");
    }

    [Fact]
    public async Task Anonymous_content_page_comes_from_the_output_cache_with_cache_headers_an_etag_and_304_and_staff_get_the_same_public_page()
    {
        await _site.CreatePageAsync("Cached facts", "cached-facts", "<p>Facts</p>");
        await PublicCacheChecks.AssertServedFromCacheWithETagAsync(_site, "/cached-facts");

        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);
        // Staff sign in to Umbraco's back office; public pages never read that sign-in, so staff get the one public
        // page every visitor gets, and their request neither changes the stored page nor sets a cookie on it.
        var (response, page) = await editor.GetAsync("/cached-facts");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("/backoffice", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_is_invisible_to_the_public_and_visible_to_an_editor_in_preview()
    {
        var key = await _site.CreatePageAsync("Secret plans", "secret-plans", "<p>Not yet</p>", publish: false);
        using var anonymous = HtmlClient.For(_site);

        var (publicResponse, _) = await anonymous.GetAsync("/secret-plans");
        Assert.Equal(HttpStatusCode.NotFound, publicResponse.StatusCode);

        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);
        var preview = await editor.GetPageAsync($"/backoffice/content/{key}/preview");
        Assert.Equal("Secret plans", preview.QuerySelector("h1")!.TextContent);
        Assert.Contains("Preview", preview.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_falls_back_to_the_vision_when_there_is_no_home_item()
    {
        using var client = HtmlClient.For(_site);
        var page = await client.GetPageAsync("/");
        Assert.Contains("anti-racist borough", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_path_is_not_found_and_health_and_robots_still_answer()
    {
        using var client = HtmlClient.For(_site);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no/such/page")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/robots.txt", TestContext.Current.CancellationToken)).StatusCode);
    }
}

public class PageCultureAndRedirectTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public PageCultureAndRedirectTests(SiteFactory site) => _site = site;

    [Fact]
    public async Task Bengali_translation_is_served_under_bn_with_lang_hreflang_and_a_switcher()
    {
        var key = await _site.CreatePageAsync("Get involved", "get-involved", "<p>English text</p>");
        await _site.WithWorkflowAsync(async workflow =>
        {
            var edit = await _site.EditOfAsync(key, ContentCultures.Bengali);
            var result = await workflow.SaveAsync(new Core.Content.ContentEdit
            {
                Key = key, Culture = ContentCultures.Bengali, ItemVersion = edit.ItemVersion, VariantVersion = null,
                Title = "যুক্ত হোন", Summary = "সারাংশ", Body = "<p>বাংলা লেখা</p>",
            });
            Assert.True(result.Saved);
            await workflow.PublishAsync(key, ContentCultures.Bengali);
        });
        using var client = HtmlClient.For(_site);

        var bengali = await client.GetPageAsync("/bn/get-involved");
        var english = await client.GetPageAsync("/get-involved");

        Assert.Equal("bn", bengali.DocumentElement.GetAttribute("lang"));
        Assert.Equal("যুক্ত হোন", bengali.QuerySelector("h1")!.TextContent);
        Assert.Null(bengali.QuerySelector(".th-fallback-note"));
        Assert.Equal($"{client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority)}/bn/get-involved", bengali.QuerySelector("link[rel=alternate][hreflang=bn]")!.GetAttribute("href"));
        Assert.Equal($"{client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority)}/get-involved", english.QuerySelector("link[rel=alternate][hreflang=en-GB]")!.GetAttribute("href"));
        Assert.Contains(english.QuerySelectorAll(".th-language-switcher a"), a => a.GetAttribute("href") == "/bn/get-involved" && a.TextContent == "বাংলা");
    }

    [Fact]
    public async Task Untranslated_page_falls_back_to_English_with_a_note_in_Somali()
    {
        await _site.CreatePageAsync("Contact the team", "contact-the-team", "<p>Write to us</p>");
        using var client = HtmlClient.For(_site);

        var page = await client.GetPageAsync("/so/contact-the-team");

        Assert.Equal("so", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Contact the team", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("en-GB", page.QuerySelector("article")!.GetAttribute("lang"));
        Assert.Contains("af-Soomaali", page.QuerySelector(".th-fallback-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slug_change_and_move_leave_301s_from_every_old_url_including_descendants()
    {
        var parent = await _site.CreatePageAsync("Old section", "old-section", "<p>Section</p>");
        var child = await _site.CreatePageAsync("Child page", "child-page", "<p>Child</p>", parent);
        var newHome = await _site.CreatePageAsync("Library", "library", "<p>Library</p>");

        await _site.WithWorkflowAsync(async workflow =>
        {
            var edit = await _site.EditOfAsync(parent);
            var result = await workflow.SaveAsync(new Core.Content.ContentEdit
            {
                Key = parent, Culture = ContentCultures.Default, ItemVersion = edit.ItemVersion, VariantVersion = edit.VariantVersion,
                Title = edit.Title, Summary = edit.Summary, Body = edit.Body,
                Settings = new Core.Content.ContentSettings { Slug = "new-section" },
            });
            Assert.True(result.Saved);
            Assert.Null(await workflow.MoveAsync(child, newHome));
        });
        using var client = HtmlClient.For(_site);

        var (oldParent, _) = await client.GetAsync("/old-section");
        var (oldChild, _) = await client.GetAsync("/old-section/child-page");
        var (renamedChild, _) = await client.GetAsync("/new-section/child-page");
        var (bengaliOld, _) = await client.GetAsync("/bn/old-section");

        Assert.Equal(HttpStatusCode.MovedPermanently, oldParent.StatusCode);
        Assert.Equal("/new-section", oldParent.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldChild.StatusCode);
        Assert.Equal("/library/child-page", oldChild.Headers.Location!.OriginalString);
        Assert.Equal("/library/child-page", renamedChild.Headers.Location!.OriginalString);
        Assert.Equal("/new-section", bengaliOld.Headers.Location!.OriginalString);
        await client.GetPageAsync("/library/child-page");
    }

    [Fact]
    public async Task Publishing_evicts_the_cached_page()
    {
        var key = await _site.CreatePageAsync("News desk", "news-desk", "<p>First words</p>");
        using var client = HtmlClient.For(_site);
        Assert.Contains("First words", (await client.GetPageAsync("/news-desk")).Body!.TextContent, StringComparison.Ordinal);

        await _site.WithWorkflowAsync(async workflow =>
        {
            var edit = await _site.EditOfAsync(key);
            await workflow.SaveAsync(new Core.Content.ContentEdit
            {
                Key = key, Culture = ContentCultures.Default, ItemVersion = edit.ItemVersion, VariantVersion = edit.VariantVersion,
                Title = edit.Title, Body = "<p>Second words</p>",
            });
            await workflow.PublishAsync(key, ContentCultures.Default);
        });

        Assert.Contains("Second words", (await client.GetPageAsync("/news-desk")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_to_content_by_key_follow_renames()
    {
        var target = await _site.CreatePageAsync("Target page", "target-page", "<p>Target</p>");
        await _site.CreatePageAsync("Linking page", "linking-page", $"<p>See <a href=\"/content-link/{target}\">the target</a>.</p>");
        await _site.WithWorkflowAsync(async workflow =>
        {
            var edit = await _site.EditOfAsync(target);
            await workflow.SaveAsync(new Core.Content.ContentEdit
            {
                Key = target, Culture = ContentCultures.Default, ItemVersion = edit.ItemVersion, VariantVersion = edit.VariantVersion,
                Title = edit.Title, Body = edit.Body, Settings = new Core.Content.ContentSettings { Slug = "renamed-target" },
            });
        });
        using var client = HtmlClient.For(_site);

        var page = await client.GetPageAsync("/linking-page");

        Assert.Equal("/renamed-target", page.QuerySelector(".th-prose a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Sitemap_lists_published_pages_in_every_culture_with_lastmod()
    {
        var key = await _site.CreatePageAsync("Sitemap page", "sitemap-page", "<p>x</p>");
        await _site.CreatePageAsync("Unpublished page", "unpublished-page", "<p>x</p>", publish: false);
        await _site.WithWorkflowAsync(async workflow =>
        {
            var edit = await _site.EditOfAsync(key, ContentCultures.Somali);
            await workflow.SaveAsync(new Core.Content.ContentEdit { Key = key, Culture = ContentCultures.Somali, ItemVersion = edit.ItemVersion, Title = "Bogga" });
            await workflow.PublishAsync(key, ContentCultures.Somali);
        });
        using var client = HtmlClient.For(_site);

        var xml = System.Xml.Linq.XDocument.Parse(await client.Http.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));

        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = xml.Descendants(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")!.Value);
        Assert.Equal("2026-11-24T10:00:00Z", urls[$"{client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority)}/sitemap-page"]);
        Assert.True(urls.ContainsKey($"{client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority)}/so/sitemap-page"));
        Assert.False(urls.ContainsKey($"{client.Http.BaseAddress!.GetLeftPart(UriPartial.Authority)}/unpublished-page"));
    }
}
