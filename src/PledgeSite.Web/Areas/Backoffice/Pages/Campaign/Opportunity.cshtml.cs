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

/// <summary>Editors add and edit opportunities, and approve or reject those organisations propose.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class OpportunityModel(PledgeDbContext db, CampaignQuery query, SiteClock clock, IOutputCacheStore cache) : PageModel, IOpportunityFormPage
{
    [BindProperty] public OpportunityForm Form { get; set; } = new();
    public Opportunity? Existing { get; private set; }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null) return true;
        Existing = await db.Set<Opportunity>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        return Existing is not null;
    }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        if (Existing is not null) Form = OpportunityForm.From(Existing);
        return Page();
    }

    /// <summary>Save (and publish): editors' own opportunities go straight up; a proposed one is approved by saving it.</summary>
    public async Task<IActionResult> OnPostAsync(int? id, string? decision, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        if (decision == "reject" && Existing is { Status: OpportunityStatus.Proposed })
        {
            Existing.Status = OpportunityStatus.Rejected;
            Existing.ReviewedBy = User.Identity?.Name;
            Existing.ReviewedUtc = now;
            await db.SaveChangesAsync(cancellationToken);
            TempData["Banner"] = $"'{Existing.Title}' rejected";
            return Redirect("/backoffice/campaign");
        }
        if (decision == "withdraw" && Existing is not null)
        {
            Existing.Status = OpportunityStatus.Withdrawn;
            await db.SaveChangesAsync(cancellationToken);
            await cache.EvictByTagAsync(CampaignSetup.CacheTag, cancellationToken);
            TempData["Banner"] = $"'{Existing.Title}' withdrawn from the site";
            return Redirect("/backoffice/campaign");
        }
        // An existing opportunity may keep a closing date in the past (editing a closed one); a new one may not.
        var closing = Form.Validate(ModelState, nameof(Form), Existing?.ClosingDate is { } d && d < query.Today ? d : query.Today);
        if (!ModelState.IsValid) return Page();
        var opportunity = Existing;
        if (opportunity is null)
        {
            var taken = await db.Set<Opportunity>().Select(o => o.Slug).ToListAsync(cancellationToken);
            opportunity = new Opportunity { Slug = OpportunityForm.UniqueSlug(Form.Title!, taken), CreatedUtc = now };
            db.Add(opportunity);
        }
        Form.CopyTo(opportunity, closing!.Value);
        if (opportunity.Status != OpportunityStatus.Published)
        {
            opportunity.Status = OpportunityStatus.Published;
            opportunity.ReviewedBy = User.Identity?.Name;
            opportunity.ReviewedUtc = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(CampaignSetup.CacheTag, cancellationToken);
        TempData["Banner"] = $"'{opportunity.Title}' published";
        return Redirect("/backoffice/campaign");
    }
}
