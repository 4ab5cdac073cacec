using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.BrowserTests.Pages.Signatories;

using Pledge = PledgeSite.Core.Entities.Pledge;

public class SignatoriesTests(BrowserFixture browser)
{
    private async Task<PledgeSite.Core.Entities.Pledge> PledgeAsync(string name, OrganisationType type = OrganisationType.Business) =>
        await SignatoryData.AddPledgeAsync(browser.Site, name, p =>
        {
            p.OrganisationType = type;
            // The browser site runs on the real clock: due in a month.
            p.ApprovedUtc = DateTime.UtcNow.AddDays(-335);
            p.NextReportDueUtc = DateTime.UtcNow.AddDays(30);
            p.Targets.Add(SignatoryData.Target("Senior leaders from minority ethnic backgrounds", baseline: 12, target: 30));
        });

    [Fact]
    public async Task Signatory_page_with_chart_and_table_has_no_accessibility_violations()
    {
        var pledge = await PledgeAsync("Axe Chart Trust", OrganisationType.CharityOrVoluntaryGroup);
        await browser.Site.WithDbAsync(async db =>
        {
            db.Add(new ProgressReport
            {
                PledgeId = pledge.Id, TargetId = pledge.Targets[0].Id, PeriodDueUtc = DateTime.UtcNow.AddDays(-300),
                ValueReached = 19, ValueDate = new DateOnly(2026, 6, 1), Narrative = "Mentoring scheme started.",
                EvidenceUrl = "https://example.org/evidence", SubmittedUtc = DateTime.UtcNow.AddDays(-300),
            });
            await db.SaveChangesAsync();
        });
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"/signatories/{pledge.Slug}");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Axe Chart Trust");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Senior leaders from minority ethnic backgrounds: progress towards the target" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".th-target table td.govuk-table__cell--numeric")).ToHaveTextAsync(["12", "19", "30"]);
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Directory_filters_work_with_JavaScript_and_have_no_accessibility_violations()
    {
        await PledgeAsync("Axe Filter School", OrganisationType.SchoolOrCollege);
        await PledgeAsync("Axe Filter Homes", OrganisationType.Housing);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/signatories");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Organisation name").FillAsync("Axe Filter");
        await page.GetByLabel("Type of organisation").SelectOptionAsync(new SelectOptionValue { Label = "Housing organisation" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page.Locator(".th-signatory-list__item h2")).ToHaveTextAsync(["Axe Filter Homes"]);
        Assert.Contains("type=housing", page.Url);
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Directory_filters_work_without_JavaScript()
    {
        await PledgeAsync("NoScript Filter College", OrganisationType.SchoolOrCollege);
        await PledgeAsync("NoScript Filter Mosque", OrganisationType.FaithGroup);
        var page = await browser.NewPageAsync(javaScript: false);

        await page.GotoAsync("/signatories");
        await page.GetByLabel("Organisation name").FillAsync("NoScript Filter");
        await page.GetByLabel("Type of organisation").SelectOptionAsync(new SelectOptionValue { Label = "Faith group" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page.Locator(".th-signatory-list__item h2")).ToHaveTextAsync(["NoScript Filter Mosque"]);
        await page.GetByRole(AriaRole.Link, new() { Name = "NoScript Filter Mosque" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("NoScript Filter Mosque");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Progress_report_form_shows_errors_then_files_the_report_without_accessibility_violations()
    {
        var pledge = await PledgeAsync("Axe Reporting Ltd");
        string token = "";
        await browser.Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PledgeDbContext>();
            var contact = await db.Set<PledgeContact>().SingleAsync(c => c.PledgeId == pledge.Id && c.Role == ContactRole.MainContact);
            token = s.GetRequiredService<SignatoryTokens>().Issue(contact, SignatoryTokenPurpose.SignIn);
            await db.SaveChangesAsync();
        });
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/pledge/manage/sign-in/link?token={token}");
        await page.Locator("main form button[type=submit]").ClickAsync();

        await page.GotoAsync("/pledge/manage/reports");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Senior leaders from minority ethnic backgrounds" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the value you reached");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByLabel("What value have you reached?").FillAsync("21");
        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("11");
        await page.GetByLabel("Year").FillAsync("2026");
        await page.GetByLabel("What did you do, and what changed?").FillAsync("We started a mentoring scheme.");
        await page.GetByLabel("Link to your evidence").FillAsync("https://example.org/our-report");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save report" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("your progress report is complete");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
