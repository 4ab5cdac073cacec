using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Awards;

namespace PledgeSite.Tests.Areas.Backoffice.Awards;

public class ManagerTests
{
    [Fact]
    public async Task Manager_sets_up_a_cycle_reviews_eligibility_merges_a_duplicate_and_exports_without_contacts_unless_asked()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("manager.setup@example.org", AwardsTestData.Password, StaffRoles.AwardsManager);
        using var client = await AwardsTestData.StaffClientAsync(site, "manager.setup@example.org");

        // A cycle whose dates are out of order is refused with a clear message.
        var (bad, badPage) = await client.PostFormAsync("/backoffice/awards", [
            new("Cycle.Year", "2027"), new("Cycle.Opens.Day", "1"), new("Cycle.Opens.Month", "3"), new("Cycle.Opens.Year", "2027"),
            new("Cycle.Closes.Day", "1"), new("Cycle.Closes.Month", "2"), new("Cycle.Closes.Year", "2027"),
            new("Cycle.JudgingEnds.Day", "1"), new("Cycle.JudgingEnds.Month", "5"), new("Cycle.JudgingEnds.Year", "2027"),
            new("Cycle.Announced.Day", "1"), new("Cycle.Announced.Month", "6"), new("Cycle.Announced.Year", "2027")]);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("The date nominations close must be after the date they open", HtmlClient.ErrorSummary(badPage));

        var (created, _) = await client.PostFormAsync("/backoffice/awards", [
            new("Cycle.Year", "2027"), new("Cycle.Opens.Day", "1"), new("Cycle.Opens.Month", "3"), new("Cycle.Opens.Year", "2027"),
            new("Cycle.Closes.Day", "30"), new("Cycle.Closes.Month", "4"), new("Cycle.Closes.Year", "2027"),
            new("Cycle.JudgingEnds.Day", "31"), new("Cycle.JudgingEnds.Month", "5"), new("Cycle.JudgingEnds.Year", "2027"),
            new("Cycle.Announced.Day", "1"), new("Cycle.Announced.Month", "7"), new("Cycle.Announced.Year", "2027")]);
        Assert.Equal("/backoffice/awards/2027", created.Headers.Location?.ToString());
        var cycle = await site.WithDbAsync(db => db.Set<AwardCycle>().SingleAsync(c => c.Year == 2027, TestContext.Current.CancellationToken));
        Assert.Equal(new DateTime(2027, 4, 30, 22, 59, 59, DateTimeKind.Utc), cycle.NominationsCloseUtc); // 11:59pm British Summer Time
        Assert.Equal(new DateTime(2027, 7, 1, 17, 0, 0, DateTimeKind.Utc), cycle.AnnouncementUtc); // 6pm BST

        var (category, _) = await client.PostFormAsync("/backoffice/awards/2027", [new("NewCategoryName", "Young leader"), new("NewCategoryKind", "Individual")], selector: "form[action*='handler=Category']");
        Assert.StartsWith("/backoffice/awards/categories/", category.Headers.Location?.ToString());
        var categoryUrl = category.Headers.Location!.ToString();
        await client.PostFormAsync(categoryUrl, [new("QuestionText", "What have they done?"), new("QuestionMaxWords", "100")], selector: "form[action*='handler=Question']");
        await client.PostFormAsync(categoryUrl, [new("CriterionName", "Impact"), new("CriterionWeight", "3")], selector: "form[action*='handler=Criterion']");
        var judge = await site.CreateStaffAsync("judge.setup@example.org", AwardsTestData.Password, StaffRoles.Judge);
        await client.PostFormAsync(categoryUrl, [new("JudgeId", judge.Id)], selector: "form[action*='handler=AssignJudge']");
        var saved = await site.WithDbAsync(db => db.Set<AwardCategory>().Include(c => c.Questions).Include(c => c.Criteria).Include(c => c.Judges).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(100, Assert.Single(saved.Questions).MaxWords);
        Assert.Equal(3, Assert.Single(saved.Criteria).Weight);
        Assert.Equal(judge.Id, Assert.Single(saved.Judges).JudgeUserId);

        var now = site.Clock.GetUtcNow().UtcDateTime;
        var first = await AwardsTestData.NominationAsync(site, saved, "Amina Begum", now, NominationEligibility.NotReviewed, nominatorEmail: "first@example.org");
        var duplicate = await AwardsTestData.NominationAsync(site, saved, "amina  begum", now, NominationEligibility.NotReviewed, nominatorEmail: "second@example.org");
        var list = await client.GetPageAsync("/backoffice/awards/2027/nominations");
        Assert.Equal(2, list.QuerySelectorAll(".govuk-tag--orange").Length);

        var (noReason, noReasonPage) = await client.PostFormAsync($"/backoffice/awards/nominations/{first.Id}", [new("Eligibility", "Ineligible")], selector: "form[action*='handler=Eligibility']");
        Assert.Contains("Enter the reason the nomination is ineligible", HtmlClient.ErrorSummary(noReasonPage));
        await client.PostFormAsync($"/backoffice/awards/nominations/{first.Id}", [new("Eligibility", "Eligible")], selector: "form[action*='handler=Eligibility']");
        var (merged, _) = await client.PostFormAsync($"/backoffice/awards/nominations/{duplicate.Id}", [new("MergeIntoId", first.Id.ToString())], selector: "form[action*='handler=Merge']");
        Assert.Equal($"/backoffice/awards/nominations/{first.Id}", merged.Headers.Location?.ToString());
        var rows = await site.WithDbAsync(db => db.Set<Nomination>().ToDictionaryAsync(n => n.Id, TestContext.Current.CancellationToken));
        Assert.Equal(NominationEligibility.Eligible, rows[first.Id].Eligibility);
        Assert.Equal(NominationEligibility.Merged, rows[duplicate.Id].Eligibility);
        Assert.Equal(first.Id, rows[duplicate.Id].MergedIntoId);

        var plain = await client.Http.GetStringAsync("/backoffice/awards/2027?handler=Export", TestContext.Current.CancellationToken);
        var withContacts = await client.Http.GetStringAsync("/backoffice/awards/2027?handler=Export&includeNominatorContacts=true", TestContext.Current.CancellationToken);
        Assert.Contains("Amina Begum", plain);
        Assert.DoesNotContain("first@example.org", plain);
        Assert.DoesNotContain("Nominator", plain.Split('\n')[0]);
        Assert.Contains("first@example.org", withContacts);
    }

    [Fact]
    public async Task Judges_who_are_behind_get_one_reminder_per_reminder_date()
    {
        using var site = new SiteFactory();
        var ct = TestContext.Current.CancellationToken;
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var cycle = await AwardsTestData.CycleAsync(site, 2026, now.AddDays(-40), now.AddDays(-10), now.AddDays(10), now.AddDays(20));
        var category = await AwardsTestData.CategoryAsync(site, cycle, "Young leader", NomineeKind.Individual);
        var a = await AwardsTestData.NominationAsync(site, category, "Amina Begum", now);
        var behind = await AwardsTestData.JudgeAsync(site, "behind@example.org", category);
        var done = await AwardsTestData.JudgeAsync(site, "done@example.org", category);
        await AwardsTestData.ScoreAsync(site, done, a, category, 5, 5);
        Task Run() => site.WithScopeAsync(sp => sp.GetRequiredService<JudgingReminderJob>().RunAsync(ct));
        int Reminders() => site.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "awards-judging-reminder", ct)).GetAwaiter().GetResult();

        await Run(); // 10 days before: no reminder is due yet
        var early = Reminders();
        site.Clock.SetUtcNow(now.AddDays(3).AddHours(1)); // 7 days before
        await Run();
        await Run();
        var first = Reminders();
        site.Clock.SetUtcNow(now.AddDays(8).AddHours(1)); // 2 days before
        await Run();

        Assert.Equal(0, early);
        Assert.Equal(1, first);
        Assert.Equal(2, Reminders());
        var to = await site.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "awards-judging-reminder").Select(m => m.ToAddress).Distinct().ToListAsync(ct));
        Assert.Equal(["behind@example.org"], to);
    }

    [Theory]
    [InlineData("%PDF-1.7", "application/pdf")]
    [InlineData("GIF89a", null)]
    [InlineData("<html>", null)]
    public void Files_are_recognised_by_their_bytes_not_their_names(string start, string? expected)
    {
        var bytes = System.Text.Encoding.ASCII.GetBytes(start + " rest of the file");

        Assert.Equal(expected, AwardFiles.Sniff(bytes));
    }

    [Fact]
    public async Task A_supporting_file_that_is_not_what_it_claims_is_refused_and_a_real_PDF_is_kept()
    {
        using var site = new SiteFactory();
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var cycle = await AwardsTestData.OpenCycleAsync(site, 2026, now);
        var category = await AwardsTestData.CategoryAsync(site, cycle, "Young leader", NomineeKind.Individual);
        using var client = HtmlClient.For(site);
        var (start, _) = await client.PostFormAsync("/awards/nominate", [new("CategoryId", category.Id.ToString())]);
        var answersUrl = start.Headers.Location!.ToString().Replace("/nominee", "/answers", StringComparison.Ordinal);
        var page = await client.GetPageAsync(answersUrl);

        async Task<HttpResponseMessage> Upload(byte[] bytes, string name)
        {
            using var form = new MultipartFormDataContent();
            foreach (var input in page.QuerySelectorAll("main form input[type=hidden]"))
                form.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
            form.Add(new StringContent(""), "contact_website");
            form.Add(new StringContent("They mentor young people"), "Answers[0]");
            form.Add(new ByteArrayContent(bytes), "SupportingFile", name);
            return await client.Http.PostAsync(answersUrl, form, TestContext.Current.CancellationToken);
        }

        var fake = await Upload(System.Text.Encoding.ASCII.GetBytes("MZ this is a program"), "letter.pdf");
        var fakeHtml = await fake.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var real = await Upload(System.Text.Encoding.ASCII.GetBytes("%PDF-1.4 a letter of support"), "letter.pdf");

        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        Assert.Contains("The selected file must be a PDF, a Word document (.docx), a JPG or a PNG", fakeHtml);
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        var stored = await site.WithDbAsync(db => db.Set<Nomination>().SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal("letter.pdf", stored.SupportingFileName);
        Assert.Equal("application/pdf", stored.SupportingFileContentType);
        Assert.True(site.Services.GetRequiredService<AwardFiles>().Exists(stored.SupportingFileStoredName));
    }
}
