using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>
/// The emailed sign-in link. GET shows a button (so mail scanners following links cannot use it up); the POST uses
/// the token once and sets the signatory cookie.
/// </summary>
[PublicForm("pledge_sign_in_link")]
public sealed class SignInLinkModel(SignatoryTokens tokens, PledgeDbContext db, PledgeWorkflow workflow, SiteClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public bool Valid { get; private set; }
    public string? OrganisationName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.FindValidAsync(Token, SignatoryTokenPurpose.SignIn, cancellationToken);
        Valid = token is not null && token.Contact.Pledge.Status != PledgeStatus.Withdrawn;
        OrganisationName = token?.Contact.Pledge.OrganisationName;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.RedeemAsync(Token, SignatoryTokenPurpose.SignIn, cancellationToken);
        if (token is null || token.Contact.Pledge.Status == PledgeStatus.Withdrawn) return Page();
        var contact = token.Contact;
        contact.LastSignInUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        // Following an emailed link proves the address as well as the confirmation link does.
        if (contact.Role == ContactRole.MainContact && contact.Pledge.Status == PledgeStatus.AwaitingConfirmation
            && await workflow.LoadAsync(contact.PledgeId, cancellationToken) is { } pledge)
            await workflow.ConfirmEmailAsync(pledge, pledge.Contacts.Single(c => c.Id == contact.Id), cancellationToken);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, contact.Name),
            new Claim(PledgeFeature.ContactIdClaim, contact.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(PledgeFeature.PledgeIdClaim, contact.PledgeId.ToString(CultureInfo.InvariantCulture)),
        ], PledgeFeature.SignatoryScheme);
        await HttpContext.SignInAsync(PledgeFeature.SignatoryScheme, new ClaimsPrincipal(identity));
        return Redirect("/pledge/manage");
    }
}
