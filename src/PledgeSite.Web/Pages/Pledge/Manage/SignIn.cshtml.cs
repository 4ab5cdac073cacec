using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>
/// Asks for an email address and, when it belongs to a pledge contact, emails a one-time sign-in link. The answer
/// is the same whether or not the address is known, so the form cannot be used to find out who has signed.
/// Rate-limited per connection (RateLimitMiddleware, by path) and to 5 links an hour per contact.
/// </summary>
[PublicForm("pledge_sign_in")]
public sealed class SignInModel(PledgeDbContext db, SignatoryTokens tokens, EmailOutbox outbox, IOptions<EmailOptions> email) : PageModel
{
    public const int LinksPerHour = 5;

    [BindProperty] public string? Email { get; set; }
    [BindProperty(SupportsGet = true, Name = "sent")] public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Enter your email address");
        else if (!OrganisationDetails.IsValidEmail(Email)) ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        if (!ModelState.IsValid) return Page();

        var address = Email!.Trim().ToLowerInvariant();
        var contacts = await db.Set<PledgeContact>().Include(c => c.Pledge)
            .Where(c => c.Email == address && c.Role != ContactRole.SeniorSponsor && c.Pledge.Status != PledgeStatus.Withdrawn)
            .ToListAsync(cancellationToken);
        var baseUrl = email.Value.PublicBaseUrl.TrimEnd('/');
        foreach (var contact in contacts)
        {
            if (await tokens.RecentSignInLinksAsync(contact.Id, cancellationToken) >= LinksPerHour) continue;
            var token = tokens.Issue(contact, SignatoryTokenPurpose.SignIn);
            outbox.Enqueue(new EmailTemplate($"Sign in to your pledge: {contact.Pledge.OrganisationName}", contact.Name)
                .Paragraph($"Use this link to sign in to the Anti-Racist Pledge signatory area for {contact.Pledge.OrganisationName}. It works once, for 30 minutes.")
                .Link("Sign in", $"{baseUrl}/pledge/manage/sign-in/link?token={token}")
                .Paragraph("If you did not ask to sign in, you can ignore this email. Nobody can sign in without the link.")
                .To(contact.Email, contact.Name, "pledge-sign-in"));
        }
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/pledge/manage/sign-in?sent=true");
    }
}
