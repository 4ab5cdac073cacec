using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.ICanBe;

/// <summary>Residents suggest a role model; the suggestion waits for editors in /backoffice/campaign.</summary>
[PublicForm("suggest_role_model")]
public class SuggestModel(PledgeDbContext db, SiteClock clock) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the name of the person you are suggesting"), StringLength(200, ErrorMessage = "Their name must be 200 characters or fewer")]
    public string? SuggestedName { get; set; }

    [BindProperty, StringLength(200, ErrorMessage = "Their role must be 200 characters or fewer")]
    public string? SuggestedRole { get; set; }

    [BindProperty, EmailAddress(ErrorMessage = "Enter their email address in the correct format, like name@example.com"), StringLength(256)]
    public string? SuggestedEmail { get; set; }

    [BindProperty, Phone(ErrorMessage = "Enter their phone number, like 020 7946 0000"), StringLength(40)]
    public string? SuggestedPhone { get; set; }

    [BindProperty, Required(ErrorMessage = "Tell us why they are a role model"), StringLength(4000, ErrorMessage = "Why they are a role model must be 4000 characters or fewer")]
    public string? Reason { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your name"), StringLength(200, ErrorMessage = "Your name must be 200 characters or fewer")]
    public string? SuggesterName { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your email address"), EmailAddress(ErrorMessage = "Enter your email address in the correct format, like name@example.com"), StringLength(256)]
    public string? SuggesterEmail { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(SuggestedEmail) && string.IsNullOrWhiteSpace(SuggestedPhone) && ModelState.IsValid)
            ModelState.AddModelError(nameof(SuggestedEmail), "Enter their email address or phone number, so we can ask them first");
        if (!ModelState.IsValid) return Page();
        db.Add(new RoleModelSuggestion
        {
            SuggestedName = SuggestedName!.Trim(),
            SuggestedRole = SuggestedRole?.Trim(),
            SuggestedEmail = SuggestedEmail?.Trim(),
            SuggestedPhone = SuggestedPhone?.Trim(),
            Reason = Reason!.Trim(),
            SuggesterName = SuggesterName!.Trim(),
            SuggesterEmail = SuggesterEmail!.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Status = SuggestionStatus.New,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/i-can-be/role-models/suggest/thank-you");
    }
}
