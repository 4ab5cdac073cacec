using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.Content;
using PledgeSite.Web.TagHelpers;
using PledgeSite.Core.Time;

using PledgeSite.Web.Staff;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Content;

/// <summary>
/// Edits one culture of an item: save draft, save and publish, unpublish, schedule, preview, translations,
/// move to the recycle bin. Item settings (URL segment, navigation, themes, images, event details) are on the English form.
/// </summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class EditModel(PledgeDbContext db, ContentWorkflow workflow, PreviewLinks previewLinks, SiteClock clock) : PageModel
{
    [FromRoute] public Guid Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? Culture { get; set; }

    [BindProperty] public Guid ItemVersion { get; set; }
    [BindProperty] public Guid? VariantVersion { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Body { get; set; }
    [BindProperty] public string? MetaDescription { get; set; }
    [BindProperty] public string? HeroAltText { get; set; }
    [BindProperty] public string? Venue { get; set; }
    [BindProperty] public string? AccessibilityInformation { get; set; }

    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public bool ShowInNavigation { get; set; }
    [BindProperty] public List<string> Themes { get; set; } = [];
    [BindProperty] public string? HeroMediaKey { get; set; }
    [BindProperty] public string? SocialImageMediaKey { get; set; }
    [BindProperty] public DateParts EventStartDate { get; set; } = new();
    [BindProperty] public string? EventStartTime { get; set; }
    [BindProperty] public DateParts EventEndDate { get; set; } = new();
    [BindProperty] public string? EventEndTime { get; set; }
    [BindProperty] public string? BookingUrl { get; set; }

    [BindProperty] public DateParts PublishAtDate { get; set; } = new();
    [BindProperty] public string? PublishAtTime { get; set; }
    [BindProperty] public DateParts UnpublishAtDate { get; set; } = new();
    [BindProperty] public string? UnpublishAtTime { get; set; }

    [TempData] public string? Message { get; set; }
    [TempData] public string? PreviewPath { get; set; }

    public ContentItem Item { get; private set; } = default!;
    public ContentVariant? Variant { get; private set; }
    public string CurrentCulture => ContentCultures.IsKnown(Culture) ? Culture! : ContentCultures.Default;
    public bool IsEnglish => CurrentCulture == ContentCultures.Default;
    public string? PublicUrl { get; private set; }
    /// <summary>The images the hero and social-image fields name, to show beside them.</summary>
    public MediaItem? HeroImage { get; private set; }
    public MediaItem? SocialImage { get; private set; }
    /// <summary>Set when the media picker has just sent an image back: it is in the form, not yet saved.</summary>
    public string? ChosenImageNote { get; private set; }
    public string? StaleMessage { get; private set; }
    public IReadOnlyList<ContentEditorPresence> OthersEditing { get; private set; } = [];
    public IReadOnlyList<GovUkOption> ThemeOptions { get; } =
    [
        new("anti-racist-borough", "Anti-Racist Borough"),
        new("community-leadership", "Community Leadership"),
        new("health", "Health"),
        new("education-and-employment", "Education & Employment"),
    ];
    public IReadOnlyList<GovUkOption> NavigationOption { get; } = [new("true", "Show in the site's main navigation", "Only for pages at the top level of the site")];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Fill();
        if (IsEnglish) await TakeChosenImageAsync(cancellationToken);
        await NotePresenceAsync(cancellationToken);
        return Page();
    }

    /// <summary>The media picker links back here with the field and the chosen image's key in the query string.</summary>
    private async Task TakeChosenImageAsync(CancellationToken cancellationToken)
    {
        foreach (var field in PickableFields)
        {
            if (!Guid.TryParse(Request.Query[field], out var key)) continue;
            var image = await db.Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == key && m.Kind == MediaKind.Image, cancellationToken);
            if (image is null) continue;
            if (field == nameof(HeroMediaKey)) HeroMediaKey = key.ToString();
            else SocialImageMediaKey = key.ToString();
            ChosenImageNote = $"You chose '{image.Name}'. Save the page to keep it.";
        }
        await LoadImagesAsync(cancellationToken);
    }

    private static readonly string[] PickableFields = [nameof(HeroMediaKey), nameof(SocialImageMediaKey)];

    private async Task LoadImagesAsync(CancellationToken cancellationToken)
    {
        async Task<MediaItem?> FindAsync(string? key) => Guid.TryParse(key, out var k)
            ? await db.Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == k, cancellationToken)
            : null;
        HeroImage = await FindAsync(HeroMediaKey);
        SocialImage = await FindAsync(SocialImageMediaKey);
    }

    public async Task<IActionResult> OnPostAsync(string? action, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        ContentSettings? settings = null;
        if (IsEnglish)
        {
            Guid? hero = ParseKey(HeroMediaKey, nameof(HeroMediaKey));
            Guid? social = ParseKey(SocialImageMediaKey, nameof(SocialImageMediaKey));
            DateTime? start = null, end = null;
            if (Item.Type == ContentType.Event)
            {
                start = DateTimeField(EventStartDate, EventStartTime, nameof(EventStartDate), nameof(EventStartTime), "the start date", required: true);
                end = DateTimeField(EventEndDate, EventEndTime, nameof(EventEndDate), nameof(EventEndTime), "the end date", required: false);
            }
            settings = new ContentSettings
            {
                Slug = Item.Type == ContentType.Home ? Item.Slug : (Slug ?? "").Trim().ToLowerInvariant(),
                ShowInNavigation = ShowInNavigation,
                Themes = Themes,
                HeroMediaKey = hero,
                SocialImageMediaKey = social,
                EventStartUtc = start,
                EventEndUtc = end,
                BookingUrl = BookingUrl,
            };
        }
        if (!ModelState.IsValid)
        {
            await LoadImagesAsync(cancellationToken);
            return Page();
        }
        var result = await workflow.SaveAsync(new ContentEdit
        {
            Key = Key,
            Culture = CurrentCulture,
            ItemVersion = ItemVersion,
            VariantVersion = VariantVersion,
            Title = Title ?? "",
            Summary = Summary ?? "",
            Body = Body ?? "",
            MetaDescription = MetaDescription ?? "",
            HeroAltText = HeroAltText ?? "",
            Venue = Venue ?? "",
            AccessibilityInformation = AccessibilityInformation ?? "",
            Settings = settings,
        }, cancellationToken);
        if (result.StaleMessage is { } stale)
        {
            StaleMessage = stale;
            ModelState.AddModelError(nameof(Title), "This page was changed by someone else after you opened it: your changes have not been saved");
            await LoadAsync(cancellationToken);
            return Page();
        }
        foreach (var (field, message) in result.Errors) ModelState.AddModelError(FieldFor(field), message);
        if (!result.Saved)
        {
            await LoadImagesAsync(cancellationToken);
            return Page();
        }
        if (action is "choose-hero" or "choose-social" && IsEnglish)
        {
            // The draft is saved first so nothing typed is lost while the editor is in the media library.
            Message = "Draft saved";
            var field = action == "choose-hero" ? nameof(HeroMediaKey) : nameof(SocialImageMediaKey);
            return Redirect(Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/backoffice/media/picker",
                new Dictionary<string, string?> { ["returnUrl"] = Self, ["field"] = field }));
        }
        if (action == "publish")
        {
            await workflow.PublishAsync(Key, CurrentCulture, cancellationToken);
            Message = "Saved and published";
        }
        else
        {
            Message = "Draft saved. The public will not see these changes until you publish.";
        }
        return Redirect(Self);
    }

    public async Task<IActionResult> OnPostUnpublishAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Variant is null) return NotFound();
        await workflow.UnpublishAsync(Key, CurrentCulture, cancellationToken);
        Message = "Unpublished: the public can no longer see this page in " + ContentCultures.EnglishName(CurrentCulture);
        return Redirect(Self);
    }

    public async Task<IActionResult> OnPostScheduleAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Variant is null) return NotFound();
        ClearBodyFieldErrors();
        var publishAt = DateTimeField(PublishAtDate, PublishAtTime, nameof(PublishAtDate), nameof(PublishAtTime), "the publish date", required: false);
        var unpublishAt = DateTimeField(UnpublishAtDate, UnpublishAtTime, nameof(UnpublishAtDate), nameof(UnpublishAtTime), "the unpublish date", required: false);
        if (ModelState.IsValid)
        {
            var errors = await workflow.ScheduleAsync(Key, CurrentCulture, publishAt, unpublishAt, cancellationToken);
            foreach (var (field, message) in errors) ModelState.AddModelError(field == "PublishAt" ? nameof(PublishAtDate) : nameof(UnpublishAtDate), message);
            if (errors.Count == 0)
            {
                Message = publishAt is null && unpublishAt is null ? "Schedule cleared" : "Schedule saved";
                return Redirect(Self);
            }
        }
        Fill(keepSchedule: true);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewLinkAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Variant is null) return NotFound();
        var (path, expires) = previewLinks.Create(Key, CurrentCulture);
        PreviewPath = path;
        Message = $"Preview link created. Anyone with it can see this draft until {ContentTime.Describe(expires)}.";
        return Redirect(Self);
    }

    public async Task<IActionResult> OnPostTrashAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        await workflow.TrashAsync(Key, cancellationToken);
        TempData["Message"] = $"'{Item.Name}' and the pages under it were moved to the recycle bin";
        return Redirect("/backoffice/content");
    }

    private string Self => $"/backoffice/content/{Key}" + (IsEnglish ? "" : "?culture=" + CurrentCulture);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().Include(c => c.Variants).SingleOrDefaultAsync(c => c.Key == Key, cancellationToken);
        if (item is null) return false;
        Item = item;
        Variant = item.Variants.FirstOrDefault(v => v.Culture == CurrentCulture);
        var tree = await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);
        PublicUrl = item.TrashedUtc is null && ContentTree.IsRouted(item.Type) && Variant?.PublishedVersionId is not null ? tree.UrlOf(Key, CurrentCulture) : null;
        return true;
    }

    private void Fill(bool keepSchedule = false)
    {
        ItemVersion = Item.Version;
        VariantVersion = Variant?.Version;
        var english = Item.Variants.FirstOrDefault(v => v.Culture == ContentCultures.Default);
        var source = Variant ?? english;
        // A new translation starts from the English text, for the translator to replace.
        Title = source?.Title;
        Summary = source?.Summary;
        Body = source?.BodyHtml;
        MetaDescription = source?.MetaDescription;
        HeroAltText = source?.HeroAltText;
        Venue = source?.Venue;
        AccessibilityInformation = source?.AccessibilityInformation;
        Slug = Item.Slug;
        ShowInNavigation = Item.ShowInNavigation;
        Themes = Item.Themes;
        HeroMediaKey = Item.HeroMediaKey?.ToString();
        SocialImageMediaKey = Item.SocialImageMediaKey?.ToString();
        (EventStartDate, EventStartTime) = ContentDateTime.From(Item.EventStartUtc);
        (EventEndDate, EventEndTime) = ContentDateTime.From(Item.EventEndUtc);
        BookingUrl = Item.BookingUrl;
        if (!keepSchedule)
        {
            (PublishAtDate, PublishAtTime) = ContentDateTime.From(Variant?.PublishAtUtc);
            (UnpublishAtDate, UnpublishAtTime) = ContentDateTime.From(Variant?.UnpublishAtUtc);
        }
    }

    private async Task NotePresenceAsync(CancellationToken cancellationToken)
    {
        var userId = User.StaffId() ?? "";
        var name = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "an editor";
        OthersEditing = await workflow.OpenedByAsync(Key, userId, name, cancellationToken);
    }

    private DateTime? DateTimeField(DateParts date, string? time, string dateField, string timeField, string what, bool required)
    {
        var (utc, dateError, timeError) = ContentDateTime.Parse(date, time, what, required);
        if (dateError is not null) ModelState.AddModelError(dateField, dateError);
        if (timeError is not null) ModelState.AddModelError(timeField, timeError);
        return utc;
    }

    private Guid? ParseKey(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Guid.TryParse(value.Trim(), out var key)) return key;
        ModelState.AddModelError(field, "Enter the media item's key, as shown in the media library");
        return null;
    }

    private void ClearBodyFieldErrors()
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("PublishAt", StringComparison.Ordinal) && !k.StartsWith("UnpublishAt", StringComparison.Ordinal)).ToList())
            ModelState.Remove(key);
    }

    private static string FieldFor(string field) => field switch
    {
        "EventStart" => nameof(EventStartDate),
        "EventEnd" => nameof(EventEndDate),
        _ => field,
    };

    public DateTime Now => clock.GetUtcNow().UtcDateTime;
}
