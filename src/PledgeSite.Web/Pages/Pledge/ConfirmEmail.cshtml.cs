using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Pledge;

/// <summary>
/// The link in the confirmation email. The GET only shows a button: mail scanners that follow links must not
/// use the token up. The POST confirms the address and sends the pledge for review.
/// </summary>
[PublicForm("pledge_confirm")]
public sealed class ConfirmEmailModel(SignatoryTokens tokens, PledgeWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    public bool Valid { get; private set; }
    public bool Confirmed { get; private set; }
    public string? Reference { get; private set; }

    public async Task OnGetAsync(bool done, CancellationToken cancellationToken)
    {
        if (done)
        {
            Confirmed = true;
            return;
        }
        Valid = await tokens.FindValidAsync(Token, SignatoryTokenPurpose.ConfirmEmail, cancellationToken) is not null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var token = await tokens.RedeemAsync(Token, SignatoryTokenPurpose.ConfirmEmail, cancellationToken);
        if (token is null) return Page();
        var pledge = await workflow.LoadAsync(token.Contact.PledgeId, cancellationToken);
        if (pledge is null) return Page();
        await workflow.ConfirmEmailAsync(pledge, pledge.Contacts.Single(c => c.Id == token.ContactId), cancellationToken);
        return Redirect("/pledge/confirm-email?done=true");
    }
}
