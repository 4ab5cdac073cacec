using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Content;
using PledgeSite.Tests.Pages.Media;

namespace PledgeSite.Tests.Areas.Backoffice.Content;

public class EditTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public EditTests(SiteFactory site) => _site = site;

    private Task<ContentVariant> EnglishAsync(Guid key) =>
        _site.WithDbAsync(db => db.Set<ContentVariant>().AsNoTracking().SingleAsync(v => v.ContentKey == key && v.Culture == ContentCultures.Default));

    [Fact]
    public async Task Script_event_handlers_javascript_urls_and_inline_styles_are_stripped_on_save()
    {
        var key = await _site.CreatePageAsync("Dirty page", "dirty-page", "<p>x</p>", publish: false);
        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);

        var (response, _) = await editor.PostFormAsync($"/backoffice/content/{key}",
        [
            new("Body", "<p style=\"color:red\">Hello</p><script>alert(1)</script><img src=x onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">bad</a><a href=\"/pledge\" onclick=\"x()\">good</a>"),
            new("action", "save"),
        ], "main form[method=post]:not([action])");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var body = (await EnglishAsync(key)).BodyHtml;
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>Hello</p>", body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/pledge\">good</a>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_a_hero_image_saves_the_draft_first_and_the_picker_brings_the_image_back_to_save()
    {
        var key = await _site.CreatePageAsync("Picture page", "picture-page", "<p>Before</p>", publish: false);
        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);
        var (uploaded, _) = await MediaForms.UploadAsync(editor, "/backoffice/media/upload", "Upload", "market.png", MediaForms.Png(400, 200), "image/png",
            [new("AltText", "Stalls at Whitechapel market")]);
        var imageKey = Guid.Parse(uploaded.Headers.Location!.ToString().Split('/')[^1]);
        const string form = "main form[method=post]:not([action])";

        var (toPicker, _) = await editor.PostFormAsync($"/backoffice/content/{key}", [new("Body", "<p>Typed before choosing</p>"), new("action", "choose-hero")], form);
        Assert.Equal(HttpStatusCode.Redirect, toPicker.StatusCode);
        Assert.StartsWith("/backoffice/media/picker?", toPicker.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("<p>Typed before choosing</p>", (await EnglishAsync(key)).BodyHtml);

        var picker = await editor.GetPageAsync(toPicker.Headers.Location!.OriginalString);
        var choose = picker.QuerySelectorAll("a").Single(a => a.TextContent.Contains("market.png", StringComparison.Ordinal) || (a.GetAttribute("href") ?? "").Contains(imageKey.ToString(), StringComparison.Ordinal));
        var back = await editor.GetPageAsync(choose.GetAttribute("href")!);
        Assert.Equal(imageKey.ToString(), back.QuerySelector("input[name=HeroMediaKey]")!.GetAttribute("value"));
        Assert.Contains("Save the page to keep it", back.QuerySelector("#chosen-image")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(back.QuerySelector(".th-image-field img"));
        Assert.Null(await _site.WithDbAsync(db => db.Set<ContentItem>().Where(c => c.Key == key).Select(c => c.HeroMediaKey).SingleAsync()));

        var (saved, _) = await editor.SubmitAsync(back, [new("HeroAltText", "Stalls at Whitechapel market"), new("action", "save")], form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(imageKey, await _site.WithDbAsync(db => db.Set<ContentItem>().Where(c => c.Key == key).Select(c => c.HeroMediaKey).SingleAsync()));
    }

    [Fact]
    public async Task Body_images_must_come_from_the_media_library_and_have_alt_text()
    {
        var key = await _site.CreatePageAsync("Image page", "image-page", "<p>x</p>", publish: false);
        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);
        const string form = "main form[method=post]:not([action])";
        const string local = "/media/3f2504e0-4f89-41d3-9a0c-0305e82c3301/abc123/market-960.webp";

        var (refused, refusedPage) = await editor.PostFormAsync($"/backoffice/content/{key}", [new("Body", $"<p>Market</p><img src=\"{local}\">"), new("action", "save")], form);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Add alt text to the image in the body: alt=\"what it shows\", or alt=\"\" if it is only decoration", HtmlClient.ErrorSummary(refusedPage));

        var (saved, _) = await editor.PostFormAsync($"/backoffice/content/{key}",
        [
            new("Body", $"<p>Market</p><img src=\"{local}\" alt=\"Stalls on Whitechapel Road\"><img src=\"https://tracker.example/pixel.gif\" alt=\"\"><img src=\"data:image/png;base64,AAAA\" alt=\"x\">"),
            new("action", "save"),
        ], form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var body = (await EnglishAsync(key)).BodyHtml;
        Assert.Contains($"<img src=\"{local}\" alt=\"Stalls on Whitechapel Road\" loading=\"lazy\">", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", body, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_concurrent_saves_do_not_lose_the_first_and_the_second_editor_is_warned()
    {
        var key = await _site.CreatePageAsync("Shared page", "shared-page", "<p>Original</p>", publish: false);
        using var first = await _site.StaffClientAsync(StaffRoles.Editor);
        using var second = await _site.StaffClientAsync(StaffRoles.Editor);
        const string form = "main form[method=post]:not([action])";

        var firstPage = await first.GetPageAsync($"/backoffice/content/{key}");
        var secondPage = await second.GetPageAsync($"/backoffice/content/{key}");
        Assert.Contains("Someone else has this page open", secondPage.QuerySelector("#others-editing")!.TextContent, StringComparison.Ordinal);

        var (firstResponse, _) = await first.SubmitAsync(firstPage, [new("Body", "<p>First editor's words</p>"), new("action", "save")], form);
        var (secondResponse, secondResult) = await second.SubmitAsync(secondPage, [new("Body", "<p>Second editor's words</p>"), new("action", "save")], form);

        Assert.Equal(HttpStatusCode.Redirect, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondResponse.StatusCode);
        Assert.Contains("after you opened it", secondResult.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Second editor's words", secondResult.QuerySelector("textarea[name=Body]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<p>First editor's words</p>", (await EnglishAsync(key)).BodyHtml);
    }

    [Fact]
    public async Task Save_and_publish_puts_the_page_live_and_rollback_restores_the_old_body()
    {
        var key = await _site.CreatePageAsync("Rolling page", "rolling-page", "<p>Version one body</p>");
        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);
        var (published, publishedPage) = await editor.PostFormAsync($"/backoffice/content/{key}", [new("Body", "<p>Version two body</p>"), new("action", "publish")], "main form[method=post]:not([action])");
        Assert.True(HttpStatusCode.Redirect == published.StatusCode, string.Join("; ", HtmlClient.ErrorSummary(publishedPage)));
        using var visitor = HtmlClient.For(_site);
        Assert.Contains("Version two body", (await visitor.GetPageAsync("/rolling-page")).QuerySelector(".th-prose")!.TextContent, StringComparison.Ordinal);

        var versions = await editor.GetPageAsync($"/backoffice/content/{key}/versions");
        Assert.Contains("Version two body", versions.QuerySelector("#compare")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(versions.QuerySelector("#compare ins"));
        var oldVersionId = await _site.WithDbAsync(db => db.Set<ContentVersion>().Where(v => v.ContentKey == key && v.BodyHtml.Contains("Version one")).Select(v => v.Id).FirstAsync());
        var (rollback, _) = await editor.SubmitAsync(versions, [new("versionId", oldVersionId.ToString(System.Globalization.CultureInfo.InvariantCulture))], "form[action*=Rollback]");

        Assert.Equal(HttpStatusCode.Redirect, rollback.StatusCode);
        Assert.Equal("<p>Version one body</p>", (await EnglishAsync(key)).BodyHtml);
        Assert.Contains("Version one body", (await visitor.GetPageAsync("/rolling-page")).QuerySelector(".th-prose")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_creates_a_page_through_the_form_and_finds_it_in_the_tree()
    {
        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);

        var (response, _) = await editor.PostFormAsync("/backoffice/content/create", [new("Type", "ContentPage"), new("Title", "Brand new page"), new("Parent", "")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var tree = await editor.GetPageAsync("/backoffice/content");
        Assert.Contains(tree.QuerySelectorAll(".th-tree a"), a => a.TextContent == "Brand new page");
    }

    [Fact]
    public async Task Trashed_page_leaves_the_site_and_comes_back_on_restore()
    {
        var key = await _site.CreatePageAsync("Binned page", "binned-page", "<p>x</p>");
        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);
        using var visitor = HtmlClient.For(_site);

        await visitor.GetPageAsync("/binned-page");

        var (trashed, _) = await editor.PostFormAsync($"/backoffice/content/{key}", null, "form[action*=Trash]");
        Assert.Equal(HttpStatusCode.Redirect, trashed.StatusCode);
        Assert.Equal("/backoffice/content", trashed.Headers.Location!.OriginalString);
        Assert.NotNull(await _site.WithDbAsync(db => db.Set<ContentItem>().Where(c => c.Key == key).Select(c => c.TrashedUtc).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/binned-page")).Response.StatusCode);

        var bin = await editor.GetPageAsync("/backoffice/content/recycle-bin");
        Assert.Contains(bin.QuerySelectorAll("form[action*=Restore] input[name=key]"), i => i.GetAttribute("value") == key.ToString());
        var (restored, _) = await editor.SubmitAsync(bin, [new("key", key.ToString())], "form[action*=Restore]");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Null(await _site.WithDbAsync(db => db.Set<ContentItem>().Where(c => c.Key == key).Select(c => c.TrashedUtc).SingleAsync()));
        await visitor.GetPageAsync("/binned-page");
    }

    [Fact]
    public async Task Editor_lists_adds_and_removes_redirects()
    {
        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);
        using var visitor = HtmlClient.For(_site);

        var (added, _) = await editor.PostFormAsync("/backoffice/redirects", [new("From", "/old-campaign"), new("To", "/pledge")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (redirected, _) = await visitor.GetAsync("/old-campaign");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirected.StatusCode);
        Assert.Equal("/pledge", redirected.Headers.Location!.OriginalString);

        var list = await editor.GetPageAsync("/backoffice/redirects");
        Assert.Contains("/old-campaign", list.QuerySelector("#redirects")!.TextContent, StringComparison.Ordinal);
        await editor.SubmitAsync(list, null, "form[action*=Remove]");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/old-campaign")).Response.StatusCode);
    }

    [Fact]
    public async Task Staff_without_the_Editor_role_cannot_reach_any_of_it()
    {
        var key = await _site.CreatePageAsync("Guarded page", "guarded-page", "<p>x</p>");
        using var reviewer = await _site.StaffClientAsync(StaffRoles.PledgeReviewer);
        using var anonymous = HtmlClient.For(_site);
        string[] urls =
        [
            "/backoffice/content", "/backoffice/content/create", $"/backoffice/content/{key}", $"/backoffice/content/{key}/versions",
            $"/backoffice/content/{key}/move", $"/backoffice/content/{key}/preview", "/backoffice/content/recycle-bin", "/backoffice/redirects",
        ];

        foreach (var url in urls)
        {
            var (response, _) = await reviewer.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/error/403", StringComparison.Ordinal)),
                $"{url} answered {(int)response.StatusCode} {response.Headers.Location}");
            var (anon, _) = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anon.StatusCode);
            Assert.Contains("/umbraco/login", anon.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        // A POST that would move the guarded page below its sibling, with a valid antiforgery token of the reviewer's own
        // (so only the Editor policy can refuse it), is refused like the pages, and the order stays as it was.
        var sibling = await _site.CreatePageAsync("Guarded sibling", "guarded-sibling", "<p>y</p>", parent: key);
        var first = await _site.CreatePageAsync("Guarded first child", "guarded-first", "<p>z</p>", parent: key);
        await _site.WithScopeAsync(sp => sp.GetRequiredService<ContentWorkflow>().SortAsync(first, -1));
        var orderBefore = await ChildOrderAsync(key);
        Assert.Equal([first, sibling], orderBefore);
        var token = await AntiforgeryTokenAsync(reviewer);
        using var content = new FormUrlEncodedContent([new("key", first.ToString()), new("direction", "1"), new("__RequestVerificationToken", token)]);
        var post = await reviewer.Http.PostAsync("/backoffice/content?handler=Sort", content, TestContext.Current.CancellationToken);
        Assert.True(post.StatusCode is HttpStatusCode.Forbidden
            || (post.StatusCode == HttpStatusCode.Redirect && post.Headers.Location!.OriginalString.Contains("/error/403", StringComparison.Ordinal)),
            $"POST answered {(int)post.StatusCode} {post.Headers.Location}");
        Assert.Equal(orderBefore, await ChildOrderAsync(key));
    }

    private Task<List<Guid>> ChildOrderAsync(Guid parent) => _site.WithDbAsync(db => db.Set<ContentItem>()
        .Where(c => c.ParentKey == parent && c.TrashedUtc == null).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).Select(c => c.Key).ToListAsync());

    /// <summary>An antiforgery token issued to this client's session, taken from a back-office page it may see.</summary>
    private static async Task<string> AntiforgeryTokenAsync(HtmlClient client)
    {
        var page = await client.GetPageAsync("/backoffice");
        var input = page.QuerySelector("input[name=__RequestVerificationToken]");
        Assert.True(input is not null, "The back-office home has no form to take an antiforgery token from");
        return input!.GetAttribute("value")!;
    }
}

public class ScheduleTests : IDisposable
{
    private readonly SiteFactory _site = new();

    [Fact]
    public async Task Scheduled_page_appears_at_its_time_and_goes_at_its_unpublish_time()
    {
        var key = await _site.CreatePageAsync("Launch news", "launch-news", "<p>Launched</p>", publish: false);
        var publishAt = new DateTime(2026, 11, 24, 12, 30, 0, DateTimeKind.Utc);
        var unpublishAt = new DateTime(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);
        await _site.WithWorkflowAsync(async w => Assert.Empty(await w.ScheduleAsync(key, ContentCultures.Default, publishAt, unpublishAt)));
        using var visitor = HtmlClient.For(_site);

        _site.Clock.SetUtcNow(publishAt.AddSeconds(-1));
        await RunJobAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/launch-news")).Response.StatusCode);

        _site.Clock.SetUtcNow(publishAt);
        await RunJobAsync();
        await visitor.GetPageAsync("/launch-news");

        _site.Clock.SetUtcNow(unpublishAt.AddSeconds(5));
        await RunJobAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/launch-news")).Response.StatusCode);
    }

    [Fact]
    public async Task Signed_preview_link_shows_the_draft_until_it_expires_and_cannot_be_altered()
    {
        var key = await _site.CreatePageAsync("Embargoed", "embargoed", "<p>Embargoed words</p>", publish: false);
        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);
        await editor.PostFormAsync($"/backoffice/content/{key}", null, "form[action*=PreviewLink]");
        var link = (await editor.GetPageAsync($"/backoffice/content/{key}")).QuerySelector(".govuk-notification-banner a")!.GetAttribute("href")!;
        using var visitor = HtmlClient.For(_site);

        Assert.Contains("Embargoed words", (await visitor.GetPageAsync(link)).QuerySelector(".th-prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(link + "x")).Response.StatusCode);
        _site.Clock.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(link)).Response.StatusCode);
    }

    private Task RunJobAsync() => _site.WithScopeAsync(sp =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Core.Content.ScheduledPublishingJob>(sp).RunAsync(CancellationToken.None));

    public void Dispose()
    {
        _site.Dispose();
        GC.SuppressFinalize(this);
    }
}

public class TranslationConcurrencyTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public TranslationConcurrencyTests(SiteFactory site) => _site = site;

    [Fact]
    public async Task Saving_a_translation_does_not_make_an_open_English_form_stale_but_a_second_English_save_is_refused()
    {
        var key = await _site.CreatePageAsync("Translated page", "translated-page", "<p>English</p>");
        var englishForm = await _site.EditOfAsync(key);
        var bengaliForm = await _site.EditOfAsync(key, ContentCultures.Bengali);

        await _site.WithWorkflowAsync(async workflow =>
        {
            var bengali = await workflow.SaveAsync(new Core.Content.ContentEdit
            {
                Key = key, Culture = ContentCultures.Bengali, ItemVersion = bengaliForm.ItemVersion, Title = "অনূদিত পৃষ্ঠা",
            });
            var english = await workflow.SaveAsync(new Core.Content.ContentEdit
            {
                Key = key, Culture = ContentCultures.Default, ItemVersion = englishForm.ItemVersion, VariantVersion = englishForm.VariantVersion,
                Title = "Translated page", Body = "<p>English, edited</p>", Settings = new Core.Content.ContentSettings { Slug = "translated-page" },
            });
            var staleEnglish = await workflow.SaveAsync(new Core.Content.ContentEdit
            {
                Key = key, Culture = ContentCultures.Default, ItemVersion = englishForm.ItemVersion, VariantVersion = englishForm.VariantVersion,
                Title = "Translated page", Body = "<p>Overwrite attempt</p>", Settings = new Core.Content.ContentSettings { Slug = "translated-page" },
            });

            Assert.True(bengali.Saved);
            Assert.True(english.Saved, english.StaleMessage + string.Join("; ", english.Errors.Values));
            Assert.False(staleEnglish.Saved);
            Assert.Contains("after you opened it", staleEnglish.StaleMessage, StringComparison.Ordinal);
        });
        var body = await _site.WithDbAsync(db => db.Set<ContentVariant>().Where(v => v.ContentKey == key && v.Culture == ContentCultures.Default).Select(v => v.BodyHtml).SingleAsync());
        Assert.Equal("<p>English, edited</p>", body);
    }
}
