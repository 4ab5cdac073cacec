using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Campaign;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.Pages.ICanBe;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Campaign;

/// <summary>Editors write role-model stories, record consent, publish, and withdraw on request.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class RoleModelModel(PledgeDbContext db, RoleModelConsent consent, SiteClock clock, IOutputCacheStore cache) : PageModel
{
    public const string DefaultConsentScope = "My name, photo, role, organisation, community, story and quote published on the Anti-Racist Pledge website for the 'I can be' campaign, until I withdraw my consent.";

    public RoleModel? Existing { get; private set; }

    [BindProperty, Required(ErrorMessage = "Enter their name"), StringLength(200)] public string? Name { get; set; }
    [BindProperty, Required(ErrorMessage = "Enter their role"), StringLength(200)] public string? Role { get; set; }
    [BindProperty, StringLength(200)] public string? Organisation { get; set; }
    [BindProperty, StringLength(200)] public string? Community { get; set; }
    [BindProperty] public List<string> Themes { get; set; } = [];
    [BindProperty, Required(ErrorMessage = "Enter their story"), StringLength(8000, ErrorMessage = "The story must be 8000 characters or fewer")] public string? Story { get; set; }
    [BindProperty, StringLength(500, ErrorMessage = "The quote must be 500 characters or fewer")] public string? Quote { get; set; }
    [BindProperty] public bool IsFeatured { get; set; }
    [BindProperty] public IFormFile? Photo { get; set; }
    [BindProperty, StringLength(300, ErrorMessage = "The alt text must be 300 characters or fewer")] public string? PhotoAltText { get; set; }
    [BindProperty, StringLength(200)] public string? ConsentGivenBy { get; set; }
    [BindProperty] public DateParts ConsentDate { get; set; } = new();
    [BindProperty, StringLength(1000)] public string? ConsentScope { get; set; }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null) return true;
        Existing = await db.Set<RoleModel>().Include(r => r.Photo).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return Existing is not null;
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        ConsentScope = DefaultConsentScope;
        if (Existing is { } r)
        {
            (Name, Role, Organisation, Community, Story, Quote, IsFeatured) = (r.Name, r.Role, r.Organisation, r.Community, r.Story, r.Quote, r.IsFeatured);
            Themes = r.Themes.ToList();
            PhotoAltText = r.Photo?.AltText;
            ConsentGivenBy = r.ConsentGivenBy;
            ConsentDate = DateParts.From(r.ConsentGivenUtc is { } c ? DateOnly.FromDateTime(c) : null);
            ConsentScope = r.ConsentScope ?? DefaultConsentScope;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, bool publish, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        var (consentDate, consentError) = ConsentDate.Parse("the date they consented", required: false);
        if (consentError is not null) ModelState.AddModelError(nameof(ConsentDate), consentError);
        else if (consentDate > DateOnly.FromDateTime(now)) ModelState.AddModelError(nameof(ConsentDate), "The date they consented must be today or in the past");
        var anyConsent = !string.IsNullOrWhiteSpace(ConsentGivenBy) || consentDate is not null;
        if (anyConsent && string.IsNullOrWhiteSpace(ConsentGivenBy)) ModelState.AddModelError(nameof(ConsentGivenBy), "Enter who gave consent");
        if (anyConsent && consentDate is null && consentError is null) ModelState.AddModelError(nameof(ConsentDate), "Enter the date they consented");
        if (anyConsent && string.IsNullOrWhiteSpace(ConsentScope)) ModelState.AddModelError(nameof(ConsentScope), "Enter what they consented to");
        if (Existing?.ConsentWithdrawnUtc is not null && publish) ModelState.AddModelError(nameof(ConsentGivenBy), "Consent was withdrawn. This role model cannot be published again");
        if (Themes.Any(t => CampaignText.ThemeOptions.All(o => o.Value != t))) ModelState.AddModelError(nameof(Themes), "Select themes from the list");

        byte[]? photoBytes = null;
        string? photoType = null;
        if (Photo is { Length: > 0 })
        {
            if (Photo.Length > ImageCheck.MaxBytes) ModelState.AddModelError(nameof(Photo), "The photo must be smaller than 5 MB");
            else
            {
                using var memory = new MemoryStream();
                await Photo.CopyToAsync(memory, cancellationToken);
                photoBytes = memory.ToArray();
                photoType = ImageCheck.ContentTypeOf(photoBytes);
                if (photoType is null) ModelState.AddModelError(nameof(Photo), "The photo must be a JPG, PNG or WebP image");
            }
        }
        if ((photoBytes is not null || Existing?.Photo is not null) && string.IsNullOrWhiteSpace(PhotoAltText))
            ModelState.AddModelError(nameof(PhotoAltText), "Describe the photo for people who cannot see it");
        if (!ModelState.IsValid) return Page();

        var roleModel = Existing;
        if (roleModel is null)
        {
            var taken = await db.Set<RoleModel>().Select(r => r.Slug).ToListAsync(cancellationToken);
            roleModel = new RoleModel { Slug = OpportunityForm.UniqueSlug(Name!, taken), CreatedUtc = now };
            db.Add(roleModel);
        }
        roleModel.Name = Name!.Trim();
        roleModel.Role = Role!.Trim();
        roleModel.Organisation = Blank(Organisation);
        roleModel.Community = Blank(Community);
        roleModel.ThemeSlugs = string.Join(',', Themes.Distinct());
        roleModel.Story = Story!.Trim();
        roleModel.Quote = Blank(Quote);
        roleModel.IsFeatured = IsFeatured;
        roleModel.UpdatedUtc = now;
        if (roleModel.ConsentWithdrawnUtc is null)
        {
            roleModel.ConsentGivenBy = Blank(ConsentGivenBy);
            roleModel.ConsentGivenUtc = consentDate?.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
            roleModel.ConsentScope = anyConsent ? Blank(ConsentScope) : null;
        }
        if (photoBytes is not null && roleModel.ConsentWithdrawnUtc is null)
            roleModel.Photo = new RoleModelPhoto { Content = photoBytes, ContentType = photoType!, AltText = PhotoAltText!.Trim(), UploadedUtc = now };
        else if (roleModel.Photo is not null)
            roleModel.Photo.AltText = PhotoAltText!.Trim();

        if (publish)
        {
            if (consent.Publish(roleModel) is { } error)
            {
                ModelState.AddModelError(nameof(ConsentGivenBy), error);
                return Page();
            }
        }
        else if (!roleModel.HasConsent)
        {
            RoleModelConsent.Unpublish(roleModel);
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(CampaignSetup.CacheTag, cancellationToken);
        TempData["Banner"] = publish ? $"{roleModel.Name}'s story is published" : $"{roleModel.Name} saved";
        return Redirect($"/backoffice/campaign/role-models/{roleModel.Id}");
    }

    public async Task<IActionResult> OnPostUnpublishAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        RoleModelConsent.Unpublish(Existing!);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(CampaignSetup.CacheTag, cancellationToken);
        TempData["Banner"] = $"{Existing!.Name}'s story is unpublished";
        return Redirect($"/backoffice/campaign/role-models/{id}");
    }

    /// <summary>They withdrew consent: the story comes down, the photo is deleted, and the cached pages go at once.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        consent.Withdraw(Existing!);
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(CampaignSetup.CacheTag, cancellationToken);
        TempData["Banner"] = $"Consent withdrawn: {Existing!.Name}'s story is unpublished and the photo deleted";
        return Redirect($"/backoffice/campaign/role-models/{id}");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
