using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Awards.Nominate;

/// <summary>Check your answers, then submit: the nomination gets a reference, the nominator an email, and the nominee one if asked.</summary>
[PublicForm("award-nomination")]
public class CheckModel(PledgeDbContext db, SiteClock clock, EmailOutbox outbox, IOptions<EmailOptions> email) : NominationJourneyPage(db, clock)
{
    public string? Incomplete { get; private set; }

    private string? FirstIncompleteStep()
    {
        if (Nomination.NomineeName is null) return "nominee";
        if (Category.Questions.Any(q => Nomination.Answers.All(a => a.QuestionId != q.Id))) return "answers";
        if (Nomination.NominatorEmail is null || !Nomination.ConsentGiven) return "you";
        return null;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } result) return result;
        return FirstIncompleteStep() is { } step ? Redirect(StepUrl(step)) : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } result) return result;
        if (FirstIncompleteStep() is { } step) return Redirect(StepUrl(step));
        if (!ModelState.IsValid) return Page();

        var count = await Db.Set<Nomination>().CountAsync(n => n.CycleId == Cycle.Id && n.Reference != null);
        Nomination.Status = NominationStatus.Submitted;
        Nomination.SubmittedUtc = UtcNow;
        Nomination.Reference = string.Create(CultureInfo.InvariantCulture, $"AW{Cycle.Year}-{count + 1:D4}");
        var site = email.Value.PublicBaseUrl.TrimEnd('/');
        outbox.Enqueue(new EmailTemplate($"We have received your nomination for the {Category.Name} award", Nomination.NominatorName!)
            .Paragraph($"Thank you for nominating {Nomination.NomineeName} for the {Category.Name} award in the {Cycle.Year} Tower Hamlets Anti-Racist Pledge awards.")
            .Details([("Reference", Nomination.Reference), ("Nominee", Nomination.NomineeName!), ("Award", Category.Name)])
            .Paragraph($"Nominations close on {AwardTimes.Format(Cycle.NominationsCloseUtc)}. We check every nomination is eligible, then a panel of judges scores them. Winners are announced on {AwardTimes.FormatDate(Cycle.AnnouncementUtc)}.")
            .Paragraph($"We will delete your contact details on {AwardTimes.FormatDate(Cycle.RetentionEndsUtc)}.")
            .Link("About the awards", site + "/awards")
            .To(Nomination.NominatorEmail!, Nomination.NominatorName, "award-nomination-received"));
        if (Nomination.NotifyNominee && Nomination.NomineeEmail is { } nomineeEmail)
        {
            outbox.Enqueue(new EmailTemplate($"You have been nominated for the {Category.Name} award", Category.NomineeKind == NomineeKind.Individual ? Nomination.NomineeName! : "")
                .Paragraph($"Someone has nominated {Nomination.NomineeName} for the {Category.Name} award in the {Cycle.Year} Tower Hamlets Anti-Racist Pledge awards. Congratulations.")
                .Paragraph($"A panel of judges will consider every eligible nomination. Winners are announced on {AwardTimes.FormatDate(Cycle.AnnouncementUtc)}, and we will tell you the result before then.")
                .Link("About the awards", site + "/awards")
                .To(nomineeEmail, Category.NomineeKind == NomineeKind.Individual ? Nomination.NomineeName : null, "award-nominee-notified"));
        }
        await Db.SaveChangesAsync();
        return Redirect($"/awards/nominate/{Id}/confirmation");
    }
}
