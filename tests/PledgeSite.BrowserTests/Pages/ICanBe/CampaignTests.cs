using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;

namespace PledgeSite.BrowserTests.Pages.ICanBe;

public class CampaignTests(BrowserFixture browser)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    private async Task AddCampaignDataAsync()
    {
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        await browser.Site.WithDbAsync(async db =>
        {
            if (db.Set<RoleModel>().Any(r => r.Slug == "halima-browser")) return;
            db.Add(new RoleModel
            {
                Slug = "halima-browser", Name = "Halima Browser", Role = "Chair of a tenants' association", Organisation = "Poplar Tenants",
                Community = "Bangladeshi", ThemeSlugs = "community-leadership", Story = "I stood up at a meeting.\nNow I chair it.",
                Quote = "Your voice counts.", IsFeatured = true, ConsentGivenBy = "Halima Browser", ConsentGivenUtc = now.AddDays(-5),
                ConsentScope = "Name, photo and story on the website", PublishedUtc = now, CreatedUtc = now, UpdatedUtc = now,
                Photo = new RoleModelPhoto { Content = Png, ContentType = "image/png", AltText = "Halima Browser at a tenants' meeting", UploadedUtc = now },
            });
            db.Add(new Opportunity
            {
                Slug = "browser-governor", Title = "School governor at a Stepney school", Type = OpportunityType.SchoolGovernor,
                Organisation = "Stepney School", Description = "Join the governing body.", Location = "Stepney", ClosingDate = today.AddDays(10),
                HowToApply = "Email the clerk.", ThemeSlugs = "education-and-employment", Status = OpportunityStatus.Published, CreatedUtc = now,
            });
            db.Add(new Opportunity
            {
                Slug = "browser-trustee", Title = "Trustee of a youth charity", Type = OpportunityType.Trustee, Organisation = "Youth Charity",
                Description = "Help steer the charity.", IsOnline = true, ClosingDate = today.AddDays(40), HowToApply = "Apply online.",
                ThemeSlugs = "community-leadership", Status = OpportunityStatus.Published, CreatedUtc = now,
            });
            await db.SaveChangesAsync();
        });
        await browser.Site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync("campaign", default);
    }

    [Fact]
    public async Task Campaign_pages_role_models_and_opportunities_have_no_accessibility_violations()
    {
        await AddCampaignDataAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/i-can-be");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("I can be");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/i-can-be/role-models");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Halima Browser" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Halima Browser");
        await Assertions.Expect(page.GetByAltText("Halima Browser at a tenants' meeting")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/i-can-be/opportunities");
        await page.GetByLabel("Type").SelectOptionAsync("Trustee");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator(".app-opportunity h3")).ToHaveTextAsync(["Trustee of a youth charity"]);
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Suggestion_form_shows_its_errors_accessibly()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/i-can-be/role-models/suggest");
        await page.GetByLabel("Their full name").FillAsync("Ife Adeyemi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send suggestion" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Tell us why they are a role model");
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Opportunity_page_and_the_propose_and_suggest_forms_with_their_thank_you_pages_have_no_accessibility_violations()
    {
        await AddCampaignDataAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/i-can-be/opportunities/browser-trustee");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Trustee of a youth charity");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Apply online.");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/i-can-be/opportunities/propose");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Propose an opportunity");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send for approval" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address");
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/i-can-be/opportunities/propose/thank-you");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Opportunity sent for approval");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/i-can-be/role-models/suggest");
        await Assertions.Expect(page.GetByLabel("Why are they a role model?")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/i-can-be/role-models/suggest/thank-you");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Suggestion sent");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
