using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Auditing;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Content;

/// <summary>What an editor submits for one culture of an item. Item settings are taken from the English form only.</summary>
public sealed class ContentEdit
{
    public required Guid Key { get; init; }
    public required string Culture { get; init; }
    /// <summary>The item's and variant's concurrency tokens as they were when the form was opened.</summary>
    public required Guid ItemVersion { get; init; }
    public Guid? VariantVersion { get; init; }

    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Body { get; init; } = "";
    public string MetaDescription { get; init; } = "";
    public string HeroAltText { get; init; } = "";
    public string Venue { get; init; } = "";
    public string AccessibilityInformation { get; init; } = "";

    /// <summary>Item settings (English form only); null leaves them as they are.</summary>
    public ContentSettings? Settings { get; init; }
}

public sealed class ContentSettings
{
    public string Slug { get; init; } = "";
    public bool ShowInNavigation { get; init; }
    public IReadOnlyList<string> Themes { get; init; } = [];
    public Guid? HeroMediaKey { get; init; }
    public Guid? SocialImageMediaKey { get; init; }
    public DateTime? EventStartUtc { get; init; }
    public DateTime? EventEndUtc { get; init; }
    public string? BookingUrl { get; init; }
}

/// <summary>The outcome of a save: saved, or refused because someone else saved first, or invalid.</summary>
public sealed record ContentSaveResult(bool Saved, string? StaleMessage, IReadOnlyDictionary<string, string> Errors)
{
    public static ContentSaveResult Ok() => new(true, null, new Dictionary<string, string>());
    public static ContentSaveResult Stale(string message) => new(false, message, new Dictionary<string, string>());
    public static ContentSaveResult Invalid(Dictionary<string, string> errors) => new(false, null, errors);
}

/// <summary>
/// The write side of the CMS: create, save (a version on every save), publish, unpublish, schedule, rollback,
/// move, sort, recycle bin and redirects. Every change evicts the "content" output-cache tag.
/// </summary>
public sealed class ContentWorkflow(PledgeDbContext db, ContentSanitiser sanitiser, SiteClock clock, ICurrentActor actor, IOutputCacheStore cache)
{
    public const string CacheTag = "content";

    public static readonly IReadOnlyList<string> ThemeSlugs =
        ["anti-racist-borough", "community-leadership", "health", "education-and-employment"];

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Which document types may sit under an item of a type (null: the root).</summary>
    public static IReadOnlyList<ContentType> AllowedChildren(ContentType? parent) => parent switch
    {
        null => [ContentType.Home, ContentType.ContentPage, ContentType.ThemeContent],
        ContentType.ThemeContent => [],
        _ => [ContentType.ContentPage, ContentType.NewsItem, ContentType.Event],
    };

    public async Task<(ContentItem? Item, Dictionary<string, string> Errors)> CreateAsync(
        ContentType type, Guid? parentKey, string title, string? slug, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        title = (title ?? "").Trim();
        slug = string.IsNullOrWhiteSpace(slug) ? ContentPaths.SlugFrom(title) : slug.Trim().ToLowerInvariant();
        ContentItem? parent = null;
        if (parentKey is { } pk)
        {
            parent = await db.Set<ContentItem>().SingleOrDefaultAsync(c => c.Key == pk && c.TrashedUtc == null, cancellationToken);
            if (parent is null) errors["ParentKey"] = "Select a parent page that exists";
        }
        if (!AllowedChildren(parent?.Type).Contains(type))
            errors["Type"] = parent is null ? $"A {Describe(type)} cannot sit at the top of the tree" : $"A {Describe(type)} cannot sit under a {Describe(parent.Type)}";
        if (type == ContentType.Home && await db.Set<ContentItem>().AnyAsync(c => c.Type == ContentType.Home && c.TrashedUtc == null, cancellationToken))
            errors["Type"] = "There is already a home page";
        if (title.Length == 0) errors["Title"] = "Enter a title";
        else if (title.Length > 200) errors["Title"] = "Title must be 200 characters or fewer";
        if (type == ContentType.ThemeContent && !ThemeSlugs.Contains(slug)) errors["Slug"] = "Choose one of the four themes";
        else if (type != ContentType.Home && !ContentPaths.IsValidSlug(slug)) errors["Slug"] = "Enter a URL segment using lower-case letters, numbers and hyphens, like our-vision";
        else if (await SlugTakenAsync(parentKey, slug, type, null, cancellationToken)) errors["Slug"] = "Another page at this level already uses this URL segment";
        if (errors.Count > 0) return (null, errors);

        var now = Now;
        var sortOrder = await db.Set<ContentItem>().Where(c => c.ParentKey == parentKey).Select(c => (int?)c.SortOrder).MaxAsync(cancellationToken) ?? -1;
        var item = new ContentItem
        {
            Key = Guid.NewGuid(),
            Type = type,
            Name = title,
            Slug = type == ContentType.Home ? (string.IsNullOrEmpty(slug) ? "home" : slug) : slug,
            ParentKey = parentKey,
            SortOrder = sortOrder + 1,
            CreatedUtc = now,
            UpdatedUtc = now,
            Themes = type == ContentType.ThemeContent ? [slug] : [],
        };
        var variant = new ContentVariant { ContentKey = item.Key, Culture = ContentCultures.Default, Title = title, UpdatedUtc = now, UpdatedBy = actor.Name };
        item.Variants.Add(variant);
        db.Add(item);
        db.Add(NewVersion(variant, 1, "Created"));
        await db.SaveChangesAsync(cancellationToken);
        return (item, errors);
    }

    private async Task<bool> SlugTakenAsync(Guid? parentKey, string slug, ContentType type, Guid? except, CancellationToken cancellationToken)
    {
        if (type == ContentType.ThemeContent)
            return await db.Set<ContentItem>().AnyAsync(c => c.Type == ContentType.ThemeContent && c.Slug == slug && c.TrashedUtc == null && c.Key != except, cancellationToken);
        // Children of Home share the URL space with top-level items.
        var tree = await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);
        var home = tree.All.FirstOrDefault(n => n.Type == ContentType.Home);
        var level = parentKey is null || parentKey == home?.Key
            ? tree.ChildrenOf(null).Concat(home is null ? [] : tree.ChildrenOf(home.Key))
            : tree.ChildrenOf(parentKey);
        return level.Any(n => n.Key != except && n.Type != ContentType.Home && n.Type != ContentType.ThemeContent && n.Slug == slug);
    }

    /// <summary>Saves the draft of one culture, as a new version. Refused when the item changed since the form was opened.</summary>
    public async Task<ContentSaveResult> SaveAsync(ContentEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        if (!ContentCultures.IsKnown(edit.Culture)) throw new ArgumentException("Unknown culture", nameof(edit));
        var item = await db.Set<ContentItem>().Include(c => c.Variants).SingleOrDefaultAsync(c => c.Key == edit.Key, cancellationToken)
            ?? throw new InvalidOperationException("No such content item");
        var variant = item.Variants.FirstOrDefault(v => v.Culture == edit.Culture);

        // The item's token guards its settings (English form); each culture's token guards its text, so a translator
        // saving Bengali does not make an English editor's open form stale.
        var settingsStale = edit.Settings is not null && item.Version != edit.ItemVersion;
        if (settingsStale || (variant is not null && variant.Version != edit.VariantVersion))
            return ContentSaveResult.Stale(StaleMessage(variant ?? item.Variants.First()));

        var errors = Validate(edit, item);
        if (ContentSanitiser.ImagesWithoutAlt(sanitiser.Sanitise(edit.Body)) is > 0 and var missing)
            errors["Body"] = missing == 1
                ? "Add alt text to the image in the body: alt=\"what it shows\", or alt=\"\" if it is only decoration"
                : $"Add alt text to the {missing} images in the body: alt=\"what it shows\", or alt=\"\" if one is only decoration";
        if (edit.Settings is { } s && item.Type != ContentType.Home && s.Slug != item.Slug
            && await SlugTakenAsync(item.ParentKey, s.Slug, item.Type, item.Key, cancellationToken))
            errors["Slug"] = "Another page at this level already uses this URL segment";
        if (errors.Count > 0) return ContentSaveResult.Invalid(errors);

        var now = Now;
        if (edit.Settings is { } settings)
        {
            // Stale-save protection across instances too: the update only succeeds if the token still matches.
            db.Entry(item).Property(c => c.Version).OriginalValue = edit.ItemVersion;
            item.Version = Guid.NewGuid();
            if (item.Type != ContentType.Home && settings.Slug != item.Slug)
                await RecordOldUrlsAsync(item.Key, cancellationToken);
            if (item.Type != ContentType.Home) item.Slug = settings.Slug;
            item.ShowInNavigation = settings.ShowInNavigation;
            item.Themes = item.Type == ContentType.ThemeContent ? [item.Slug] : settings.Themes.Where(ThemeSlugs.Contains).Distinct().ToList();
            item.HeroMediaKey = settings.HeroMediaKey;
            item.SocialImageMediaKey = settings.SocialImageMediaKey;
            if (item.Type == ContentType.Event)
            {
                item.EventStartUtc = settings.EventStartUtc;
                item.EventEndUtc = settings.EventEndUtc;
                item.BookingUrl = string.IsNullOrWhiteSpace(settings.BookingUrl) ? null : settings.BookingUrl.Trim();
            }
        }
        if (edit.Culture == ContentCultures.Default) item.Name = edit.Title.Trim();
        item.UpdatedUtc = now;

        if (variant is null)
        {
            variant = new ContentVariant { ContentKey = item.Key, Culture = edit.Culture };
            item.Variants.Add(variant);
        }
        else
        {
            db.Entry(variant).Property(v => v.Version).OriginalValue = edit.VariantVersion ?? variant.Version;
        }
        variant.Title = edit.Title.Trim();
        variant.Summary = edit.Summary.Trim();
        variant.BodyHtml = sanitiser.Sanitise(edit.Body);
        variant.MetaDescription = edit.MetaDescription.Trim();
        variant.HeroAltText = edit.HeroAltText.Trim();
        variant.Venue = edit.Venue.Trim();
        variant.AccessibilityInformation = edit.AccessibilityInformation.Trim();
        variant.UpdatedUtc = now;
        variant.UpdatedBy = actor.Name;
        variant.HasUnpublishedChanges = variant.PublishedVersionId is not null;
        variant.Version = Guid.NewGuid();
        var number = await NextVersionNumberAsync(item.Key, edit.Culture, cancellationToken);
        db.Add(NewVersion(variant, number, "Saved"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency token no longer matched, or another editor created this translation at the same moment.
            db.ChangeTracker.Clear();
            var current = await db.Set<ContentVariant>().AsNoTracking().Where(v => v.ContentKey == edit.Key)
                .OrderBy(v => v.Culture == edit.Culture ? 0 : 1).ThenByDescending(v => v.UpdatedUtc).FirstAsync(cancellationToken);
            return ContentSaveResult.Stale(StaleMessage(current));
        }
        await EvictAsync(cancellationToken);
        return ContentSaveResult.Ok();
    }

    private static string StaleMessage(ContentVariant latest) =>
        $"{latest.UpdatedBy} saved this page at {ContentTime.Describe(latest.UpdatedUtc)}, after you opened it. Your changes have not been saved: " +
        "they are still in the form below. Open the page again to see their version, then make your changes again.";

    private static Dictionary<string, string> Validate(ContentEdit edit, ContentItem item)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(edit.Title)) errors["Title"] = "Enter a title";
        else if (edit.Title.Trim().Length > 200) errors["Title"] = "Title must be 200 characters or fewer";
        if (edit.Summary.Length > 1000) errors["Summary"] = "Summary must be 1,000 characters or fewer";
        if (edit.MetaDescription.Length > 400) errors["MetaDescription"] = "Meta description must be 400 characters or fewer";
        var heroKey = edit.Settings?.HeroMediaKey ?? item.HeroMediaKey;
        if (heroKey is not null && string.IsNullOrWhiteSpace(edit.HeroAltText))
            errors["HeroAltText"] = "Enter alt text for the hero image: describe what it shows for people who cannot see it";
        if (edit.Settings is { } s)
        {
            if (item.Type != ContentType.Home && item.Type != ContentType.ThemeContent && !ContentPaths.IsValidSlug(s.Slug))
                errors["Slug"] = "Enter a URL segment using lower-case letters, numbers and hyphens, like our-vision";
            if (item.Type == ContentType.ThemeContent && s.Slug != item.Slug)
                errors["Slug"] = "The URL segment of a theme text is its theme's slug and cannot change";
            if (item.Type == ContentType.Event)
            {
                if (s.EventStartUtc is null) errors["EventStart"] = "Enter the date and time the event starts";
                else if (s.EventEndUtc is { } end && end < s.EventStartUtc) errors["EventEnd"] = "The end must be after the start";
                if (!string.IsNullOrWhiteSpace(s.BookingUrl)
                    && (!Uri.TryCreate(s.BookingUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
                    errors["BookingUrl"] = "Enter a booking link starting with https://";
            }
        }
        return errors;
    }

    private async Task<int> NextVersionNumberAsync(Guid key, string culture, CancellationToken cancellationToken) =>
        (await db.Set<ContentVersion>().Where(v => v.ContentKey == key && v.Culture == culture).Select(v => (int?)v.Number).MaxAsync(cancellationToken) ?? 0) + 1;

    private ContentVersion NewVersion(ContentVariant variant, int number, string note) => new()
    {
        ContentKey = variant.ContentKey,
        Culture = variant.Culture,
        Number = number,
        Title = variant.Title,
        Summary = variant.Summary,
        BodyHtml = variant.BodyHtml,
        MetaDescription = variant.MetaDescription,
        HeroAltText = variant.HeroAltText,
        Venue = variant.Venue,
        AccessibilityInformation = variant.AccessibilityInformation,
        SavedUtc = Now,
        SavedBy = actor.Name,
        Note = note,
    };

    /// <summary>Publishes the latest saved version of a culture.</summary>
    public async Task PublishAsync(Guid key, string culture, CancellationToken cancellationToken = default)
    {
        var variant = await VariantAsync(key, culture, cancellationToken);
        await PublishLatestAsync(variant, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
    }

    private async Task PublishLatestAsync(ContentVariant variant, CancellationToken cancellationToken)
    {
        var latest = await db.Set<ContentVersion>().Where(v => v.ContentKey == variant.ContentKey && v.Culture == variant.Culture)
            .OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
        variant.PublishedVersionId = latest.Id;
        variant.PublishedUtc = Now;
        variant.HasUnpublishedChanges = false;
        variant.PublishAtUtc = null;
    }

    public async Task UnpublishAsync(Guid key, string culture, CancellationToken cancellationToken = default)
    {
        var variant = await VariantAsync(key, culture, cancellationToken);
        Unpublish(variant);
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
    }

    private static void Unpublish(ContentVariant variant)
    {
        variant.PublishedVersionId = null;
        variant.PublishedUtc = null;
        variant.HasUnpublishedChanges = false;
        variant.UnpublishAtUtc = null;
    }

    /// <summary>Sets (or clears, with null) the times to publish the draft and to unpublish, to the minute.</summary>
    public async Task<Dictionary<string, string>> ScheduleAsync(Guid key, string culture, DateTime? publishAtUtc, DateTime? unpublishAtUtc, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var now = Now;
        if (publishAtUtc is { } p && p <= now) errors["PublishAt"] = "The publish time must be in the future";
        if (unpublishAtUtc is { } u && u <= now) errors["UnpublishAt"] = "The unpublish time must be in the future";
        if (publishAtUtc is { } p2 && unpublishAtUtc is { } u2 && u2 <= p2) errors["UnpublishAt"] = "The unpublish time must be after the publish time";
        if (errors.Count > 0) return errors;
        var variant = await VariantAsync(key, culture, cancellationToken);
        variant.PublishAtUtc = Minute(publishAtUtc);
        variant.UnpublishAtUtc = Minute(unpublishAtUtc);
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
        return errors;
    }

    private static DateTime? Minute(DateTime? value) =>
        value is { } v ? new DateTime(v.Year, v.Month, v.Day, v.Hour, v.Minute, 0, DateTimeKind.Utc) : null;

    /// <summary>
    /// Publishes and unpublishes what is due by now, from the database (so it is exact to the minute and safe to
    /// rerun after a restart). Returns how many variants changed.
    /// </summary>
    public async Task<int> RunScheduleAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var due = await db.Set<ContentVariant>()
            .Where(v => (v.PublishAtUtc != null && v.PublishAtUtc <= now) || (v.UnpublishAtUtc != null && v.UnpublishAtUtc <= now))
            .Where(v => v.Content!.TrashedUtc == null)
            .ToListAsync(cancellationToken);
        foreach (var variant in due)
        {
            if (variant.PublishAtUtc is { } p && p <= now) await PublishLatestAsync(variant, cancellationToken);
            if (variant.UnpublishAtUtc is { } u && u <= now) Unpublish(variant);
        }
        if (due.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            await EvictAsync(cancellationToken);
        }
        return due.Count;
    }

    /// <summary>Copies an old version back into the draft as a new version; republishes it if the culture is live.</summary>
    public async Task RollbackAsync(Guid key, string culture, int versionId, CancellationToken cancellationToken = default)
    {
        var variant = await VariantAsync(key, culture, cancellationToken);
        var old = await db.Set<ContentVersion>().SingleAsync(v => v.Id == versionId && v.ContentKey == key && v.Culture == culture, cancellationToken);
        variant.Title = old.Title;
        variant.Summary = old.Summary;
        variant.BodyHtml = old.BodyHtml;
        variant.MetaDescription = old.MetaDescription;
        variant.HeroAltText = old.HeroAltText;
        variant.Venue = old.Venue;
        variant.AccessibilityInformation = old.AccessibilityInformation;
        variant.UpdatedUtc = Now;
        variant.UpdatedBy = actor.Name;
        variant.Version = Guid.NewGuid();
        var number = await NextVersionNumberAsync(key, culture, cancellationToken);
        var version = NewVersion(variant, number, $"Rolled back to version {old.Number}");
        db.Add(version);
        if (culture == ContentCultures.Default)
        {
            var item = await db.Set<ContentItem>().SingleAsync(c => c.Key == key, cancellationToken);
            item.Name = old.Title;
            item.Version = Guid.NewGuid();
        }
        await db.SaveChangesAsync(cancellationToken);
        if (variant.PublishedVersionId is not null)
        {
            variant.PublishedVersionId = version.Id;
            variant.PublishedUtc = Now;
            variant.HasUnpublishedChanges = false;
            await db.SaveChangesAsync(cancellationToken);
        }
        await EvictAsync(cancellationToken);
    }

    /// <summary>Moves an item (and its subtree) under a new parent, leaving redirects from the old URLs.</summary>
    public async Task<string?> MoveAsync(Guid key, Guid? newParentKey, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<ContentItem>().SingleAsync(c => c.Key == key, cancellationToken);
        var tree = await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);
        if (newParentKey == key || (newParentKey is { } np && tree.DescendantsOf(key).Any(d => d.Key == np)))
            return "An item cannot move under itself or one of its own pages";
        var parentType = newParentKey is { } pk ? tree.Find(pk)?.Type : null;
        if (newParentKey is not null && parentType is null) return "Select a parent that exists";
        if (!AllowedChildren(parentType).Contains(item.Type)) return $"A {Describe(item.Type)} cannot sit there";
        if (item.Type != ContentType.Home && await SlugTakenAsync(newParentKey, item.Slug, item.Type, item.Key, cancellationToken))
            return "A page there already uses this URL segment: change its URL segment first";
        if (item.ParentKey == newParentKey) return null;
        await RecordOldUrlsAsync(key, cancellationToken);
        item.ParentKey = newParentKey;
        item.SortOrder = (await db.Set<ContentItem>().Where(c => c.ParentKey == newParentKey).Select(c => (int?)c.SortOrder).MaxAsync(cancellationToken) ?? -1) + 1;
        item.UpdatedUtc = Now;
        item.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
        return null;
    }

    /// <summary>Moves an item one place up (-1) or down (+1) among its siblings.</summary>
    public async Task SortAsync(Guid key, int direction, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<ContentItem>().SingleAsync(c => c.Key == key, cancellationToken);
        var siblings = await db.Set<ContentItem>().Where(c => c.ParentKey == item.ParentKey && c.TrashedUtc == null)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var index = siblings.IndexOf(item);
        var other = index + Math.Sign(direction);
        if (other < 0 || other >= siblings.Count) return;
        (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        for (var i = 0; i < siblings.Count; i++) siblings[i].SortOrder = i;
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
    }

    /// <summary>Moves an item and its descendants to the recycle bin (they leave the public site).</summary>
    public async Task TrashAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var tree = await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);
        var keys = tree.DescendantsOf(key).Select(n => n.Key).Append(key).ToList();
        var now = Now;
        foreach (var item in await db.Set<ContentItem>().Include(c => c.Variants).Where(c => keys.Contains(c.Key)).ToListAsync(cancellationToken))
        {
            item.TrashedUtc = now;
            // A binned item keeps its published versions (for restore) but loses its schedule.
            foreach (var variant in item.Variants) (variant.PublishAtUtc, variant.UnpublishAtUtc) = (null, null);
        }
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
    }

    /// <summary>Restores an item (and what was binned with it) to its place, or to the top of the tree if its parent is gone.</summary>
    public async Task RestoreAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var item = await db.Set<ContentItem>().Include(c => c.Parent).SingleAsync(c => c.Key == key, cancellationToken);
        if (item.TrashedUtc is not { } trashed) return;
        var tree = await ContentTree.LoadAsync(db, includeTrashed: true, cancellationToken);
        var keys = tree.DescendantsOf(key).Where(n => n.TrashedUtc == trashed).Select(n => n.Key).Append(key).ToList();
        foreach (var restored in await db.Set<ContentItem>().Where(c => keys.Contains(c.Key)).ToListAsync(cancellationToken))
            restored.TrashedUtc = null;
        if (item.Parent is { TrashedUtc: not null }) item.ParentKey = null;
        if (item.ParentKey is null && !AllowedChildren(null).Contains(item.Type))
        {
            // A news item or event whose parent is gone goes under the home page (or stays binned if there is none).
            var home = await db.Set<ContentItem>().FirstOrDefaultAsync(c => c.Type == ContentType.Home && c.TrashedUtc == null, cancellationToken);
            if (home is null) { item.TrashedUtc = trashed; }
            else item.ParentKey = home.Key;
        }
        if (item.Type == ContentType.Home && await db.Set<ContentItem>().AnyAsync(c => c.Type == ContentType.Home && c.TrashedUtc == null && c.Key != key, cancellationToken))
            item.TrashedUtc = trashed;
        item.UpdatedUtc = Now;
        await db.SaveChangesAsync(cancellationToken);
        await EvictAsync(cancellationToken);
    }

    /// <summary>Deletes a binned item, its binned descendants, their versions and redirects, for good.</summary>
    public async Task DeletePermanentlyAsync(Guid key, CancellationToken cancellationToken = default)
    {
        var tree = await ContentTree.LoadAsync(db, includeTrashed: true, cancellationToken);
        var keys = tree.DescendantsOf(key).Select(n => n.Key).Append(key).ToList();
        var items = await db.Set<ContentItem>().Include(c => c.Variants).Where(c => keys.Contains(c.Key) && c.TrashedUtc != null).ToListAsync(cancellationToken);
        if (items.Count != keys.Count) return;
        foreach (var variant in items.SelectMany(i => i.Variants)) variant.PublishedVersionId = null;
        await db.SaveChangesAsync(cancellationToken);
        db.RemoveRange(await db.Set<ContentRedirect>().Where(r => r.ContentKey != null && keys.Contains(r.ContentKey.Value)).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<ContentVersion>().Where(v => keys.Contains(v.ContentKey)).ToListAsync(cancellationToken));
        // Children first, so no row points at a deleted parent.
        foreach (var item in items.OrderByDescending(i => tree.AncestorsOf(i.Key).Count))
        {
            db.RemoveRange(item.Variants);
            db.Remove(item);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records the current URLs of an item and its descendants (those ever published) as redirects to them.</summary>
    private async Task RecordOldUrlsAsync(Guid key, CancellationToken cancellationToken)
    {
        var tree = await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);
        var nodes = tree.DescendantsOf(key).Prepend(tree.Find(key)).OfType<ContentTree.Node>()
            .Where(n => ContentTree.IsRouted(n.Type) && n.Type != ContentType.Home && n.Published.Count > 0).ToList();
        var now = Now;
        foreach (var node in nodes)
        {
            var from = tree.PathOf(node.Key);
            var existing = await db.Set<ContentRedirect>().FirstOrDefaultAsync(r => r.FromPath == from, cancellationToken)
                ?? db.Set<ContentRedirect>().Local.FirstOrDefault(r => r.FromPath == from);
            if (existing is null)
            {
                db.Add(new ContentRedirect { FromPath = from, ContentKey = node.Key, CreatedUtc = now, CreatedAutomatically = true });
            }
            else
            {
                existing.ContentKey = node.Key;
                existing.ToPath = null;
            }
        }
    }

    /// <summary>Removes redirects whose old path is now a live page again (so a page is never redirected away from).</summary>
    private async Task DropShadowedRedirectsAsync(CancellationToken cancellationToken)
    {
        var tree = await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);
        var redirects = await db.Set<ContentRedirect>().ToListAsync(cancellationToken);
        foreach (var redirect in redirects)
        {
            if (tree.FindByPath(redirect.FromPath) is not null) db.Remove(redirect);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<Dictionary<string, string>> AddRedirectAsync(string from, string to, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var fromPath = ContentPaths.Normalise(from);
        var toPath = (to ?? "").Trim();
        if (string.IsNullOrWhiteSpace(from) || !from.Trim().StartsWith('/') || fromPath == "/")
            errors["From"] = "Enter the old address as a path starting with /, like /old-page";
        else if (ContentPaths.SplitCulture(fromPath).Culture != ContentCultures.Default)
            errors["From"] = "Enter the old address without /bn or /so: redirects apply in every language";
        else if (await db.Set<ContentRedirect>().AnyAsync(r => r.FromPath == fromPath, cancellationToken))
            errors["From"] = "There is already a redirect from this address";
        if (!toPath.StartsWith('/') || toPath.StartsWith("//", StringComparison.Ordinal) || toPath.Contains('\\', StringComparison.Ordinal))
            errors["To"] = "Enter the new address as a path on this site starting with /, like /pledge";
        else if (ContentPaths.Normalise(toPath) == fromPath)
            errors["To"] = "The new address must be different from the old one";
        if (errors.Count > 0) return errors;
        db.Add(new ContentRedirect { FromPath = fromPath, ToPath = toPath, CreatedUtc = Now });
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    public async Task RemoveRedirectAsync(int id, CancellationToken cancellationToken = default)
    {
        var redirect = await db.Set<ContentRedirect>().FindAsync([id], cancellationToken);
        if (redirect is null) return;
        db.Remove(redirect);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Records that a user has the item open; returns the others who opened or saved it in the last 30 minutes.</summary>
    public async Task<IReadOnlyList<ContentEditorPresence>> OpenedByAsync(Guid key, string userId, string displayName, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var mine = await db.Set<ContentEditorPresence>().FindAsync([key, userId], cancellationToken);
        if (mine is null) db.Add(new ContentEditorPresence { ContentKey = key, UserId = userId, DisplayName = displayName, LastSeenUtc = now });
        else mine.LastSeenUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        var since = now.AddMinutes(-30);
        return await db.Set<ContentEditorPresence>().AsNoTracking()
            .Where(p => p.ContentKey == key && p.UserId != userId && p.LastSeenUtc >= since)
            .OrderByDescending(p => p.LastSeenUtc).ToListAsync(cancellationToken);
    }

    private async Task<ContentVariant> VariantAsync(Guid key, string culture, CancellationToken cancellationToken) =>
        await db.Set<ContentVariant>().SingleAsync(v => v.ContentKey == key && v.Culture == culture, cancellationToken);

    private async Task EvictAsync(CancellationToken cancellationToken)
    {
        await DropShadowedRedirectsAsync(cancellationToken);
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    public static string Describe(ContentType type) => type switch
    {
        ContentType.Home => "home page",
        ContentType.ContentPage => "content page",
        ContentType.ThemeContent => "theme text",
        ContentType.NewsItem => "news item",
        ContentType.Event => "event",
        _ => type.ToString(),
    };
}

/// <summary>Times as editors and the public read them: Europe/London.</summary>
public static class ContentTime
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTime ToLondon(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    public static DateTime FromLondon(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), London);

    public static string Describe(DateTime utc) =>
        ToLondon(utc).ToString("h:mmtt 'on' d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);
}
