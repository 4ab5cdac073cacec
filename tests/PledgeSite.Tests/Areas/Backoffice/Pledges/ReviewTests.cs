using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using static PledgeSite.Tests.Pages.Pledge.PledgeJourney;

namespace PledgeSite.Tests.Areas.Backoffice.Pledges;

public class ReviewTests
{
    private const string Password = "quiet lantern harbour ninety-one";

    [Fact]
    public async Task Confirmation_and_approval_emails_arrive_over_smtp_with_working_links()
    {
        // Given an organisation that has signed, with email going to an SMTP server
        await using var smtp = new SmtpSink();
        using var site = new SiteFactory { Smtp = smtp };
        await site.CreateStaffAsync("reviewer@towerhamlets.gov.uk", Password, StaffRoles.PledgeReviewer);
        using var organisation = Client(site);
        var org = Pages.Pledge.Organisation.Unique("Poplar Bakery");
        var reference = await SignAsync(organisation, org);
        await site.SendQueuedEmailAsync();
        var confirm = (await smtp.WaitForAsync(1)).Single(m => m.Subject!.StartsWith("Confirm your email address", StringComparison.Ordinal));

        // When the contact follows the confirmation link
        var confirmed = await FollowAsync(organisation, LinkIn(confirm, "/pledge/confirm-email"));

        // Then the pledge waits for review, and the reviewer is told
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var pledge = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().SingleAsync(p => p.Reference == reference));
        Assert.Equal(PledgeStatus.AwaitingReview, pledge.Status);
        await site.SendQueuedEmailAsync();
        var messages = await smtp.WaitForAsync(3);
        Assert.Contains(messages, m => m.To.Mailboxes.Any(b => b.Address == "reviewer@towerhamlets.gov.uk") && m.TextBody!.Contains($"/backoffice/pledges/{pledge.Id}", StringComparison.Ordinal));

        // When a reviewer approves it
        using var reviewer = Client(site);
        await reviewer.SignInAsStaffAsync("reviewer@towerhamlets.gov.uk", Password);
        var queue = await reviewer.GetPageAsync("/backoffice/pledges");
        Assert.Contains(org.Name, queue.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var detail = await reviewer.GetPageAsync($"/backoffice/pledges/{pledge.Id}");
        Assert.Contains(org.ContactEmail, detail.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (approved, _) = await reviewer.SubmitAsync(detail, [F("ApproveComment", "Welcome aboard.")], "form[action*=Approve]");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        // Then it is approved with its first report due in a year, recorded in its history, and the organisation is emailed
        pledge = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Include(p => p.History).Include(p => p.Commitments).SingleAsync(p => p.Reference == reference));
        Assert.Equal(PledgeStatus.Approved, pledge.Status);
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime, pledge.ApprovedUtc);
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime.AddYears(1), pledge.NextReportDueUtc);
        Assert.All(pledge.Commitments, c => Assert.NotNull(c.ApprovedUtc));
        Assert.Equal(["Signed and submitted", "Email address confirmed", "Approved"], pledge.History.OrderBy(h => h.Id).Select(h => h.Event));
        await site.SendQueuedEmailAsync();
        var approval = (await smtp.WaitForAsync(4)).Single(m => m.Subject!.StartsWith("Your Anti-Racist Pledge is approved", StringComparison.Ordinal));
        Assert.Contains("Welcome aboard.", approval.TextBody, StringComparison.Ordinal);
        var manage = await organisation.GetAsync(LinkIn(approval, "/pledge/manage"));
        Assert.Equal(HttpStatusCode.Redirect, manage.Response.StatusCode);
        Assert.StartsWith("/pledge/manage/sign-in", manage.Response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_pledge_round_trips_through_the_organisation_and_back_to_review()
    {
        // Given a confirmed pledge that a reviewer returns with comments
        using var site = new SiteFactory();
        await site.CreateStaffAsync("reviewer@towerhamlets.gov.uk", Password, StaffRoles.PledgeReviewer);
        using var organisation = Client(site);
        var org = Pages.Pledge.Organisation.Unique("Bow Arts Trust");
        var reference = await SignAsync(organisation, org);
        await FollowAsync(organisation, LinkIn(await EmailAsync(site, org.ContactEmail, "Confirm your email"), "/pledge/confirm-email"));
        var id = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Where(p => p.Reference == reference).Select(p => p.Id).SingleAsync());
        using var reviewer = Client(site);
        await reviewer.SignInAsStaffAsync("reviewer@towerhamlets.gov.uk", Password);
        var (empty, emptyPage) = await reviewer.SubmitAsync(await reviewer.GetPageAsync($"/backoffice/pledges/{id}"), [F("ReturnComments", "")], "form[action*=Return]");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter comments saying what the organisation needs to change", HtmlClient.ErrorSummary(emptyPage));
        var (returnedResponse, returnedPage) = await reviewer.SubmitAsync(await reviewer.GetPageAsync($"/backoffice/pledges/{id}"), [F("ReturnComments", "Please make target 1 more ambitious.")], "form[action*=Return]");
        Assert.True(returnedResponse.StatusCode == HttpStatusCode.Redirect, string.Join("; ", HtmlClient.ErrorSummary(returnedPage)));

        // When the organisation signs in from the email, sees the comments, changes a target and answers
        var returned = await EmailAsync(site, org.ContactEmail, "Your pledge needs some changes");
        Assert.Contains("Please make target 1 more ambitious.", returned.TextBody, StringComparison.Ordinal);
        await SignInToManageAsync(site, organisation, org.ContactEmail);
        var home = await organisation.GetPageAsync("/pledge/manage");
        Assert.Contains("Please make target 1 more ambitious.", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var targetId = await site.WithDbAsync(db => db.Set<Target>().Where(t => t.PledgeId == id).Select(t => t.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await organisation.PostFormAsync($"/pledge/manage/targets/{targetId}", [F("Target.TargetValue", "45")])).Response.StatusCode);
        var (answered, _) = await organisation.PostFormAsync("/pledge/manage/respond", [F("Answer", "Raised to 45%.")]);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        // Then it is back with the reviewers, with the answer in its history, and the reviewer can approve it
        var pledge = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Include(p => p.History).Include(p => p.Targets).SingleAsync(p => p.Id == id));
        Assert.Equal(PledgeStatus.AwaitingReview, pledge.Status);
        Assert.Equal(45m, pledge.Targets.Single().TargetValue);
        Assert.Contains(pledge.History, h => h.Event == "Returned with comments" && h.Comment == "Please make target 1 more ambitious.");
        Assert.Contains(pledge.History, h => h.Event == "Answered comments and resubmitted" && h.Comment == "Raised to 45%.");
        var detail = await reviewer.GetPageAsync($"/backoffice/pledges/{id}");
        Assert.Contains("Raised to 45%.", detail.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await reviewer.SubmitAsync(detail, null, "form[action*=Approve]");
        Assert.Equal(PledgeStatus.Approved, await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task Changes_to_an_approved_pledges_commitments_wait_for_review_while_it_stays_published()
    {
        // Given an approved pledge
        using var site = new SiteFactory();
        await site.CreateStaffAsync("reviewer@towerhamlets.gov.uk", Password, StaffRoles.PledgeReviewer);
        using var organisation = Client(site);
        var org = Pages.Pledge.Organisation.Unique("Shadwell Sports Club");
        var reference = await SignAsync(organisation, org);
        await site.WithDbAsync(async db =>
        {
            var pledge = await db.Set<Core.Entities.Pledge>().Include(p => p.Commitments).Include(p => p.Targets).SingleAsync(p => p.Reference == reference);
            pledge.Status = PledgeStatus.Approved;
            pledge.ApprovedUtc = site.Clock.GetUtcNow().UtcDateTime;
            foreach (var c in pledge.Commitments) c.ApprovedUtc = pledge.ApprovedUtc;
            foreach (var t in pledge.Targets) t.ApprovedUtc = pledge.ApprovedUtc;
            await db.SaveChangesAsync();
        });
        await SignInToManageAsync(site, organisation, org.ContactEmail);

        // When the organisation adds a commitment (trying to drop a required one on the way)
        var safeSpace = await site.WithDbAsync(db => db.Set<Commitment>().Where(c => c.Code == "R.23").Select(c => c.Id).SingleAsync());
        var page = await organisation.GetPageAsync("/pledge/manage/commitments");
        var (saved, _) = await organisation.SubmitAsync(page, [F("CommitmentIds", safeSpace.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Then the pledge stays approved, keeps its required commitments, and the new one waits for a reviewer
        var after = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Include(p => p.Commitments).ThenInclude(c => c.Commitment).SingleAsync(p => p.Reference == reference));
        Assert.Equal(PledgeStatus.Approved, after.Status);
        Assert.NotNull(after.ChangesSubmittedUtc);
        Assert.Null(after.Commitments.Single(c => c.Commitment.Code == "R.23").ApprovedUtc);
        Assert.All(after.Commitments.Where(c => c.Commitment.IsRequired), c => Assert.NotNull(c.ApprovedUtc));
        Assert.Equal(5, after.Commitments.Count(c => c.Commitment.IsRequired)); // R1.A (the pledge itself), R1.D, R1.E, R1.F, R.2

        // And when a reviewer approves the changes, they are published
        using var reviewer = Client(site);
        await reviewer.SignInAsStaffAsync("reviewer@towerhamlets.gov.uk", Password);
        var queue = await reviewer.GetPageAsync("/backoffice/pledges?status=changes");
        Assert.Contains(org.Name, queue.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        await reviewer.SubmitAsync(await reviewer.GetPageAsync($"/backoffice/pledges/{after.Id}"), null, "form[action*=Approve]");
        var approved = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Include(p => p.Commitments).SingleAsync(p => p.Reference == reference));
        Assert.Null(approved.ChangesSubmittedUtc);
        Assert.All(approved.Commitments, c => Assert.NotNull(c.ApprovedUtc));
    }

    [Fact]
    public async Task Staff_without_the_reviewer_role_cannot_see_pledges()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("editor@towerhamlets.gov.uk", Password, StaffRoles.Editor);
        using var editor = Client(site);
        await editor.SignInAsStaffAsync("editor@towerhamlets.gov.uk", Password);

        var (response, _) = await editor.GetAsync("/backoffice/pledges");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
        Assert.DoesNotContain("/backoffice/pledges", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }
}
