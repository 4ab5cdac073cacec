using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Campaign;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.ICanBe;

public interface IOpportunityFormPage
{
    OpportunityForm Form { get; }
}

/// <summary>
/// Organisations with an approved pledge propose an opportunity; it waits for an editor's approval.
/// (Until the signatory sign-in exists, the pledge reference is asked for and checked.)
/// </summary>
[PublicForm("propose_opportunity")]
public class ProposeModel(PledgeDbContext db, CampaignQuery query, SiteClock clock) : PageModel, IOpportunityFormPage
{
    [BindProperty, Required(ErrorMessage = "Enter your organisation's pledge reference"), StringLength(20, ErrorMessage = "Enter a pledge reference like ARP-2026-0042")]
    public string? PledgeReference { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your name"), StringLength(200, ErrorMessage = "Your name must be 200 characters or fewer")]
    public string? ProposerName { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your email address"), EmailAddress(ErrorMessage = "Enter your email address in the correct format, like name@example.com"), StringLength(256)]
    public string? ProposerEmail { get; set; }

    [BindProperty] public OpportunityForm Form { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var closing = Form.Validate(ModelState, nameof(Form), query.Today);
        Core.Entities.Pledge? pledge = null;
        if (!string.IsNullOrWhiteSpace(PledgeReference))
        {
            var reference = PledgeReference.Trim().ToUpperInvariant();
            pledge = await db.Set<Core.Entities.Pledge>().AsNoTracking().FirstOrDefaultAsync(p => p.Reference == reference, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            if (pledge is null || pledge.StandingAt(now) is not (PledgeStanding.Active or PledgeStanding.ReportOverdue))
                ModelState.AddModelError(nameof(PledgeReference), "Enter the reference of an approved pledge. Only organisations that have signed the pledge can propose opportunities");
        }
        if (!ModelState.IsValid) return Page();

        var taken = await db.Set<Opportunity>().Select(o => o.Slug).ToListAsync(cancellationToken);
        var opportunity = new Opportunity
        {
            Slug = OpportunityForm.UniqueSlug(Form.Title!, taken),
            Status = OpportunityStatus.Proposed,
            PledgeReference = pledge!.Reference,
            ProposerName = ProposerName!.Trim(),
            ProposerEmail = ProposerEmail!.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        Form.CopyTo(opportunity, closing!.Value);
        db.Add(opportunity);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/i-can-be/opportunities/propose/thank-you");
    }
}
