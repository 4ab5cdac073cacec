using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Pledges;

/// <summary>Adds or changes a commitment: code, title, text, guidance, required, linked recommendation, order, offered.</summary>
[Authorize(Policy = StaffPolicies.PledgeReviewer)]
public sealed class EditCommitmentModel(PledgeDbContext db, SiteClock clock, IOutputCacheStore cache) : PageModel
{
    /// <summary>The commitment's id, or "new".</summary>
    [FromRoute(Name = "id")] public string? RouteId { get; set; }
    public int? Id => int.TryParse(RouteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Guidance { get; set; }
    [BindProperty] public string? RecommendationCode { get; set; }
    [BindProperty] public string? SortOrder { get; set; }
    [BindProperty] public string? Required { get; set; }
    [BindProperty] public string? Offered { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = Id is null ? "Add a commitment" : "Change a commitment";
        if (Id is null && RouteId != "new") return NotFound();
        if (Id is null)
        {
            var last = await db.Set<Commitment>().MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
            SortOrder = (last + 10).ToString(CultureInfo.InvariantCulture);
            Required = "no";
            Offered = "yes";
            return Page();
        }
        if (await db.Set<Commitment>().FindAsync([Id], cancellationToken) is not { } c) return NotFound();
        (Code, Title, Text, Guidance, RecommendationCode) = (c.Code, c.Title, c.Text, c.Guidance, c.RecommendationCode);
        SortOrder = c.SortOrder.ToString(CultureInfo.InvariantCulture);
        Required = c.IsRequired ? "yes" : "no";
        Offered = c.IsActive ? "yes" : "no";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData["Title"] = Id is null ? "Add a commitment" : "Change a commitment";
        if (Id is null && RouteId != "new") return NotFound();
        Commitment? commitment = null;
        if (Id is not null && (commitment = await db.Set<Commitment>().FindAsync([Id], cancellationToken)) is null) return NotFound();
        var code = Code?.Trim() ?? "";
        if (code.Length == 0) ModelState.AddModelError(nameof(Code), "Enter a code, like R1.D");
        else if (code.Length > 20) ModelState.AddModelError(nameof(Code), "The code must be 20 characters or fewer");
        else if (await db.Set<Commitment>().AnyAsync(c => c.Code == code && c.Id != (Id ?? 0), cancellationToken))
            ModelState.AddModelError(nameof(Code), "Another commitment already has this code");
        if (string.IsNullOrWhiteSpace(Title)) ModelState.AddModelError(nameof(Title), "Enter a title");
        else if (Title.Trim().Length > 200) ModelState.AddModelError(nameof(Title), "The title must be 200 characters or fewer");
        if (string.IsNullOrWhiteSpace(Text)) ModelState.AddModelError(nameof(Text), "Enter what organisations commit to");
        else if (Text.Trim().Length > 4000) ModelState.AddModelError(nameof(Text), "The text must be 4,000 characters or fewer");
        if (Guidance?.Trim().Length > 4000) ModelState.AddModelError(nameof(Guidance), "The guidance must be 4,000 characters or fewer");
        if (RecommendationCode?.Trim().Length > 20) ModelState.AddModelError(nameof(RecommendationCode), "The recommendation must be 20 characters or fewer");
        if (!int.TryParse(SortOrder, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var order))
            ModelState.AddModelError(nameof(SortOrder), "Enter the order as a whole number, like 10");
        if (Required is not ("yes" or "no")) ModelState.AddModelError(nameof(Required), "Select yes if every pledge must include this commitment");
        if (Offered is not ("yes" or "no")) ModelState.AddModelError(nameof(Offered), "Select yes if organisations can choose this commitment");
        if (code == Commitment.PledgeItselfCode && (Required == "no" || Offered == "no"))
            ModelState.AddModelError(nameof(Required), $"{Commitment.PledgeItselfCode} is the pledge itself: every pledge makes it, so it must stay required and offered");
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        if (commitment is null)
        {
            commitment = new Commitment { CreatedUtc = now };
            db.Set<Commitment>().Add(commitment);
        }
        commitment.Code = code;
        commitment.Title = Title!.Trim();
        commitment.Text = Text!.Trim();
        commitment.Guidance = string.IsNullOrWhiteSpace(Guidance) ? null : Guidance.Trim();
        commitment.RecommendationCode = string.IsNullOrWhiteSpace(RecommendationCode) ? null : RecommendationCode.Trim();
        commitment.SortOrder = order;
        commitment.IsRequired = Required == "yes";
        commitment.IsActive = Offered == "yes";
        commitment.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(PledgeWorkflow.CacheTag, cancellationToken);
        return Redirect("/backoffice/pledges/commitments");
    }
}
