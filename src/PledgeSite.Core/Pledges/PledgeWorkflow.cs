using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Staff;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Pledges;

/// <summary>Who made a change to a pledge, as its history shows it.</summary>
public sealed record PledgeActor(string Name, HistoryActorKind Kind)
{
    public static PledgeActor Staff(string name) => new(name, HistoryActorKind.Staff);
    public static PledgeActor Organisation(PledgeContact contact) => new($"{contact.Name} ({contact.Pledge?.OrganisationName})", HistoryActorKind.Organisation);
    public static readonly PledgeActor Site = new("the site", HistoryActorKind.System);
}

/// <summary>
/// Every change in a pledge's life: confirmation, approval, return, resubmission, changes for review, withdrawal.
/// Each one is recorded in the pledge's history and emailed to its main contact in the same SaveChanges, and
/// public changes evict the "signatories" output cache.
/// </summary>
public sealed class PledgeWorkflow(
    PledgeDbContext db, EmailOutbox outbox, SiteClock clock, IOptions<EmailOptions> email, IOutputCacheStore cache,
    IStaffDirectory staff)
{
    public const string CacheTag = "signatories";
    private string BaseUrl => email.Value.PublicBaseUrl.TrimEnd('/');
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Loads a pledge with everything reviewers and the organisation see.</summary>
    public Task<Pledge?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Set<Pledge>()
            .Include(p => p.Contacts).Include(p => p.Commitments).ThenInclude(c => c.Commitment)
            .Include(p => p.Targets).ThenInclude(t => t.Commitment).Include(p => p.WorkforceFigures)
            .Include(p => p.OwnActions).ThenInclude(a => a.Commitment)
            .Include(p => p.History).Include(p => p.Logo)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Records a history entry (the caller saves).</summary>
    public PledgeHistoryEntry Record(Pledge pledge, PledgeStatus? from, PledgeStatus to, PledgeActor actor, string what, string? comment = null)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new PledgeHistoryEntry
        {
            Pledge = pledge,
            OccurredUtc = Now,
            FromStatus = from,
            ToStatus = to,
            Actor = actor.Name,
            ActorKind = actor.Kind,
            Event = what,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        };
        pledge.History.Add(entry);
        return entry;
    }

    /// <summary>Saves a change the organisation made to its pledge and refreshes the public pages.</summary>
    public async Task SaveAndRefreshAsync(Pledge pledge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        pledge.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    /// <summary>The main contact followed the link in the confirmation email: the pledge now waits for a reviewer.</summary>
    public async Task ConfirmEmailAsync(Pledge pledge, PledgeContact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(contact);
        if (pledge.Status != PledgeStatus.AwaitingConfirmation) return;
        pledge.EmailConfirmedUtc = Now;
        Move(pledge, PledgeStatus.AwaitingReview, PledgeActor.Organisation(contact), "Email address confirmed");
        outbox.Enqueue(new EmailTemplate($"We have received your pledge {pledge.Reference}", contact.Name)
            .Paragraph($"Thank you for confirming your email address. {pledge.OrganisationName}'s Anti-Racist Pledge is now with the Tower Hamlets Race Equality Network for review.")
            .Paragraph("We will email you when it has been reviewed. You can see your pledge at any time in the signatory area.")
            .Link("Sign in to the signatory area", $"{BaseUrl}/pledge/manage")
            .Details([("Reference", pledge.Reference)])
            .To(contact.Email, contact.Name, "pledge-received"));
        await NotifyReviewersAsync(pledge, $"A pledge is waiting for review: {pledge.OrganisationName}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A reviewer approved the pledge (or the changes made to an approved pledge): it is published.</summary>
    public async Task ApproveAsync(Pledge pledge, PledgeActor reviewer, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        var now = Now;
        var changesOnly = pledge.Status == PledgeStatus.Approved;
        if (!changesOnly && pledge.Status is not (PledgeStatus.AwaitingReview or PledgeStatus.Returned))
            throw new InvalidOperationException($"A pledge that is {pledge.Status} cannot be approved.");
        foreach (var c in pledge.Commitments.Where(c => c.ApprovedUtc is null)) c.ApprovedUtc = now;
        foreach (var t in pledge.Targets.Where(t => t.ApprovedUtc is null)) t.ApprovedUtc = now;
        foreach (var a in pledge.OwnActions.Where(a => a.ApprovedUtc is null)) a.ApprovedUtc = now;
        pledge.PublishedStatement = pledge.Statement;
        pledge.ChangesSubmittedUtc = null;
        var contact = pledge.MainContact;
        if (changesOnly)
        {
            Record(pledge, PledgeStatus.Approved, PledgeStatus.Approved, reviewer, "Changes approved", comment);
            if (contact is not null)
            {
                var template = new EmailTemplate($"Your pledge changes are approved ({pledge.Reference})", contact.Name)
                    .Paragraph($"The changes to {pledge.OrganisationName}'s pledge have been approved and are now published.");
                if (!string.IsNullOrWhiteSpace(comment)) template.Paragraph("The reviewer's comments:\n" + comment.Trim());
                outbox.Enqueue(template.Link("See your pledge", $"{BaseUrl}/pledge/manage")
                    .To(contact.Email, contact.Name, "pledge-changes-approved"));
            }
        }
        else
        {
            pledge.ApprovedUtc = now;
            pledge.NextReportDueUtc = now.AddYears(1);
            Move(pledge, PledgeStatus.Approved, reviewer, "Approved", comment);
            if (contact is not null)
            {
                var due = TimeZoneInfo.ConvertTimeFromUtc(pledge.NextReportDueUtc.Value, London).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
                var template = new EmailTemplate($"Your Anti-Racist Pledge is approved ({pledge.Reference})", contact.Name)
                    .Paragraph($"Congratulations: {pledge.OrganisationName}'s Anti-Racist Pledge has been approved by the Tower Hamlets Race Equality Network.");
                if (pledge.ConsentToPublish) template.Paragraph("Your pledge is now published on the signatories page.").Link("See your public pledge page", $"{BaseUrl}/signatories/{pledge.Slug}");
                if (!string.IsNullOrWhiteSpace(comment)) template.Paragraph("The reviewer's comments:\n" + comment.Trim());
                outbox.Enqueue(template
                    .Paragraph($"Your first annual progress report is due on {due}. We will remind you before then.")
                    .Link("Sign in to the signatory area", $"{BaseUrl}/pledge/manage")
                    .To(contact.Email, contact.Name, "pledge-approved"));
            }
        }
        pledge.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    /// <summary>A reviewer returned the pledge with comments for the organisation to answer.</summary>
    public async Task ReturnAsync(Pledge pledge, PledgeActor reviewer, string comments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        if (pledge.Status != PledgeStatus.AwaitingReview)
            throw new InvalidOperationException($"A pledge that is {pledge.Status} cannot be returned.");
        Move(pledge, PledgeStatus.Returned, reviewer, "Returned with comments", comments);
        var contact = pledge.MainContact;
        if (contact is not null)
        {
            outbox.Enqueue(new EmailTemplate($"Your pledge needs some changes ({pledge.Reference})", contact.Name)
                .Paragraph($"The Tower Hamlets Race Equality Network has reviewed {pledge.OrganisationName}'s Anti-Racist Pledge and has asked for some changes before it can be approved.")
                .Paragraph("The reviewer's comments:\n" + comments.Trim())
                .Paragraph("Sign in to the signatory area to make the changes and answer the comments.")
                .Link("Sign in to the signatory area", $"{BaseUrl}/pledge/manage")
                .To(contact.Email, contact.Name, "pledge-returned"));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The organisation answered a returned pledge's comments and sent it back for review.</summary>
    public async Task ResubmitAsync(Pledge pledge, PledgeContact contact, string answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(contact);
        if (pledge.Status != PledgeStatus.Returned) throw new InvalidOperationException("Only a returned pledge can be resubmitted.");
        pledge.SubmittedUtc = Now;
        Move(pledge, PledgeStatus.AwaitingReview, PledgeActor.Organisation(contact), "Answered comments and resubmitted", answer);
        outbox.Enqueue(new EmailTemplate($"We have received your changes ({pledge.Reference})", contact.Name)
            .Paragraph($"Thank you. {pledge.OrganisationName}'s pledge is back with the Race Equality Network for review. We will email you when it has been reviewed.")
            .To(contact.Email, contact.Name, "pledge-resubmitted"));
        await NotifyReviewersAsync(pledge, $"A returned pledge was resubmitted: {pledge.OrganisationName}", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The organisation changed the commitments or targets of an approved pledge: the new items wait for review
    /// (the pledge stays published with its approved items).
    /// </summary>
    public async Task SubmitChangesAsync(Pledge pledge, PledgeContact contact, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(contact);
        if (pledge.Status == PledgeStatus.Approved)
        {
            pledge.ChangesSubmittedUtc = Now;
            Record(pledge, pledge.Status, pledge.Status, PledgeActor.Organisation(contact), what + " (waiting for review)");
            await NotifyReviewersAsync(pledge, $"Changes to an approved pledge are waiting for review: {pledge.OrganisationName}", cancellationToken);
        }
        else
        {
            Record(pledge, pledge.Status, pledge.Status, PledgeActor.Organisation(contact), what);
        }
        pledge.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    /// <summary>The organisation withdrew its pledge; it leaves the public directory at once.</summary>
    public async Task WithdrawAsync(Pledge pledge, PledgeContact contact, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledge);
        ArgumentNullException.ThrowIfNull(contact);
        if (pledge.Status == PledgeStatus.Withdrawn) return;
        pledge.WithdrawnUtc = Now;
        Move(pledge, PledgeStatus.Withdrawn, PledgeActor.Organisation(contact), "Withdrawn", reason);
        var main = pledge.MainContact ?? contact;
        outbox.Enqueue(new EmailTemplate($"Your pledge has been withdrawn ({pledge.Reference})", main.Name)
            .Paragraph($"{contact.Name} withdrew {pledge.OrganisationName}'s Anti-Racist Pledge. It no longer appears on the signatories page.")
            .Paragraph("If this was a mistake, contact the pledge team by replying to this email. You are welcome to sign the pledge again at any time.")
            .To(main.Email, main.Name, "pledge-withdrawn"));
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    private void Move(Pledge pledge, PledgeStatus to, PledgeActor actor, string what, string? comment = null)
    {
        var from = pledge.Status;
        pledge.Status = to;
        pledge.Version = Guid.NewGuid();
        Record(pledge, from, to, actor, what, comment);
    }

    private async Task NotifyReviewersAsync(Pledge pledge, string subject, CancellationToken cancellationToken)
    {
        foreach (var reviewer in await staff.InRoleAsync(StaffRoles.PledgeReviewer, cancellationToken))
        {
            outbox.Enqueue(new EmailTemplate(subject, reviewer.Name)
                .Paragraph($"{pledge.OrganisationName} ({pledge.Reference}) is waiting for review.")
                .Link("Review it in the back office", $"{BaseUrl}/backoffice/pledges/{pledge.Id}")
                .To(reviewer.Email, reviewer.Name, "pledge-review-needed"));
        }
    }

    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
