using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Awards;

/// <summary>One nomination in full, for managers: eligibility with a reason, merging a duplicate, and the outcome with citation and photo.</summary>
[Authorize(Policy = StaffPolicies.AwardsManager)]
public class NominationModel(PledgeDbContext db, AwardFiles files, IOutputCacheStore cache) : PageModel
{
    public Nomination Nomination { get; private set; } = default!;
    public AwardCategory Category { get; private set; } = default!;
    public IReadOnlyList<Nomination> Duplicates { get; private set; } = [];
    public IReadOnlyList<Nomination> MergedHere { get; private set; } = [];
    public Pledge? Signatory { get; private set; }
    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Eligibility { get; set; }
    [BindProperty] public string? EligibilityReason { get; set; }
    [BindProperty] public string? MergeIntoId { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Citation { get; set; }
    [BindProperty] public string? PhotoAltText { get; set; }
    [BindProperty] public IFormFile? Photo { get; set; }

    public IReadOnlyList<GovUkOption> EligibilityOptions { get; } = [new("Eligible", "Eligible"), new("Ineligible", "Ineligible")];
    public IReadOnlyList<GovUkOption> OutcomeOptions { get; } =
        [new("None", "Not chosen"), new("Shortlisted", "Shortlisted"), new("HighlyCommended", "Highly commended"), new("Winner", "Winner")];
    public IReadOnlyList<GovUkOption> DuplicateOptions => Duplicates.Select(d => new GovUkOption(d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{d.Reference}: {d.NomineeName}")).ToList();

    private async Task<bool> LoadAsync(int id)
    {
        var nomination = await db.Set<Nomination>().Include(n => n.Answers).Include(n => n.Category!).ThenInclude(c => c.Questions).Include(n => n.Category!).ThenInclude(c => c.Cycle)
            .FirstOrDefaultAsync(n => n.Id == id && n.Status == NominationStatus.Submitted);
        if (nomination?.Category is null) return false;
        Nomination = nomination;
        Category = nomination.Category;
        Category.Questions.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));
        var key = NominationsModel.DuplicateKey(nomination);
        var sameCategory = await db.Set<Nomination>().Where(n => n.CategoryId == nomination.CategoryId && n.Status == NominationStatus.Submitted && n.Id != id).ToListAsync();
        Duplicates = sameCategory.Where(n => n.Eligibility != NominationEligibility.Merged && NominationsModel.DuplicateKey(n) == key).ToList();
        MergedHere = sameCategory.Where(n => n.MergedIntoId == id).ToList();
        Signatory = nomination.NomineePledgeId is { } p ? await db.Set<Pledge>().FirstOrDefaultAsync(x => x.Id == p) : null;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Eligibility = Nomination.Eligibility is NominationEligibility.Eligible or NominationEligibility.Ineligible ? Nomination.Eligibility.ToString() : null;
        EligibilityReason = Nomination.EligibilityReason;
        Outcome = Nomination.Outcome.ToString();
        Citation = Nomination.Citation;
        PhotoAltText = Nomination.PhotoAltText;
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(int id)
    {
        if (!await LoadAsync(id) || files.Open(Nomination.SupportingFileStoredName) is not { } stream) return NotFound();
        return File(stream, Nomination.SupportingFileContentType ?? "application/octet-stream", Nomination.SupportingFileName ?? "supporting-file");
    }

    public async Task<IActionResult> OnPostEligibilityAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        EligibilityReason = EligibilityReason?.Trim();
        if (Eligibility is not ("Eligible" or "Ineligible")) ModelState.AddModelError(nameof(Eligibility), "Select eligible or ineligible");
        if (Eligibility == "Ineligible" && string.IsNullOrEmpty(EligibilityReason)) ModelState.AddModelError(nameof(EligibilityReason), "Enter the reason the nomination is ineligible");
        if (EligibilityReason?.Length > 1000) ModelState.AddModelError(nameof(EligibilityReason), "The reason must be 1000 characters or fewer");
        if (!ModelState.IsValid) return Page();
        Nomination.Eligibility = Enum.Parse<NominationEligibility>(Eligibility!);
        Nomination.EligibilityReason = string.IsNullOrEmpty(EligibilityReason) ? null : EligibilityReason;
        Nomination.MergedIntoId = null;
        if (Nomination.Eligibility == NominationEligibility.Ineligible) Nomination.Outcome = NominationOutcome.None;
        await db.SaveChangesAsync();
        Message = $"Marked {Eligibility!.ToLowerInvariant()}.";
        return Redirect($"/backoffice/awards/nominations/{id}");
    }

    public async Task<IActionResult> OnPostMergeAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var target = Duplicates.FirstOrDefault(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == MergeIntoId);
        if (target is null)
        {
            ModelState.AddModelError(nameof(MergeIntoId), "Select the nomination to merge this one into");
            return Page();
        }
        Nomination.Eligibility = NominationEligibility.Merged;
        Nomination.MergedIntoId = target.Id;
        Nomination.EligibilityReason = $"Duplicate of {target.Reference}";
        Nomination.Outcome = NominationOutcome.None;
        foreach (var earlier in MergedHere) earlier.MergedIntoId = target.Id;
        await db.SaveChangesAsync();
        Message = $"Merged into {target.Reference}. Judges see only {target.Reference}; this nomination's answers are listed there for managers.";
        return Redirect($"/backoffice/awards/nominations/{target.Id}");
    }

    public async Task<IActionResult> OnPostOutcomeAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Citation = Citation?.Trim();
        PhotoAltText = PhotoAltText?.Trim();
        if (!Enum.TryParse<NominationOutcome>(Outcome, out var outcome) || !Enum.IsDefined(outcome)) ModelState.AddModelError(nameof(Outcome), "Select the outcome");
        else if (outcome != NominationOutcome.None && Nomination.Eligibility != NominationEligibility.Eligible)
            ModelState.AddModelError(nameof(Outcome), "Only an eligible nomination can be shortlisted or win");
        if (Citation?.Length > 2000) ModelState.AddModelError(nameof(Citation), "The citation must be 2000 characters or fewer");
        if (PhotoAltText?.Length > 300) ModelState.AddModelError(nameof(PhotoAltText), "The description of the photo must be 300 characters or fewer");
        byte[]? photo = null;
        string? type = null;
        if (Photo is { Length: > 0 })
        {
            if (Photo.Length > AwardFiles.MaxBytes) ModelState.AddModelError(nameof(Photo), "The photo must be smaller than 5MB");
            else
            {
                using var memory = new MemoryStream();
                await Photo.CopyToAsync(memory);
                photo = memory.ToArray();
                type = AwardFiles.Sniff(photo);
                if (type is null || !AwardFiles.ImageTypes.Contains(type)) ModelState.AddModelError(nameof(Photo), "The photo must be a JPG, PNG or WebP image");
            }
        }
        if ((photo is not null || Nomination.PhotoStoredName is not null) && string.IsNullOrEmpty(PhotoAltText))
            ModelState.AddModelError(nameof(PhotoAltText), "Describe the photo for people who cannot see it");
        if (!ModelState.IsValid) return Page();
        Nomination.Outcome = outcome;
        Nomination.Citation = string.IsNullOrEmpty(Citation) ? null : Citation;
        Nomination.PhotoAltText = string.IsNullOrEmpty(PhotoAltText) ? null : PhotoAltText;
        string? previous = null;
        if (photo is not null)
        {
            previous = Nomination.PhotoStoredName;
            Nomination.PhotoStoredName = await files.SaveAsync(photo);
            Nomination.PhotoContentType = type;
        }
        await db.SaveChangesAsync();
        files.Delete(previous);
        await cache.EvictByTagAsync("awards", HttpContext.RequestAborted);
        Message = "Outcome saved.";
        return Redirect($"/backoffice/awards/nominations/{id}");
    }
}
