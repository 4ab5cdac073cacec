using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Media;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.USync;

/// <summary>
/// Writes the site's content, media, redirects and document types to uSync/ (one file per item, named by its stable key)
/// and reads them back. An import checks every file first and applies nothing if any is wrong; then it applies all of
/// them in one transaction, creating, updating or skipping (unchanged) each item, so running it twice changes nothing.
/// </summary>
public sealed partial class USyncService(
    PledgeDbContext db,
    MediaLibrary media,
    MediaStorage storage,
    ContentSanitiser sanitiser,
    USyncLocation location,
    IOutputCacheStore cache,
    SiteClock clock,
    ILogger<USyncService> logger)
{
    public const string ImportedBy = "uSync import";
    public const string ContentCacheTag = "content";
    private static readonly string[] ThemeSlugs = ["anti-racist-borough", "community-leadership", "health", "education-and-employment"];

    public string Root => location.Path;

    // ---------------------------------------------------------------- export

    public async Task<USyncReport> ExportAsync(CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, (string Label, byte[] Bytes)>(StringComparer.Ordinal);
        void Json<T>(string folder, string name, string label, T value) =>
            files[$"{folder}/{name}.json"] = (label, Encoding.UTF8.GetBytes(USyncJson.Serialize(value)));

        foreach (var type in DocumentTypeCatalogue.All) Json(USyncFolders.DocumentTypes, type.Alias.ToString(), type.Name, type);

        var folders = await db.Set<MediaFolder>().AsNoTracking().ToListAsync(cancellationToken);
        var folderKeys = folders.ToDictionary(f => f.Id, f => f.Key);
        foreach (var folder in folders)
            Json(USyncFolders.MediaFolders, folder.Key.ToString("D"), folder.Name,
                new MediaFolderFile(folder.Key, folder.Name, folder.ParentId is { } p ? folderKeys[p] : null));

        foreach (var item in await db.Set<MediaItem>().AsNoTracking().ToListAsync(cancellationToken))
        {
            Json(USyncFolders.Media, item.Key.ToString("D"), item.Name, ToFile(item, folderKeys));
            var original = storage.PathOf(item.Key, $"original.{item.Extension}");
            if (File.Exists(original))
                files[$"{USyncFolders.Media}/{item.Key:D}.{item.Extension}"] = ("", await File.ReadAllBytesAsync(original, cancellationToken));
        }

        foreach (var item in await LoadContentAsync(tracking: false, cancellationToken))
            Json(USyncFolders.Content, item.Key.ToString("D"), item.Name, ToFile(item));

        foreach (var redirect in await db.Set<ContentRedirect>().AsNoTracking().ToListAsync(cancellationToken))
            Json(USyncFolders.Redirects, RedirectKey(redirect.FromPath), redirect.FromPath,
                new RedirectFile(redirect.FromPath, redirect.ContentKey, redirect.ToPath, redirect.CreatedAutomatically, redirect.CreatedUtc));

        var report = new USyncReport();
        foreach (var folder in USyncFolders.All)
        {
            var directory = Path.Combine(Root, folder);
            Directory.CreateDirectory(directory);
            var wanted = files.Where(f => f.Key.StartsWith(folder + "/", StringComparison.Ordinal)).ToList();
            foreach (var (relative, (label, bytes)) in wanted.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var path = Path.Combine(Root, relative);
                var existing = File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
                var list = existing is null ? report.Created : existing.AsSpan().SequenceEqual(bytes) ? report.Skipped : report.Updated;
                if (!ReferenceEquals(list, report.Skipped)) await File.WriteAllBytesAsync(path, bytes, cancellationToken);
                if (relative.EndsWith(".json", StringComparison.Ordinal)) list.Add($"{relative} ({label})");
            }
            // Items deleted from the site leave uSync too, so the folder always mirrors the site.
            var names = wanted.Select(w => Path.GetFileName(w.Key)).ToHashSet(StringComparer.Ordinal);
            foreach (var stale in Directory.GetFiles(directory).Where(f => !names.Contains(Path.GetFileName(f))))
            {
                File.Delete(stale);
                if (stale.EndsWith(".json", StringComparison.Ordinal)) report.Deleted.Add($"{folder}/{Path.GetFileName(stale)}");
            }
        }
        logger.LogInformation("uSync export to {Path}: {Summary}", Root, report.Summary);
        return report;
    }

    private async Task<List<ContentItem>> LoadContentAsync(bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Set<ContentItem>().Include(c => c.Variants).ThenInclude(v => v.PublishedVersion).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).ToListAsync(cancellationToken);
    }

    public static ContentItemFile ToFile(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ContentItemFile(item.Key, item.Type, item.Name, item.Slug, item.ParentKey, item.SortOrder, item.ShowInNavigation,
            item.Themes.Order(StringComparer.Ordinal).ToList(), item.HeroMediaKey, item.SocialImageMediaKey,
            item.EventStartUtc, item.EventEndUtc, item.BookingUrl, item.TrashedUtc,
            item.Variants.OrderBy(v => v.Culture, StringComparer.Ordinal).Select(v => new ContentVariantFile(
                v.Culture,
                new ContentTextFile(v.Title, v.Summary, ContentTextFile.Lines(v.BodyHtml), v.MetaDescription, v.HeroAltText, v.Venue, v.AccessibilityInformation),
                v.PublishedVersion is { } p
                    ? new ContentTextFile(p.Title, p.Summary, ContentTextFile.Lines(p.BodyHtml), p.MetaDescription, p.HeroAltText, p.Venue, p.AccessibilityInformation)
                    : null,
                v.PublishedVersion is null ? null : v.PublishedUtc,
                v.PublishAtUtc,
                v.UnpublishAtUtc)).ToList());
    }

    private static MediaItemFile ToFile(MediaItem item, Dictionary<int, Guid> folderKeys) =>
        new(item.Key, item.FolderId is { } f ? folderKeys[f] : null, item.Name, item.FileName, item.Kind, item.Extension,
            item.AltText, item.IsDecorative, item.ContentHash);

    /// <summary>A redirect's stable file name: the first 16 hex digits of the SHA-256 of its (unique) old path.</summary>
    public static string RedirectKey(string fromPath) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fromPath)))[..16];

    // ---------------------------------------------------------------- import

    private sealed record Parsed<T>(string File, T Item);
    private sealed record PendingMedia(string File, MediaItemFile Item, ProcessedMedia? Processed);

    public async Task<USyncReport> ImportAsync(CancellationToken cancellationToken)
    {
        var report = new USyncReport();
        if (!Directory.Exists(Root))
        {
            report.Errors.Add($"The uSync folder {Root} does not exist.");
            return report;
        }

        // 1. Read and check every file; nothing is written unless all of them are good.
        var documentTypes = await ReadAllAsync<DocumentTypeFile>(USyncFolders.DocumentTypes, d => d.Alias.ToString(), report, cancellationToken);
        var folders = await ReadAllAsync<MediaFolderFile>(USyncFolders.MediaFolders, f => f.Key.ToString("D"), report, cancellationToken);
        var mediaFiles = await ReadAllAsync<MediaItemFile>(USyncFolders.Media, m => m.Key.ToString("D"), report, cancellationToken);
        var content = await ReadAllAsync<ContentItemFile>(USyncFolders.Content, c => c.Key.ToString("D"), report, cancellationToken);
        var redirects = await ReadAllAsync<RedirectFile>(USyncFolders.Redirects, r => RedirectKey(r.FromPath), report, cancellationToken);

        var existingFolders = await db.Set<MediaFolder>().ToListAsync(cancellationToken);
        var existingMedia = await db.Set<MediaItem>().ToListAsync(cancellationToken);
        var existingContent = await LoadContentAsync(tracking: true, cancellationToken);
        var existingRedirects = await db.Set<ContentRedirect>().ToListAsync(cancellationToken);

        var folderKeys = existingFolders.Select(f => f.Key).Concat(folders.Select(f => f.Item.Key)).ToHashSet();
        var mediaKeys = existingMedia.Select(m => m.Key).Concat(mediaFiles.Select(m => m.Item.Key)).ToHashSet();
        var contentKeys = existingContent.Select(c => c.Key).Concat(content.Select(c => c.Item.Key)).ToHashSet();

        foreach (var (file, folder) in folders)
        {
            if (string.IsNullOrWhiteSpace(folder.Name)) report.Errors.Add($"{file}: name is empty.");
            if (folder.ParentKey is { } p && (p == folder.Key || !folderKeys.Contains(p)))
                report.Errors.Add($"{file}: parentKey {p} is not a media folder in uSync/media-folders or the database.");
        }
        var pendingMedia = new List<PendingMedia>();
        foreach (var (file, item) in mediaFiles)
        {
            var pending = await CheckMediaAsync(file, item, existingMedia.FirstOrDefault(m => m.Key == item.Key), folderKeys, report, cancellationToken);
            if (pending is not null) pendingMedia.Add(pending);
        }
        var contentParents = content.ToDictionary(c => c.Item.Key, c => c.Item.ParentKey);
        foreach (var (file, item) in content)
        {
            CheckContent(file, item, contentKeys, mediaKeys, contentParents, report);
            CheckBodies(file, item, report);
        }
        foreach (var (file, redirect) in redirects)
        {
            if (!redirect.FromPath.StartsWith('/') || redirect.FromPath.StartsWith("//", StringComparison.Ordinal))
                report.Errors.Add($"{file}: fromPath must be a path on this site starting with /.");
            if ((redirect.ContentKey is null) == string.IsNullOrEmpty(redirect.ToPath))
                report.Errors.Add($"{file}: give either contentKey or toPath, not both or neither.");
            if (redirect.ContentKey is { } k && !contentKeys.Contains(k))
                report.Errors.Add($"{file}: contentKey {k} is not a content item in uSync/content or the database.");
            if (redirect.ToPath is { Length: > 0 } to && (!to.StartsWith('/') || to.StartsWith("//", StringComparison.Ordinal)))
                report.Errors.Add($"{file}: toPath must be a path on this site starting with /.");
        }
        if (!report.Succeeded)
        {
            logger.LogWarning("uSync import from {Path} refused: {Errors}", Root, string.Join(" | ", report.Errors));
            return report;
        }

        // 2. Apply everything in one transaction.
        var now = clock.GetUtcNow().UtcDateTime;
        await db.InTransactionAsync(async ct =>
        {
            foreach (var type in documentTypes) report.Skipped.Add($"{type.File} (defined in code)");
            var folderEntities = ApplyFolders(folders, existingFolders, now, report);
            ApplyMedia(pendingMedia, existingMedia, folderEntities, now, report);
            await ApplyContentAsync(content, existingContent, now, report, ct);
            ApplyRedirects(redirects, existingRedirects, now, report);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);

        // 3. Files after the commit, so a failed import leaves the served files as they were.
        foreach (var pending in pendingMedia.Where(p => p.Processed is not null))
            await storage.WriteAsync(pending.Item.Key, pending.Processed!.Files, cancellationToken);
        await cache.EvictByTagAsync(ContentCacheTag, cancellationToken);
        logger.LogInformation("uSync import from {Path}: {Summary}", Root, report.Summary);
        return report;
    }

    private async Task<List<Parsed<T>>> ReadAllAsync<T>(string folder, Func<T, string> expectedName, USyncReport report, CancellationToken cancellationToken)
    {
        var parsed = new List<Parsed<T>>();
        var directory = Path.Combine(Root, folder);
        if (!Directory.Exists(directory)) return parsed;
        foreach (var path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var file = $"uSync/{folder}/{Path.GetFileName(path)}";
            T item;
            try
            {
                item = USyncJson.Deserialize<T>(await File.ReadAllTextAsync(path, cancellationToken));
            }
            catch (JsonException e)
            {
                report.Errors.Add($"{file}: {Describe(e)}");
                continue;
            }
            var expected = expectedName(item) + ".json";
            if (!string.Equals(Path.GetFileName(path), expected, StringComparison.OrdinalIgnoreCase))
            {
                report.Errors.Add($"{file}: the file name must be {expected}, from the key it holds.");
                continue;
            }
            parsed.Add(new(file, item));
        }
        return parsed;
    }

    /// <summary>System.Text.Json's message, with the line and property it points at, made readable.</summary>
    private static string Describe(JsonException e)
    {
        var message = e.Message.Split(" Path: ")[0].Split(" LineNumber:")[0].TrimEnd('.');
        var where = e.LineNumber is { } line ? $"line {line + 1}" : "";
        if (!string.IsNullOrEmpty(e.Path) && e.Path != "$") where += (where.Length > 0 ? ", " : "") + e.Path.TrimStart('$', '.');
        return where.Length > 0 ? $"{message} ({where})." : message + ".";
    }

    private async Task<PendingMedia?> CheckMediaAsync(string file, MediaItemFile item, MediaItem? existing, HashSet<Guid> folderKeys,
        USyncReport report, CancellationToken cancellationToken)
    {
        var errors = report.Errors.Count;
        var type = MediaFileType.FromExtension(item.Extension);
        if (type is null || type.Kind != item.Kind)
            report.Errors.Add($"{file}: extension '{item.Extension}' and kind '{item.Kind}' must be jpg, png or webp for an Image, or pdf for a Document.");
        if (string.IsNullOrWhiteSpace(item.Name)) report.Errors.Add($"{file}: name is empty.");
        if (item.Kind == MediaKind.Image && !item.IsDecorative && string.IsNullOrWhiteSpace(item.AltText))
            report.Errors.Add($"{file}: altText is required for an image that is not decorative.");
        if (item.FolderKey is { } f && !folderKeys.Contains(f))
            report.Errors.Add($"{file}: folderKey {f} is not a media folder in uSync/media-folders or the database.");
        var binary = Path.Combine(Root, USyncFolders.Media, $"{item.Key:D}.{item.Extension}");
        if (type is not null && !File.Exists(binary))
            report.Errors.Add($"{file}: the file itself, uSync/{USyncFolders.Media}/{item.Key:D}.{item.Extension}, is missing.");
        if (report.Errors.Count > errors) return null;

        var bytes = await File.ReadAllBytesAsync(binary, cancellationToken);
        var hash = MediaLibrary.HashOf(bytes);
        if (existing is not null && existing.ContentHash == hash && existing.ContentHash == item.ContentHash
            && Directory.Exists(storage.ItemDirectory(item.Key)))
            return new PendingMedia(file, item, null);
        // A file this site exported keeps its bytes (and so its hash and URLs); anything else is cleaned like an upload.
        var processed = media.Process(type!, bytes, keepOriginal: hash == item.ContentHash, out var problem);
        if (processed is null)
        {
            report.Errors.Add($"uSync/{USyncFolders.Media}/{item.Key:D}.{item.Extension}: {problem}.");
            return null;
        }
        return new PendingMedia(file, item, processed);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    private static void CheckContent(string file, ContentItemFile item, HashSet<Guid> contentKeys, HashSet<Guid> mediaKeys,
        Dictionary<Guid, Guid?> parents, USyncReport report)
    {
        if (!Enum.IsDefined(item.Type)) report.Errors.Add($"{file}: type '{item.Type}' is not a document type.");
        if (string.IsNullOrWhiteSpace(item.Name)) report.Errors.Add($"{file}: name is empty.");
        if (!(item.Type == ContentType.Home && item.Slug.Length == 0) && !SlugPattern().IsMatch(item.Slug))
            report.Errors.Add($"{file}: slug '{item.Slug}' must be lower-case letters, numbers and hyphens.");
        if (item.ParentKey is { } parent)
        {
            if (!contentKeys.Contains(parent))
                report.Errors.Add($"{file}: parentKey {parent} is not a content item in uSync/content or the database.");
            // Walk up the tree within the import: a loop would make the item unreachable.
            var seen = new HashSet<Guid> { item.Key };
            for (Guid? p = parent; p is { } key && parents.TryGetValue(key, out var next); p = next)
            {
                if (!seen.Add(key))
                {
                    report.Errors.Add($"{file}: parentKey makes a loop in the content tree.");
                    break;
                }
            }
        }
        foreach (var theme in item.Themes.Where(t => !ThemeSlugs.Contains(t)))
            report.Errors.Add($"{file}: theme '{theme}' is not one of {string.Join(", ", ThemeSlugs)}.");
        foreach (var key in new[] { item.HeroMediaKey, item.SocialImageMediaKey }.OfType<Guid>().Where(k => !mediaKeys.Contains(k)))
            report.Errors.Add($"{file}: media {key} is not in uSync/media or the database.");
        if (!item.Variants.Any(v => v.Culture == ContentCultures.Default))
            report.Errors.Add($"{file}: there must be an {ContentCultures.Default} variant.");
        foreach (var group in item.Variants.GroupBy(v => v.Culture).Where(g => g.Count() > 1))
            report.Errors.Add($"{file}: culture {group.Key} appears more than once.");
        foreach (var variant in item.Variants)
        {
            if (!ContentCultures.IsKnown(variant.Culture))
                report.Errors.Add($"{file}: culture '{variant.Culture}' is not one of {string.Join(", ", ContentCultures.All)}.");
            if (string.IsNullOrWhiteSpace(variant.Draft.Title) || (variant.Published is { } p && string.IsNullOrWhiteSpace(p.Title)))
                report.Errors.Add($"{file}: the {variant.Culture} title is empty.");
            if (variant.Published is not null && variant.PublishedUtc is null)
                report.Errors.Add($"{file}: the {variant.Culture} variant is published but has no publishedUtc.");
        }
    }

    /// <summary>Bodies must already be what the editor's sanitiser would save: a file cannot smuggle in a script.</summary>
    private void CheckBodies(string file, ContentItemFile item, USyncReport report)
    {
        foreach (var variant in item.Variants)
        {
            foreach (var (state, text) in new[] { ("draft", variant.Draft), ("published", variant.Published) })
            {
                if (text is null || text.Body.Length == 0) continue;
                if (sanitiser.Sanitise(text.Body) != text.Body)
                    report.Errors.Add($"{file}: the {variant.Culture} {state} bodyHtml holds markup the site does not allow "
                        + "(only headings, paragraphs, lists, links, quotes and simple tables; no scripts, event handlers, styles or classes).");
            }
        }
    }

    private Dictionary<Guid, MediaFolder> ApplyFolders(List<Parsed<MediaFolderFile>> folders, List<MediaFolder> existing, DateTime now, USyncReport report)
    {
        var all = existing.ToDictionary(f => f.Key);
        foreach (var (file, folder) in folders)
        {
            if (!all.TryGetValue(folder.Key, out var entity))
            {
                entity = new MediaFolder { Key = folder.Key, CreatedUtc = now };
                all[folder.Key] = entity;
                db.Add(entity);
                report.Created.Add($"{file} ({folder.Name})");
            }
            else if (entity.Name == folder.Name && ParentKeyOf(entity, existing) == folder.ParentKey)
            {
                report.Skipped.Add($"{file} ({folder.Name})");
                continue;
            }
            else report.Updated.Add($"{file} ({folder.Name})");
            entity.Name = folder.Name;
        }
        foreach (var (_, folder) in folders) all[folder.Key].Parent = folder.ParentKey is { } p ? all[p] : null;
        foreach (var (_, folder) in folders) if (folder.ParentKey is null) all[folder.Key].ParentId = null;
        return all;
    }

    private static Guid? ParentKeyOf(MediaFolder folder, List<MediaFolder> all) =>
        folder.ParentId is { } id ? all.FirstOrDefault(f => f.Id == id)?.Key : null;

    private void ApplyMedia(List<PendingMedia> pending, List<MediaItem> existing, Dictionary<Guid, MediaFolder> folders, DateTime now, USyncReport report)
    {
        var folderKeysById = folders.Values.Where(f => f.Id != 0).ToDictionary(f => f.Id, f => f.Key);
        foreach (var (file, item, processed) in pending)
        {
            var entity = existing.FirstOrDefault(m => m.Key == item.Key);
            if (entity is not null && processed is null && ToFile(entity, folderKeysById) == item)
            {
                report.Skipped.Add($"{file} ({item.Name})");
                continue;
            }
            if (entity is null)
            {
                entity = new MediaItem { Key = item.Key, CreatedUtc = now };
                db.Add(entity);
                report.Created.Add($"{file} ({item.Name})");
            }
            else report.Updated.Add($"{file} ({item.Name})");
            entity.Name = item.Name;
            entity.FileName = item.FileName;
            entity.AltText = item.IsDecorative ? null : item.AltText;
            entity.IsDecorative = item.IsDecorative;
            entity.Folder = item.FolderKey is { } f ? folders[f] : null;
            if (item.FolderKey is null) entity.FolderId = null;
            entity.UpdatedUtc = now;
            if (processed is not null) MediaLibrary.Apply(entity, processed);
        }
    }

    private async Task ApplyContentAsync(List<Parsed<ContentItemFile>> content, List<ContentItem> existing, DateTime now, USyncReport report, CancellationToken cancellationToken)
    {
        var numbers = (await db.Set<ContentVersion>().GroupBy(v => new { v.ContentKey, v.Culture })
                .Select(g => new { g.Key.ContentKey, g.Key.Culture, Max = g.Max(v => v.Number) }).ToListAsync(cancellationToken))
            .ToDictionary(v => (v.ContentKey, v.Culture), v => v.Max);
        ContentVersion NewVersion(Guid key, string culture, ContentTextFile text, DateTime savedUtc, string note)
        {
            var number = numbers.GetValueOrDefault((key, culture)) + 1;
            numbers[(key, culture)] = number;
            var version = new ContentVersion
            {
                ContentKey = key, Culture = culture, Number = number, Title = text.Title, Summary = text.Summary, BodyHtml = text.Body,
                MetaDescription = text.MetaDescription, HeroAltText = text.HeroAltText, Venue = text.Venue,
                AccessibilityInformation = text.AccessibilityInformation, SavedUtc = savedUtc, SavedBy = ImportedBy, Note = note,
            };
            db.Add(version);
            return version;
        }

        var byKey = existing.ToDictionary(c => c.Key);
        foreach (var (file, item) in content)
        {
            var label = $"{file} ({item.Name})";
            if (byKey.TryGetValue(item.Key, out var entity) && USyncJson.Serialize(ToFile(entity)) == USyncJson.Serialize(item))
            {
                report.Skipped.Add(label);
                continue;
            }
            if (entity is null)
            {
                entity = new ContentItem { Key = item.Key, CreatedUtc = now };
                byKey[item.Key] = entity;
                db.Add(entity);
                report.Created.Add(label);
            }
            else report.Updated.Add(label);

            entity.Type = item.Type;
            entity.Name = item.Name;
            entity.Slug = item.Slug;
            entity.ParentKey = item.ParentKey;
            entity.SortOrder = item.SortOrder;
            entity.ShowInNavigation = item.ShowInNavigation;
            entity.Themes = [.. item.Themes];
            entity.HeroMediaKey = item.HeroMediaKey;
            entity.SocialImageMediaKey = item.SocialImageMediaKey;
            entity.EventStartUtc = item.EventStartUtc;
            entity.EventEndUtc = item.EventEndUtc;
            entity.BookingUrl = item.BookingUrl;
            entity.TrashedUtc = item.TrashedUtc;
            entity.UpdatedUtc = now;
            entity.Version = Guid.NewGuid();

            foreach (var gone in entity.Variants.Where(v => item.Variants.All(f => f.Culture != v.Culture)).ToList())
            {
                entity.Variants.Remove(gone);
                db.Remove(gone);
            }
            foreach (var file2 in item.Variants)
            {
                var variant = entity.Variants.FirstOrDefault(v => v.Culture == file2.Culture);
                if (variant is null)
                {
                    variant = new ContentVariant { ContentKey = item.Key, Culture = file2.Culture };
                    entity.Variants.Add(variant);
                }
                var draft = file2.Draft;
                var currentDraft = new ContentTextFile(variant.Title, variant.Summary, ContentTextFile.Lines(variant.BodyHtml), variant.MetaDescription,
                    variant.HeroAltText, variant.Venue, variant.AccessibilityInformation);
                var currentPublished = variant.PublishedVersion is { } pv
                    ? new ContentTextFile(pv.Title, pv.Summary, ContentTextFile.Lines(pv.BodyHtml), pv.MetaDescription, pv.HeroAltText, pv.Venue, pv.AccessibilityInformation)
                    : null;

                if (file2.Published is null)
                {
                    variant.PublishedVersion = null;
                    variant.PublishedVersionId = null;
                    variant.PublishedUtc = null;
                }
                else if (currentPublished is null || !Same(currentPublished, file2.Published) || variant.PublishedUtc != file2.PublishedUtc)
                {
                    variant.PublishedVersion = NewVersion(item.Key, file2.Culture, file2.Published, file2.PublishedUtc!.Value, "Published (imported from uSync)");
                    variant.PublishedUtc = file2.PublishedUtc;
                }
                if (!Same(currentDraft, draft) && !(file2.Published is not null && Same(draft, file2.Published) && variant.PublishedVersion?.Id == 0))
                    NewVersion(item.Key, file2.Culture, draft, now, "Imported from uSync");

                variant.Title = draft.Title;
                variant.Summary = draft.Summary;
                variant.BodyHtml = draft.Body;
                variant.MetaDescription = draft.MetaDescription;
                variant.HeroAltText = draft.HeroAltText;
                variant.Venue = draft.Venue;
                variant.AccessibilityInformation = draft.AccessibilityInformation;
                variant.HasUnpublishedChanges = file2.Published is null || !Same(draft, file2.Published);
                variant.PublishAtUtc = file2.PublishAtUtc;
                variant.UnpublishAtUtc = file2.UnpublishAtUtc;
                variant.UpdatedUtc = now;
                variant.UpdatedBy = ImportedBy;
                variant.Version = Guid.NewGuid();
            }
        }
    }

    private static bool Same(ContentTextFile a, ContentTextFile b) => USyncJson.Serialize(a) == USyncJson.Serialize(b);

    private void ApplyRedirects(List<Parsed<RedirectFile>> redirects, List<ContentRedirect> existing, DateTime now, USyncReport report)
    {
        foreach (var (file, redirect) in redirects)
        {
            var entity = existing.FirstOrDefault(r => string.Equals(r.FromPath, redirect.FromPath, StringComparison.Ordinal));
            var label = $"{file} ({redirect.FromPath})";
            if (entity is not null && entity.ContentKey == redirect.ContentKey && entity.ToPath == redirect.ToPath
                && entity.CreatedAutomatically == redirect.CreatedAutomatically && entity.CreatedUtc == redirect.CreatedUtc)
            {
                report.Skipped.Add(label);
                continue;
            }
            if (entity is null)
            {
                entity = new ContentRedirect { FromPath = redirect.FromPath };
                db.Add(entity);
                report.Created.Add(label);
            }
            else report.Updated.Add(label);
            entity.ContentKey = redirect.ContentKey;
            entity.ToPath = string.IsNullOrEmpty(redirect.ToPath) ? null : redirect.ToPath;
            entity.CreatedAutomatically = redirect.CreatedAutomatically;
            entity.CreatedUtc = redirect.CreatedUtc == default ? now : redirect.CreatedUtc;
        }
    }
}
