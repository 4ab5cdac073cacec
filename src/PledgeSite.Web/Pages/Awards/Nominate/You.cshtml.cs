using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Data;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Awards.Nominate;

/// <summary>The nominator's details, whether this is a self-nomination, and consent. Never shown to judges.</summary>
[PublicForm("award-nomination")]
public class YouModel(PledgeDbContext db, SiteClock clock) : NominationJourneyPage(db, clock)
{
    [BindProperty] public string? NominatorName { get; set; }
    [BindProperty] public string? NominatorEmail { get; set; }
    [BindProperty] public string? NominatorPhone { get; set; }
    [BindProperty] public string? NominatorRelationship { get; set; }
    [BindProperty] public string? SelfNomination { get; set; }
    [BindProperty] public bool Consent { get; set; }

    public IReadOnlyList<GovUkOption> YesNo { get; } = [new("yes", "Yes"), new("no", "No")];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } result) return result;
        NominatorName = Nomination.NominatorName;
        NominatorEmail = Nomination.NominatorEmail;
        NominatorPhone = Nomination.NominatorPhone;
        NominatorRelationship = Nomination.NominatorRelationship;
        SelfNomination = Nomination.NominatorName is null ? null : Nomination.IsSelfNomination ? "yes" : "no";
        Consent = Nomination.ConsentGiven;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } result) return result;
        NominatorName = NominatorName?.Trim();
        NominatorEmail = NominatorEmail?.Trim();
        NominatorPhone = NominatorPhone?.Trim();
        NominatorRelationship = NominatorRelationship?.Trim();
        if (string.IsNullOrEmpty(NominatorName)) ModelState.AddModelError(nameof(NominatorName), "Enter your full name");
        else if (NominatorName.Length > 200) ModelState.AddModelError(nameof(NominatorName), "Your name must be 200 characters or fewer");
        if (string.IsNullOrEmpty(NominatorEmail)) ModelState.AddModelError(nameof(NominatorEmail), "Enter your email address");
        else if (NominatorEmail.Length > 256 || !new EmailAddressAttribute().IsValid(NominatorEmail))
            ModelState.AddModelError(nameof(NominatorEmail), "Enter an email address in the correct format, like name@example.com");
        if (NominatorPhone?.Length > 40) ModelState.AddModelError(nameof(NominatorPhone), "Phone number must be 40 characters or fewer");
        if (SelfNomination is not ("yes" or "no"))
            ModelState.AddModelError(nameof(SelfNomination), "Select yes if you are nominating yourself or your own organisation");
        else if (SelfNomination == "yes" && !Category.SelfNominationAllowed)
            ModelState.AddModelError(nameof(SelfNomination), "This award does not accept self-nominations: someone else must nominate you");
        if (SelfNomination == "no" && string.IsNullOrEmpty(NominatorRelationship))
            ModelState.AddModelError(nameof(NominatorRelationship), "Enter how you know the nominee");
        else if (NominatorRelationship?.Length > 200)
            ModelState.AddModelError(nameof(NominatorRelationship), "How you know the nominee must be 200 characters or fewer");
        if (!Consent) ModelState.AddModelError(nameof(Consent), "Confirm that you agree to us using your details to run the awards");
        if (!ModelState.IsValid) return Page();

        Nomination.NominatorName = NominatorName;
        Nomination.NominatorEmail = NominatorEmail;
        Nomination.NominatorPhone = string.IsNullOrEmpty(NominatorPhone) ? null : NominatorPhone;
        Nomination.NominatorRelationship = SelfNomination == "yes" ? "Self-nomination" : NominatorRelationship;
        Nomination.IsSelfNomination = SelfNomination == "yes";
        Nomination.ConsentGiven = true;
        await Db.SaveChangesAsync();
        return Redirect(StepUrl("check"));
    }
}
