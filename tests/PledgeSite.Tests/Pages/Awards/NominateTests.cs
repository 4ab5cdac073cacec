using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Awards;

public class NominateTests
{
    [Fact]
    public async Task Outside_the_window_the_form_says_when_the_next_cycle_opens_or_that_none_is_scheduled()
    {
        using var site = new SiteFactory();
        using var client = HtmlClient.For(site);
        var now = site.Clock.GetUtcNow().UtcDateTime;

        var none = await client.GetPageAsync("/awards/nominate");
        await AwardsTestData.CycleAsync(site, 2027, new DateTime(2027, 3, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2027, 4, 30, 22, 59, 59, DateTimeKind.Utc), now.AddYears(1), now.AddYears(2));
        var next = await client.GetPageAsync("/awards/nominate");

        Assert.Equal("Nominations are closed", none.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("No awards are scheduled", none.QuerySelector("main")!.TextContent);
        Assert.Contains("open on 1 March 2027, 12:00am", next.QuerySelector("main")!.TextContent);
        Assert.Null(next.QuerySelector("main form[method=post]"));
    }

    [Fact]
    public async Task Nominating_a_signatory_enforces_word_limits_and_self_nomination_then_emails_the_nominator_and_nominee()
    {
        using var site = new SiteFactory();
        using var client = HtmlClient.For(site);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var cycle = await AwardsTestData.OpenCycleAsync(site, 2026, now);
        var category = await AwardsTestData.CategoryAsync(site, cycle, "Employer of the year", NomineeKind.Organisation, requiresSignatory: true, maxWords: 5);
        var bakery = await AwardsTestData.ApprovedSignatoryAsync(site, "Brick Lane Bakery", now);
        var other = await AwardsTestData.ApprovedSignatoryAsync(site, "Whitechapel Works", now);
        await site.WithDbAsync(async db =>
        {
            db.Add(new PledgeSite.Core.Entities.Pledge { Reference = "ARP-T-LAPSED", Slug = "lapsed-bakery", OrganisationName = "Lapsed Bakery", Status = PledgeStatus.Approved, CreatedUtc = now.AddYears(-3), NextReportDueUtc = now.AddDays(-200) });
            await db.SaveChangesAsync();
        });

        var (start, _) = await client.PostFormAsync("/awards/nominate", [new("CategoryId", category.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var nomineeUrl = start.Headers.Location!.ToString();
        Assert.Matches("^/awards/nominate/[0-9a-f-]{36}/nominee$", nomineeUrl);

        var search = await client.GetPageAsync(nomineeUrl + "?q=bakery");
        var choices = search.QuerySelectorAll("input[name=Signatory]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal([bakery.Id.ToString()], choices); // the lapsed pledge and the non-matching one are not offered

        var (forged, forgedPage) = await client.SubmitAsync(search, [new("Signatory", "999999")], baseUrl: nomineeUrl);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Select a signatory with an approved pledge", HtmlClient.ErrorSummary(forgedPage));

        var (chosen, _) = await client.SubmitAsync(search, [new("Signatory", bakery.Id.ToString()), new("NomineeEmail", "hello@bricklane.example"), new("NotifyNominee", "true")], baseUrl: nomineeUrl);
        var answersUrl = chosen.Headers.Location!.ToString();
        Assert.EndsWith("/answers", answersUrl);

        var (tooLong, tooLongPage) = await client.PostFormAsync(answersUrl, [new("Answers[0]", "one two three four five six")]);
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("Your answer to question 1 must be 5 words or fewer (it has 6)", HtmlClient.ErrorSummary(tooLongPage));
        Assert.Equal("one two three four five six", tooLongPage.QuerySelector("textarea#Answers_0_")!.TextContent);
        Assert.StartsWith("Error: ", tooLongPage.Title);

        var (answered, _) = await client.PostFormAsync(answersUrl, [new("Answers[0]", "They  mentor\nyoung people.")]);
        var youUrl = answered.Headers.Location!.ToString();

        var (self, selfPage) = await client.PostFormAsync(youUrl, [new("NominatorName", "Rahima Ali"), new("NominatorEmail", "rahima@example.org"), new("SelfNomination", "yes"), new("Consent", "true")]);
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        Assert.Contains("This award does not accept self-nominations: someone else must nominate you", HtmlClient.ErrorSummary(selfPage));

        var (you, _) = await client.PostFormAsync(youUrl, [new("NominatorName", "Rahima Ali"), new("NominatorEmail", "rahima@example.org"), new("SelfNomination", "no"), new("NominatorRelationship", "Customer"), new("Consent", "true")]);
        var checkUrl = you.Headers.Location!.ToString();
        var check = await client.GetPageAsync(checkUrl);
        Assert.Contains("Brick Lane Bakery", check.QuerySelector("main")!.TextContent);
        Assert.Contains("rahima@example.org", check.QuerySelector("main")!.TextContent);

        var (sent, _) = await client.SubmitAsync(check, baseUrl: checkUrl);
        var confirmation = await client.GetPageAsync(sent.Headers.Location!.ToString());
        Assert.Contains("AW2026-0001", confirmation.QuerySelector(".govuk-panel")!.TextContent);
        var (again, _) = await client.GetAsync(checkUrl);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode); // the journey cannot be replayed

        await site.SendQueuedEmailAsync();
        var emails = site.PickedUpEmails();
        var toNominator = Assert.Single(emails, m => m.To.ToString().Contains("rahima@example.org"));
        Assert.Contains("AW2026-0001", toNominator.TextBody);
        var toNominee = Assert.Single(emails, m => m.To.ToString().Contains("hello@bricklane.example"));
        Assert.DoesNotContain("Rahima", toNominee.TextBody);
        var stored = await site.WithDbAsync(db => db.Set<Nomination>().Include(n => n.Answers).SingleAsync(n => n.Reference == "AW2026-0001", TestContext.Current.CancellationToken));
        Assert.Equal(bakery.Id, stored.NomineePledgeId);
        Assert.Equal(NominationStatus.Submitted, stored.Status);
        Assert.Equal("They  mentor\nyoung people.", Assert.Single(stored.Answers).Text);
        Assert.NotEqual(other.Id, stored.NomineePledgeId);
    }
}
