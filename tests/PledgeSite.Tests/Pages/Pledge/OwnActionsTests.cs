using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Signatories;
using static PledgeSite.Tests.Pages.Pledge.PledgeJourney;

namespace PledgeSite.Tests.Pages.Pledge;

/// <summary>
/// R1.A asks signatories to "publicly demonstrate their commitment and actions they will take": the pledge's own
/// statement and actions, commitments in the signatory's own words, and the yearly report in words.
/// </summary>
public class OwnActionsTests
{
    private static async Task<int> CommitmentIdAsync(SiteFactory site, string code) =>
        await site.WithDbAsync(db => db.Set<Commitment>().Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Signs the pledge's main contact in through a sign-in link, as if they had followed the email.</summary>
    private static async Task SignInAsync(SiteFactory site, HtmlClient client, int pledgeId)
    {
        string token = "";
        await site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PledgeDbContext>();
            var contact = await db.Set<PledgeContact>().SingleAsync(c => c.PledgeId == pledgeId && c.Role == ContactRole.MainContact);
            token = s.GetRequiredService<SignatoryTokens>().Issue(contact, SignatoryTokenPurpose.SignIn);
            await db.SaveChangesAsync();
        });
        var (response, _) = await client.PostFormAsync($"/pledge/manage/sign-in/link?token={token}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Signing_saves_the_statement_and_own_actions_and_the_pledge_itself_cannot_be_left_out()
    {
        // Given a journey answered up to check-your-answers, with a statement and one own action
        using var site = new SiteFactory();
        using var client = Client(site);
        var org = Organisation.Unique("Poplar Print Works");
        var journey = await AnswerAllAsync(client, org);

        // When the commitments page is sent with nothing ticked (the locked boxes removed as well)
        var (refused, page) = await client.PostFormAsync(journey + "/commitments", [F("Answers.CommitmentIds", null)]);

        // Then R1.A, the pledge itself, is listed among the commitments every pledge makes
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(HtmlClient.ErrorSummary(page), m => m.StartsWith("Every pledge includes the required commitments: R1.A", StringComparison.Ordinal));

        // And check-your-answers shows the statement and the action, and signing keeps both and R1.A
        var check = await client.GetPageAsync(journey + "/check-answers");
        Assert.Contains("our staff and our customers should see the borough's communities", check.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Run reverse mentoring between our senior leaders", check.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("led by Head of People, by 31 March 2030", check.Body.TextContent, StringComparison.Ordinal);
        await AnswerAsync(client, journey + "/check-answers");
        var pledge = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Include(p => p.OwnActions).Include(p => p.Commitments).ThenInclude(c => c.Commitment)
            .SingleAsync(p => p.OrganisationName == org.Name));
        Assert.StartsWith("We sign because our staff", pledge.Statement, StringComparison.Ordinal);
        Assert.Null(pledge.PublishedStatement);
        var action = Assert.Single(pledge.OwnActions);
        Assert.Equal(("Head of People", new DateOnly(2030, 3, 31)), (action.Lead, action.DueDate));
        Assert.Null(action.ApprovedUtc);
        Assert.Contains(pledge.Commitments, c => c.Commitment.Code == "R1.A");
    }

    [Fact]
    public async Task An_own_action_is_checked_and_at_least_one_is_needed()
    {
        using var site = new SiteFactory();
        using var client = Client(site);
        var journey = BaseOf(await StartAsync(client));

        // An empty action: every problem listed
        var (invalid, errors) = await client.PostFormAsync(journey + "/add-action", [F("action", "continue")]);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var messages = HtmlClient.ErrorSummary(errors).ToList();
        Assert.Contains("Enter what your organisation will do", messages);
        Assert.Contains("Enter who leads this action, like Director of HR", messages);
        Assert.Contains("Enter the date it will be done by", messages);

        // A date already past (the test clock is 24 November 2026)
        var past = Action("Publish our ethnicity pay gap", "Finance Director");
        past[4] = F("NewAction.DueDate.Year", "2025");
        var (late, page) = await client.PostFormAsync(journey + "/add-action", past);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("The date it will be done by must be today or in the future", HtmlClient.ErrorSummary(page));

        // No actions at all
        var (none, list) = await client.PostFormAsync(journey + "/actions", [F("action", "continue")]);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("Add at least one action your organisation will take", HtmlClient.ErrorSummary(list));
    }

    [Fact]
    public async Task Commitments_are_the_signatory_s_own_words_and_schools_are_offered_R22_and_employers_R16_and_R17()
    {
        using var site = new SiteFactory();

        async Task<string> CommitmentsPageAsync(string type)
        {
            using var client = Client(site);
            var first = await StartAsync(client);
            var journey = BaseOf(first);
            await AnswerAsync(client, first, F("Answers.OrganisationName", "Offer test " + type));
            await AnswerAsync(client, journey + "/organisation-type", F("Answers.OrganisationType", type));
            return (await client.GetPageAsync(journey + "/commitments")).QuerySelector("main")!.TextContent;
        }

        var school = await CommitmentsPageAsync("SchoolOrCollege");
        var business = await CommitmentsPageAsync("Business");
        var faith = await CommitmentsPageAsync("FaithGroup");

        Assert.Contains("R.22 Diversity in Schools", school, StringComparison.Ordinal);
        Assert.DoesNotContain("R.16", school, StringComparison.Ordinal);
        Assert.Contains("R.16 Testing & Assessment", business, StringComparison.Ordinal);
        Assert.Contains("R.17 Awareness", business, StringComparison.Ordinal);
        Assert.Contains("mock recruitment", business, StringComparison.Ordinal);
        Assert.Contains("work experience", business, StringComparison.Ordinal);
        Assert.DoesNotContain("R.22", business, StringComparison.Ordinal);
        Assert.DoesNotContain("R.22", faith, StringComparison.Ordinal);
        // Worded as the signatory's own commitment, not the Commission's sentence to the council
        Assert.Contains("R1.A Race Equality Pledge (required)", business, StringComparison.Ordinal);
        Assert.Contains("We will set ambitious targets", business, StringComparison.Ordinal);
        Assert.DoesNotContain("Organisations signing up to the Race Equality Pledge must", business, StringComparison.Ordinal);
        var guidance = await site.WithDbAsync(db => db.Set<Commitment>().Where(c => c.Code == "R1.D").Select(c => c.Guidance).SingleAsync());
        Assert.StartsWith("This answers recommendation R1.D (Targets)", guidance, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_yearly_report_asks_in_words_about_each_own_action_and_each_commitment_without_a_target()
    {
        // Given an approved pledge: R1.D measured by a target, R.23 with no target, and one own action
        using var site = new SiteFactory();
        var (targets, safeSpace) = (await CommitmentIdAsync(site, "R1.D"), await CommitmentIdAsync(site, "R.23"));
        var due = site.Clock.GetUtcNow().UtcDateTime.AddDays(10);
        var approved = site.Clock.GetUtcNow().UtcDateTime.AddDays(-300);
        var pledge = await SignatoryData.AddPledgeAsync(site, "Whitechapel Works", p =>
        {
            p.NextReportDueUtc = due;
            p.Statement = p.PublishedStatement = "We will be an anti-racist employer.";
            p.Commitments.Add(new PledgeCommitment { CommitmentId = targets, AddedUtc = approved, ApprovedUtc = approved });
            p.Commitments.Add(new PledgeCommitment { CommitmentId = safeSpace, AddedUtc = approved, ApprovedUtc = approved });
            var target = SignatoryData.Target("Managers from minority ethnic backgrounds");
            target.CommitmentId = targets;
            p.Targets.Add(target);
            p.OwnActions.Add(new OwnAction
            {
                What = "Hold a listening circle on race in every team", Lead = "Director of People", DueDate = new DateOnly(2027, 6, 30),
                CommitmentId = safeSpace, SortOrder = 10, CreatedUtc = approved, UpdatedUtc = approved, ApprovedUtc = approved,
            });
        });
        var action = pledge.OwnActions[0];
        using var client = Client(site);
        await SignInAsync(site, client, pledge.Id);

        // When the signatory opens the yearly report
        var list = await client.GetPageAsync("/pledge/manage/reports");

        // Then it asks about the target, the own action and R.23 (which no target measures), not about R1.D in words
        var items = list.QuerySelectorAll(".govuk-task-list__item a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/pledge/manage/reports/{pledge.Targets[0].Id}", $"/pledge/manage/reports/actions/{action.Id}", $"/pledge/manage/reports/commitments/{safeSpace}"], items);
        Assert.Contains("Commitments without a target", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/pledge/manage/reports/commitments/{targets}", TestContext.Current.CancellationToken)).StatusCode);

        // An empty action report: both problems listed
        var actionForm = await client.GetPageAsync($"/pledge/manage/reports/actions/{action.Id}");
        var (invalid, errors) = await client.SubmitAsync(actionForm);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equal(["Select how far this action has got", "Describe what you did and what changed"], HtmlClient.ErrorSummary(errors));

        await client.SubmitAsync(actionForm, [F("Progress", "OnTrack"), F("Narrative", "Eight of twelve teams have held their listening circle.")]);
        var commitmentForm = await client.GetPageAsync($"/pledge/manage/reports/commitments/{safeSpace}");
        Assert.Null(commitmentForm.QuerySelector("input[name=Progress]"));
        await client.SubmitAsync(commitmentForm, [F("Narrative", "Our staff network now runs a monthly open conversation about race.")]);

        // The period is not complete until the target is reported too
        async Task<DateTime?> DueAsync() => await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Where(p => p.Id == pledge.Id).Select(p => p.NextReportDueUtc).SingleAsync());
        Assert.Equal(due, await DueAsync());
        await client.PostFormAsync($"/pledge/manage/reports/{pledge.Targets[0].Id}", [
            F("Report.ValueReached", "15"), F("Report.ValueDate.Day", "20"), F("Report.ValueDate.Month", "11"), F("Report.ValueDate.Year", "2026"),
            F("Report.Narrative", "Two more managers appointed."), F("Report.EvidenceUrl", "https://example.org/progress")]);
        Assert.Equal(due.AddYears(1), await DueAsync());

        // And the public page shows the statement, the action with its progress, and the commitment's report in words
        using var visitor = HtmlClient.For(site);
        var publicPage = (await visitor.GetPageAsync($"/signatories/{pledge.Slug}")).Body!.TextContent;
        Assert.Contains("We will be an anti-racist employer.", publicPage, StringComparison.Ordinal);
        Assert.Contains("Hold a listening circle on race in every team", publicPage, StringComparison.Ordinal);
        Assert.Contains("Led by Director of People. To be done by 30 June 2027. Delivers commitment R.23.", publicPage, StringComparison.Ordinal);
        Assert.Contains("On track", publicPage, StringComparison.Ordinal);
        Assert.Contains("Eight of twelve teams have held their listening circle.", publicPage, StringComparison.Ordinal);
        Assert.Contains("Our staff network now runs a monthly open conversation about race.", publicPage, StringComparison.Ordinal);
        Assert.Contains("Answers recommendation R.23: Safe Space", publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Own_actions_and_the_statement_are_edited_in_the_signatory_area_and_published_once_reviewed()
    {
        // Given an approved pledge with a published statement and one approved action
        using var site = new SiteFactory();
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var pledge = await SignatoryData.AddPledgeAsync(site, "Mile End Motors", p =>
        {
            p.Statement = p.PublishedStatement = "Our first statement.";
            p.OwnActions.Add(new OwnAction { What = "Audit our recruitment adverts", Lead = "HR Manager", DueDate = new DateOnly(2027, 1, 31), SortOrder = 10, CreatedUtc = now, UpdatedUtc = now, ApprovedUtc = now });
        });
        using var client = Client(site);
        await SignInAsync(site, client, pledge.Id);

        // An empty new action is refused with every problem listed
        var (invalid, errors) = await client.PostFormAsync("/pledge/manage/actions/new", [F("Answers.What", ""), F("Answers.Lead", "")]);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Enter what your organisation will do", HtmlClient.ErrorSummary(errors));
        Assert.Contains("Enter who leads this action, like Director of HR", HtmlClient.ErrorSummary(errors));

        // The only action cannot be removed
        var first = pledge.OwnActions[0].Id;
        var (onlyOne, _) = await client.GetAsync($"/pledge/manage/actions/{first}/remove");
        Assert.Equal("/pledge/manage", onlyOne.Headers.Location?.ToString());

        // Adding an action, changing the statement: both wait for review
        var (added, _) = await client.PostFormAsync("/pledge/manage/actions/new", [
            F("Answers.What", "Offer ten work experience placements a year"), F("Answers.Lead", "Workshop Manager"),
            F("Answers.DueDate.Day", "1"), F("Answers.DueDate.Month", "9"), F("Answers.DueDate.Year", "2027")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var (statement, _) = await client.PostFormAsync("/pledge/manage/statement", [F("Statement", "Our second statement.")]);
        Assert.Equal(HttpStatusCode.Redirect, statement.StatusCode);
        var manage = (await client.GetPageAsync("/pledge/manage")).Body!.TextContent;
        Assert.Contains("Offer ten work experience placements a year", manage, StringComparison.Ordinal);
        Assert.Contains("Our second statement.", manage, StringComparison.Ordinal);
        Assert.Contains("Changes waiting for review", manage, StringComparison.Ordinal);

        using var visitor = HtmlClient.For(site);
        var before = (await visitor.GetPageAsync($"/signatories/{pledge.Slug}")).Body!.TextContent;
        Assert.Contains("Our first statement.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Our second statement.", before, StringComparison.Ordinal);
        Assert.DoesNotContain("work experience placements", before, StringComparison.Ordinal);

        // When a reviewer approves the changes, the public page shows them
        await site.WithScopeAsync(async s =>
        {
            var workflow = s.GetRequiredService<PledgeWorkflow>();
            await workflow.ApproveAsync((await workflow.LoadAsync(pledge.Id, TestContext.Current.CancellationToken))!, PledgeActor.Staff("Reviewer"), null, TestContext.Current.CancellationToken);
        });
        var after = (await visitor.GetPageAsync($"/signatories/{pledge.Slug}")).Body!.TextContent;
        Assert.Contains("Our second statement.", after, StringComparison.Ordinal);
        Assert.Contains("Offer ten work experience placements a year", after, StringComparison.Ordinal);

        // And the first action can now be removed, with a confirmation
        var (confirmRequired, confirm) = await client.PostFormAsync($"/pledge/manage/actions/{first}/remove", [F("Confirm", null)]);
        Assert.Equal(HttpStatusCode.OK, confirmRequired.StatusCode);
        Assert.Contains("Select yes if you want to remove this action", HtmlClient.ErrorSummary(confirm));
        await client.PostFormAsync($"/pledge/manage/actions/{first}/remove", [F("Confirm", "yes")]);
        var left = await site.WithDbAsync(db => db.Set<OwnAction>().Where(a => a.PledgeId == pledge.Id).Select(a => a.What).ToListAsync());
        Assert.Equal(["Offer ten work experience placements a year"], left);
        var history = await site.WithDbAsync(db => db.Set<PledgeHistoryEntry>().Where(h => h.PledgeId == pledge.Id).Select(h => h.Event).ToListAsync());
        Assert.Contains(history, h => h.StartsWith("Action removed: Audit our recruitment adverts", StringComparison.Ordinal));
        Assert.Contains("Statement changed (waiting for review)", history);
    }
}
