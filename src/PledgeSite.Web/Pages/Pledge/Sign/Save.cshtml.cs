using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Email;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Sign;

/// <summary>"Save and come back later": the answers are already saved; this emails a link to carry on.</summary>
[PublicForm("pledge_save")]
public sealed class SaveModel(SignUpJourneys journeys, EmailOutbox outbox, SiteClock clock, IOptions<EmailOptions> email) : PageModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public string? Email { get; set; }
    public bool Sent { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool sent, CancellationToken cancellationToken)
    {
        var loaded = await journeys.LoadAsync(Id, cancellationToken);
        if (loaded is null) return RedirectToPage("/Pledge/Sign/Expired");
        Email = loaded.Value.Answers.Contact.Email;
        Sent = sent;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var loaded = await journeys.LoadAsync(Id, cancellationToken);
        if (loaded is null) return RedirectToPage("/Pledge/Sign/Expired");
        var (journey, answers) = loaded.Value;
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError(nameof(Email), "Enter your email address");
        else if (!OrganisationDetails.IsValidEmail(Email)) ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        var now = clock.GetUtcNow().UtcDateTime;
        // One link a minute is plenty, and stops the form being used to send email to strangers in bulk.
        if (ModelState.IsValid && journey.ResumeLinkSentUtc > now.AddMinutes(-1))
            ModelState.AddModelError(nameof(Email), "We have just sent a link. Wait a minute before asking for another");
        if (!ModelState.IsValid) return Page();

        var address = Email!.Trim();
        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/pledge/sign/{Id}/resume";
        var expires = TimeZoneInfo.ConvertTimeFromUtc(now + SignUpJourneys.Lifetime, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        outbox.Enqueue(new EmailTemplate("Carry on signing the Anti-Racist Pledge", answers.Contact.Name ?? "")
            .Paragraph("Your answers so far are saved. Use this link to carry on signing the Tower Hamlets Anti-Racist Pledge" +
                (string.IsNullOrWhiteSpace(answers.OrganisationName) ? "." : $" for {answers.OrganisationName}."))
            .Link("Carry on signing the pledge", link)
            .Paragraph($"The link works until {expires.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}, 30 days after your last change. Anyone with the link can see your answers, so do not share it.")
            .To(address, answers.Contact.Name, "pledge-resume"));
        journey.ResumeLinkSentUtc = now;
        await journeys.SaveAsync(journey, answers, cancellationToken);
        return Redirect($"/pledge/sign/{Id}/save?sent=true");
    }
}
