using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.Tests.Pages.Pledge.Manage;

public class ProgressReportTests
{
    /// <summary>Sign-in cookies are Secure outside Development, so signed-in clients talk to the site over https.</summary>
    private static HtmlClient SecureClient(SiteFactory site) =>
        new(site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        }));

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

    private static async Task<HttpResponseMessage> UploadAsync(HtmlClient client, IHtmlDocument page, string url, Dictionary<string, string> fields, byte[] file, string fileName)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken");
        foreach (var (key, value) in fields) content.Add(new StringContent(value), key);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(part, "Evidence", fileName);
        return await client.Http.PostAsync(url, content, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_signatory_files_a_report_per_target_and_the_next_report_falls_due_a_year_later()
    {
        using var site = new SiteFactory();
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var due = now.AddDays(10);
        var pledge = await SignatoryData.AddPledgeAsync(site, "Reporting Ltd", p =>
        {
            p.NextReportDueUtc = due;
            p.Targets.Add(SignatoryData.Target("Managers from minority ethnic backgrounds", isPublic: true));
            p.Targets.Add(SignatoryData.Target("Confidential pay measure", isPublic: false));
        });
        var (publicTarget, privateTarget) = (pledge.Targets[0], pledge.Targets[1]);
        using var client = SecureClient(site);
        await SignInAsync(site, client, pledge.Id);

        var list = await client.GetPageAsync("/pledge/manage/reports");
        Assert.Equal(2, list.QuerySelectorAll(".govuk-task-list__item").Length);
        Assert.All(list.QuerySelectorAll(".govuk-task-list__status"), s => Assert.Contains("Not started", s.TextContent));

        // Empty form: every problem listed, nothing saved.
        var form = await client.GetPageAsync($"/pledge/manage/reports/{publicTarget.Id}");
        var (invalid, errors) = await client.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.StartsWith("Error:", errors.Title);
        var messages = HtmlClient.ErrorSummary(errors).ToList();
        Assert.Contains("Enter the value you reached", messages);
        Assert.Contains("Enter the date you measured it", messages);
        Assert.Contains("Describe what you did and what changed", messages);
        Assert.Contains("Enter a web address for your evidence, or upload a file", messages);

        var (saved, _) = await client.SubmitAsync(form, [
            new("Report.ValueReached", "18.5"), new("Report.ValueDate.Day", "20"), new("Report.ValueDate.Month", "11"), new("Report.ValueDate.Year", "2026"),
            new("Report.Narrative", "We mentored twelve staff into management."), new("Report.EvidenceUrl", "https://example.org/progress")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(due, await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Where(p => p.Id == pledge.Id).Select(p => p.NextReportDueUtc).SingleAsync()));

        // The private target, with an evidence file that is not what it claims, then with a real PDF.
        var second = await client.GetPageAsync($"/pledge/manage/reports/{privateTarget.Id}");
        var fields = new Dictionary<string, string>
        {
            ["Report.ValueReached"] = "4", ["Report.ValueDate.Day"] = "21", ["Report.ValueDate.Month"] = "11", ["Report.ValueDate.Year"] = "2026",
            ["Report.Narrative"] = "Pay bands published to all staff.",
        };
        using var fake = await UploadAsync(client, second, $"/pledge/manage/reports/{privateTarget.Id}", fields, "MZ not a pdf"u8.ToArray(), "report.pdf");
        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        Assert.Contains("The selected file must be a PDF, PNG or JPEG", await fake.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var real = await UploadAsync(client, second, $"/pledge/manage/reports/{privateTarget.Id}", fields, "%PDF-1.4\n%%EOF\n"u8.ToArray(), "pay report.pdf");
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);

        Assert.Equal(due.AddYears(1), await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Where(p => p.Id == pledge.Id).Select(p => p.NextReportDueUtc).SingleAsync()));
        var done = await client.GetPageAsync("/pledge/manage/reports");
        Assert.Contains("your progress report is complete", done.QuerySelector(".govuk-notification-banner")!.TextContent);
        var evidence = await site.WithDbAsync(db => db.Set<ProgressReport>().Where(r => r.TargetId == privateTarget.Id).Select(r => r.EvidenceFile!.ContentType).SingleAsync());
        Assert.Equal("application/pdf", evidence);

        using var visitor = HtmlClient.For(site);
        var publicPage = await visitor.GetPageAsync($"/signatories/{pledge.Slug}");
        Assert.Contains("We mentored twelve staff into management.", publicPage.Body!.TextContent);
        Assert.DoesNotContain("Pay bands published", publicPage.Body!.TextContent);
    }

    [Fact]
    public async Task A_reviewer_queries_a_report_and_the_organisation_is_emailed_and_sees_the_question()
    {
        using var site = new SiteFactory();
        var pledge = await SignatoryData.AddPledgeAsync(site, "Queried Ltd", p => p.Targets.Add(SignatoryData.Target("Apprentices recruited locally")));
        var reportId = await site.WithDbAsync(async db =>
        {
            var report = new ProgressReport
            {
                PledgeId = pledge.Id, TargetId = pledge.Targets[0].Id, PeriodDueUtc = pledge.NextReportDueUtc!.Value.AddYears(-1),
                ValueReached = 99, ValueDate = new DateOnly(2026, 11, 1), Narrative = "A big jump.", EvidenceUrl = "https://example.org/x",
                SubmittedUtc = site.Clock.GetUtcNow().UtcDateTime,
            };
            db.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
        await site.CreateStaffAsync("reviewer@towerhamlets.gov.uk", "Quarterly-Report-Queries-7Q", StaffRoles.PledgeReviewer);
        using var staff = SecureClient(site);
        await staff.SignInAsStaffAsync("reviewer@towerhamlets.gov.uk", "Quarterly-Report-Queries-7Q");

        var list = await staff.GetPageAsync("/backoffice/pledges/reports");
        Assert.NotNull(list.QuerySelector($"a[href='/backoffice/pledges/reports/{reportId}']"));
        var (sent, _) = await staff.PostFormAsync($"/backoffice/pledges/reports/{reportId}", [new("Query", "How did you get from 10 to 99 in a year?")]);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var email = await site.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "progress-report-query"));
        Assert.StartsWith("A question about your progress report", email.Subject);
        Assert.Equal(pledge.Contacts.Single(c => c.Role == ContactRole.MainContact).Email, email.ToAddress);
        Assert.Contains("How did you get from 10 to 99 in a year?", email.TextBody);
        Assert.Contains($"http://localhost/pledge/manage/reports/{pledge.Targets[0].Id}", email.TextBody);
        using var organisation = SecureClient(site);
        await SignInAsync(site, organisation, pledge.Id);
        var form = await organisation.GetPageAsync($"/pledge/manage/reports/{pledge.Targets[0].Id}");
        Assert.Contains("How did you get from 10 to 99 in a year?", form.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal("99", form.QuerySelector("#Report_ValueReached")!.GetAttribute("value"));
    }
}
