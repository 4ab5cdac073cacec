using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Media;
using PledgeSite.Core.USync;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Media;

namespace PledgeSite.Tests.USync;

/// <summary>uSync export and import (PledgeSite.Core/USync/USyncService.cs) between two sites with their own databases.</summary>
public sealed class USyncImportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pledgesite-usync-tests", Guid.NewGuid().ToString("N"));

    private static readonly Guid HomeKey = Guid.Parse("8b3c1f5e-0000-4000-8000-000000000001");
    private static readonly Guid AboutKey = Guid.Parse("8b3c1f5e-0000-4000-8000-000000000002");
    private static readonly Guid DraftKey = Guid.Parse("8b3c1f5e-0000-4000-8000-000000000003");

    private SiteFactory NewSite(string folder, bool? importOnStartup) =>
        new SiteFactory().With("USync:Path", folder).With("USync:ImportOnStartup", importOnStartup?.ToString().ToLowerInvariant());

    /// <summary>A small site: a home page, a published page with a Bengali draft, an unpublished page, an image in a folder, a redirect.</summary>
    private static async Task BuildSiteAsync(SiteFactory site)
    {
        await site.WithScopeAsync(async services =>
        {
            var library = services.GetRequiredService<MediaLibrary>();
            var folder = await library.CreateFolderAsync("Campaign", null, CancellationToken.None);
            var jpeg = MediaForms.JpegWithExif(700, 400);
            var upload = await library.UploadAsync(new MediaUpload(new MemoryStream(jpeg), jpeg.Length, "march.jpg", "March", "People marching on Cable Street", false, folder.Id), CancellationToken.None);
            var imageKey = upload.Item!.Key;

            var db = services.GetRequiredService<PledgeSite.Core.Data.PledgeDbContext>();
            var published = new DateTime(2026, 11, 1, 9, 30, 0, DateTimeKind.Utc);
            db.Add(Item(HomeKey, ContentType.Home, "", null, 0, "Home", "<p>Welcome</p>", published, null));
            var about = Item(AboutKey, ContentType.ContentPage, "about", HomeKey, 1, "About the pledge", "<h2>Why</h2>\n<p>Because.</p>", published, imageKey);
            about.Variants.Add(new ContentVariant { ContentKey = AboutKey, Culture = "bn", Title = "প্রতিশ্রুতি সম্পর্কে", BodyHtml = "<p>খসড়া</p>", HasUnpublishedChanges = true, UpdatedBy = "test" });
            db.Add(about);
            db.Add(Item(DraftKey, ContentType.ContentPage, "coming-soon", HomeKey, 2, "Coming soon", "<p>Not yet</p>", null, null));
            db.Add(new ContentRedirect { FromPath = "/old-about", ContentKey = AboutKey, CreatedUtc = published, CreatedAutomatically = true });
            await db.SaveChangesAsync();
        });
    }

    private static ContentItem Item(Guid key, ContentType type, string slug, Guid? parent, int sort, string title, string body, DateTime? publishedUtc, Guid? hero)
    {
        var item = new ContentItem
        {
            Key = key, Type = type, Name = title, Slug = slug, ParentKey = parent, SortOrder = sort, ShowInNavigation = true,
            Themes = type == ContentType.Home ? [] : ["health", "anti-racist-borough"], HeroMediaKey = hero,
            CreatedUtc = DateTime.UnixEpoch, UpdatedUtc = DateTime.UnixEpoch,
        };
        var variant = new ContentVariant
        {
            ContentKey = key, Culture = ContentCultures.Default, Title = title, Summary = $"About {title}", BodyHtml = body,
            MetaDescription = title, HeroAltText = hero is null ? "" : "People marching", UpdatedBy = "test",
        };
        if (publishedUtc is not null)
        {
            variant.PublishedVersion = new ContentVersion
            {
                ContentKey = key, Culture = ContentCultures.Default, Number = 1, Title = title, Summary = variant.Summary, BodyHtml = body,
                MetaDescription = title, HeroAltText = variant.HeroAltText, SavedUtc = publishedUtc.Value, SavedBy = "test", Note = "Published",
            };
            variant.PublishedUtc = publishedUtc;
        }
        else variant.HasUnpublishedChanges = true;
        item.Variants.Add(variant);
        return item;
    }

    private static Task<USyncReport> RunAsync(SiteFactory site, Func<USyncService, Task<USyncReport>> action)
    {
        USyncReport? report = null;
        return site.WithScopeAsync(async s => report = await action(s.GetRequiredService<USyncService>())).ContinueWith(_ => report!, TaskScheduler.Default);
    }

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes);

    [Fact]
    public async Task Export_then_import_into_an_empty_database_reproduces_the_same_items_and_files()
    {
        // Given a site with content, media and a redirect, exported to uSync/
        using var original = NewSite(_folder, importOnStartup: false);
        await BuildSiteAsync(original);
        var exported = await RunAsync(original, u => u.ExportAsync(CancellationToken.None));
        Assert.Contains(exported.Created, c => c.StartsWith($"content/{AboutKey:D}.json", StringComparison.Ordinal));
        var files = Snapshot(_folder);
        Assert.Contains($"media/{files.Keys.Single(k => k.StartsWith("media/", StringComparison.Ordinal) && k.EndsWith(".jpg", StringComparison.Ordinal))[6..]}", files.Keys);
        var aboutJson = System.Text.Encoding.UTF8.GetString(files[$"content/{AboutKey:D}.json"]);
        Assert.DoesNotContain("\r", aboutJson, StringComparison.Ordinal);
        Assert.Contains("\"bodyHtml\": [\n", aboutJson, StringComparison.Ordinal);

        // When a fresh site with an empty database starts on that folder (the default imports when there is no content)
        using var copy = NewSite(_folder, importOnStartup: null);
        var counts = await copy.WithDbAsync(async db => (await db.Set<ContentItem>().CountAsync(), await db.Set<MediaItem>().CountAsync(), await db.Set<ContentRedirect>().CountAsync()));

        // Then it holds the same items, and exporting it again gives byte-for-byte the same files
        Assert.Equal((3, 1, 1), counts);
        var second = Path.Combine(_folder, "..", Guid.NewGuid().ToString("N"));
        foreach (var (relative, bytes) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(second, relative))!);
            await File.WriteAllBytesAsync(Path.Combine(second, relative), [.. bytes], TestContext.Current.CancellationToken);
        }
        using var copyExporting = NewSite(second, importOnStartup: null);
        var reExport = await RunAsync(copyExporting, u => u.ExportAsync(CancellationToken.None));
        Assert.Empty(reExport.Created);
        Assert.Empty(reExport.Updated);
        Assert.Empty(reExport.Deleted);
        var again = Snapshot(second);
        Assert.Equal(files.Keys.Order(), again.Keys.Order());
        foreach (var (relative, bytes) in files) Assert.True(bytes.AsSpan().SequenceEqual(again[relative]), $"{relative} differs after the round trip");
        Directory.Delete(second, recursive: true);

        // And the image is served from the new site at the same address
        var html = await copy.WithDbAsync(db => db.Set<MediaItem>().SingleAsync());
        using var client = HtmlClient.For(copy);
        var response = await client.Http.GetAsync(MediaUrls.Image(html, 640), TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_database_renders_every_published_page_the_same()
    {
        // Given a site started from the repository's starter content, with an image added to the vision page
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "uSync"), _folder);
        using var original = NewSite(_folder, importOnStartup: null);
        await original.WithScopeAsync(async services =>
        {
            var jpeg = MediaForms.JpegWithExif(900, 500);
            var upload = await services.GetRequiredService<MediaLibrary>().UploadAsync(
                new MediaUpload(new MemoryStream(jpeg), jpeg.Length, "vision.jpg", "Vision", "Residents at a community summit", false, null), CancellationToken.None);
            var db = services.GetRequiredService<PledgeSite.Core.Data.PledgeDbContext>();
            var vision = await db.Set<ContentItem>().SingleAsync(c => c.Slug == "vision");
            vision.HeroMediaKey = upload.Item!.Key;
            await db.SaveChangesAsync();
        });
        var exported = await RunAsync(original, u => u.ExportAsync(CancellationToken.None));
        Assert.True(exported.Created.Count + exported.Updated.Count > 0);

        // When a site with an empty database starts on the exported folder
        using var copy = NewSite(_folder, importOnStartup: null);

        // Then every page in the sitemap renders the same HTML on both
        using var before = HtmlClient.For(original);
        using var after = HtmlClient.For(copy);
        var sitemap = await before.Http.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken);
        Assert.Equal(sitemap, await after.Http.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        var urls = System.Text.RegularExpressions.Regex.Matches(sitemap, "<loc>([^<]+)</loc>").Select(m => new Uri(m.Groups[1].Value).PathAndQuery).Distinct().ToList();
        Assert.Contains("/", urls);
        Assert.Contains("/accessibility", urls);
        Assert.Contains("/vision", urls);
        foreach (var url in urls)
        {
            var a = await before.GetPageAsync(url);
            var b = await after.GetPageAsync(url);
            Assert.Equal(a.Title, b.Title);
            Assert.Equal(a.Head!.QuerySelector("link[rel=canonical]")?.OuterHtml, b.Head!.QuerySelector("link[rel=canonical]")?.OuterHtml);
            Assert.True(a.QuerySelector("main")!.OuterHtml == b.QuerySelector("main")!.OuterHtml, $"{url} renders differently after the import");
        }
        var visionPage = await after.GetPageAsync("/vision");

        Assert.Contains(visionPage.QuerySelectorAll("img"), i => i.GetAttribute("alt") == "Residents at a community summit" && i.GetAttribute("srcset") is not null);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [Fact]
    public async Task Importing_again_changes_nothing_and_reports_every_item_unchanged()
    {
        using var original = NewSite(_folder, importOnStartup: false);
        await BuildSiteAsync(original);
        await RunAsync(original, u => u.ExportAsync(CancellationToken.None));
        using var copy = NewSite(_folder, importOnStartup: false);

        var first = await RunAsync(copy, u => u.ImportAsync(CancellationToken.None));
        var versionsAfterFirst = await copy.WithDbAsync(db => db.Set<ContentVersion>().CountAsync());
        var second = await RunAsync(copy, u => u.ImportAsync(CancellationToken.None));

        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Equal(3 + 1 + 1 + 1, first.Created.Count); // content, media, media folder, redirect
        Assert.Empty(second.Created);
        Assert.Empty(second.Updated);
        Assert.Equal(first.Created.Count + first.Skipped.Count, second.Skipped.Count);
        Assert.Equal(versionsAfterFirst, await copy.WithDbAsync(db => db.Set<ContentVersion>().CountAsync()));
    }

    [Fact]
    public async Task A_malformed_file_is_reported_by_name_and_nothing_is_imported()
    {
        using var original = NewSite(_folder, importOnStartup: false);
        await BuildSiteAsync(original);
        await RunAsync(original, u => u.ExportAsync(CancellationToken.None));
        // One good file made bad: a property with the wrong type
        var broken = Path.Combine(_folder, "content", $"{DraftKey:D}.json");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("\"sortOrder\": 2", "\"sortOrder\": \"second\"", StringComparison.Ordinal));
        // and another pointing at a parent that does not exist
        var orphan = Path.Combine(_folder, "content", $"{AboutKey:D}.json");
        File.WriteAllText(orphan, File.ReadAllText(orphan).Replace(HomeKey.ToString("D"), "00000000-0000-4000-8000-0000000000ff", StringComparison.Ordinal));

        // and a third whose body carries a script
        var home = Path.Combine(_folder, "content", $"{HomeKey:D}.json");
        File.WriteAllText(home, File.ReadAllText(home).Replace("<p>Welcome</p>", "<p>Welcome</p><script>alert(1)</script>", StringComparison.Ordinal));

        using var copy = NewSite(_folder, importOnStartup: false);
        var report = await RunAsync(copy, u => u.ImportAsync(CancellationToken.None));

        Assert.False(report.Succeeded);
        Assert.Contains(report.Errors, e => e.StartsWith($"uSync/content/{HomeKey:D}.json: the en-GB draft bodyHtml holds markup the site does not allow", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.StartsWith($"uSync/content/{DraftKey:D}.json: ", StringComparison.Ordinal) && e.Contains("sortOrder", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.StartsWith($"uSync/content/{AboutKey:D}.json: parentKey 00000000-0000-4000-8000-0000000000ff", StringComparison.Ordinal));
        Assert.Equal("Nothing was imported: 3 files have problems.", report.Summary);
        Assert.Equal((0, 0, 0, 0), await copy.WithDbAsync(async db => (await db.Set<ContentItem>().CountAsync(), await db.Set<MediaItem>().CountAsync(),
            await db.Set<MediaFolder>().CountAsync(), await db.Set<ContentRedirect>().CountAsync())));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
