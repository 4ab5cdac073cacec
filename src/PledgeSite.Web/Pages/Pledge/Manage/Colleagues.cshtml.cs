using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Colleagues who can sign in to the signatory area: each gets their own emailed sign-in links.</summary>
public sealed class ColleaguesModel(PledgeWorkflow workflow, SignatoryTokens tokens, EmailOutbox outbox, SiteClock clock, IOptions<EmailOptions> email) : SignatoryPageModel(workflow)
{
    public const int MaxColleagues = 10;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? JobTitle { get; set; }
    [BindProperty] public string? Email { get; set; }
    [TempData] public string? Done { get; set; }

    public IEnumerable<PledgeContact> People => Pledge.Contacts.Where(c => c.CanSignIn).OrderBy(c => c.Role).ThenBy(c => c.Name);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        ViewData["Title"] = "Colleagues who can sign in";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        ViewData["Title"] = "Colleagues who can sign in";
        if (string.IsNullOrWhiteSpace(Name)) ModelState.AddModelError(nameof(Name), "Enter your colleague's full name");
        else if (Name.Trim().Length > 200) ModelState.AddModelError(nameof(Name), "Full name must be 200 characters or fewer");
        if (JobTitle?.Trim().Length > 200) ModelState.AddModelError(nameof(JobTitle), "Job title must be 200 characters or fewer");
        var address = Email?.Trim().ToLowerInvariant() ?? "";
        if (address.Length == 0) ModelState.AddModelError(nameof(Email), "Enter your colleague's email address");
        else if (!OrganisationDetails.IsValidEmail(address)) ModelState.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        else if (Pledge.Contacts.Any(c => c.CanSignIn && c.Email == address)) ModelState.AddModelError(nameof(Email), "This person can already sign in");
        if (Pledge.Contacts.Count(c => c.Role == ContactRole.Colleague) >= MaxColleagues)
            ModelState.AddModelError(nameof(Email), $"You can add up to {MaxColleagues} colleagues. Remove one first");
        if (!ModelState.IsValid) return Page();

        var colleague = new PledgeContact
        {
            Role = ContactRole.Colleague,
            Name = Name!.Trim(),
            JobTitle = string.IsNullOrWhiteSpace(JobTitle) ? null : JobTitle.Trim(),
            Email = address,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        Pledge.Contacts.Add(colleague);
        var token = tokens.Issue(colleague, SignatoryTokenPurpose.SignIn);
        var baseUrl = email.Value.PublicBaseUrl.TrimEnd('/');
        outbox.Enqueue(new EmailTemplate($"You can now manage {Pledge.OrganisationName}'s Anti-Racist Pledge", colleague.Name)
            .Paragraph($"{Me.Name} has added you to {Pledge.OrganisationName}'s Tower Hamlets Anti-Racist Pledge. You can update the pledge and report progress.")
            .Link("Sign in now (this link works once, for 30 minutes)", $"{baseUrl}/pledge/manage/sign-in/link?token={token}")
            .Paragraph("Later, sign in with your email address and we will email you a new link each time:")
            .Link("Sign in to the signatory area", $"{baseUrl}/pledge/manage/sign-in")
            .To(colleague.Email, colleague.Name, "pledge-colleague-added"));
        Workflow.Record(Pledge, Pledge.Status, Pledge.Status, PledgeActor.Organisation(Me), $"Colleague added: {colleague.Name}");
        await Workflow.SaveAndRefreshAsync(Pledge, cancellationToken);
        Done = $"{colleague.Name} can now sign in. We have emailed them a link.";
        return Redirect("/pledge/manage/colleagues");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int contactId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        // Only colleagues of this pledge, and never yourself: the main contact changes through the pledge team.
        var colleague = Pledge.Contacts.SingleOrDefault(c => c.Id == contactId && c.Role == ContactRole.Colleague && c.Id != Me.Id);
        if (colleague is null) return NotFound();
        Pledge.Contacts.Remove(colleague);
        Workflow.Record(Pledge, Pledge.Status, Pledge.Status, PledgeActor.Organisation(Me), $"Colleague removed: {colleague.Name}");
        await Workflow.SaveAndRefreshAsync(Pledge, cancellationToken);
        Done = $"{colleague.Name} can no longer sign in.";
        return Redirect("/pledge/manage/colleagues");
    }
}
