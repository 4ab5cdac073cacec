using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Data;
using PledgeSite.Core.Pledges;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.BrowserTests.Pages.Pledge;

public class ManageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_signatory_area_after_signing_in_by_emailed_link_has_no_axe_violations()
    {
        // Given an organisation whose pledge is approved
        var id = Guid.NewGuid().ToString("N")[..8];
        var name = $"Wapping Wharf Housing {id}";
        var email = $"housing-{id}@example.org";
        await browser.Site.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var required = await db.Set<Commitment>().Where(c => c.IsRequired).ToListAsync();
            var pledge = new Core.Entities.Pledge
            {
                Reference = $"ARP-2020-{Random.Shared.Next(1000, 9999)}", Slug = $"wapping-wharf-housing-{id}", OrganisationName = name,
                OrganisationType = OrganisationType.Housing, Sector = "Housing", SizeBand = "50 to 249 people",
                AddressLine1 = "1 Wapping High Street", Town = "London", Postcode = "E1W 1NG", ConsentToPublish = true,
                Status = PledgeStatus.Approved, CreatedUtc = now, SubmittedUtc = now, ApprovedUtc = now, NextReportDueUtc = now.AddYears(1),
            };
            pledge.Contacts.Add(new PledgeContact { Role = ContactRole.MainContact, Name = "Nadia Ali", JobTitle = "Head of HR", Email = email, CreatedUtc = now });
            pledge.Contacts.Add(new PledgeContact { Role = ContactRole.SeniorSponsor, Name = "Chris Moore", JobTitle = "Chief Executive", Email = "ceo-" + email, CreatedUtc = now });
            foreach (var c in required) pledge.Commitments.Add(new PledgeCommitment { CommitmentId = c.Id, AddedUtc = now, ApprovedUtc = now });
            pledge.Targets.Add(new Target
            {
                Measure = "Tenancy officers from Black, Asian and minority ethnic backgrounds", Unit = "%", BaselineValue = 22, BaselineDate = new DateOnly(2026, 3, 31),
                TargetValue = 40, TargetDate = new DateOnly(2029, 3, 31), IsPublic = true, CreatedUtc = now, UpdatedUtc = now, ApprovedUtc = now,
            });
            db.Add(pledge);
            await db.SaveChangesAsync();
        });
        var org = (Name: name, ContactEmail: email);

        // When its contact asks for a sign-in link and follows it
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/pledge/manage");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/pledge/manage/sign-in"));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Email address").FillAsync(org.ContactEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a sign-in link" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your email");
        var link = await SignInLinkAsync(org.ContactEmail);
        await page.GotoAsync(link);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Then the signatory area shows the pledge, and its pages pass axe
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(org.Name);
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a target" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save target" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what you will measure");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/pledge/manage/colleagues");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/pledge/manage/withdraw");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Changing_details_commitments_and_targets_signing_out_then_withdrawing_has_no_axe_violations()
    {
        // Given an approved pledge with two targets, and its contact signed in
        var pledge = await SignatoryData.AddPledgeAsync(browser.Site, "Limehouse Lettings", p =>
        {
            p.AddressLine1 = "5 Narrow Street";
            p.Town = "London";
            p.Postcode = "E14 8DP";
            p.SizeBand = "10 to 49 people";
            p.Sector = "Housing";
            p.Website = null;
            p.Targets.Add(SignatoryData.Target("Lettings staff from minority ethnic backgrounds"));
            p.Targets.Add(SignatoryData.Target("Board members from minority ethnic backgrounds"));
        });
        var page = await SignInAsync(browser, pledge.Id, ContactRole.MainContact);

        // Details: an error summary, then saved
        await page.GotoAsync("/pledge/manage/details");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change your organisation's details");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Postcode").FillAsync("not a postcode");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a full UK postcode, like E14 2BG");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Postcode").FillAsync("E14 8DP");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your organisation's details are saved");

        // Commitments
        await page.GetByRole(AriaRole.Link, new() { Name = "Change commitments" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Change your commitments");
        await page.AssertNoAxeViolationsAsync();

        // Removing a target asks first
        await page.GotoAsync("/pledge/manage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove Board members from minority ethnic backgrounds" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select yes if you want to remove this target");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-card__title")).ToHaveTextAsync(["Lettings staff from minority ethnic backgrounds"]);

        // Signing out, and back in
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have signed out");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
        page = await SignInAsync(browser, pledge.Id, ContactRole.MainContact);

        // Withdrawing ends on its own page
        await page.GotoAsync("/pledge/manage/withdraw");
        await page.GetByLabel("Yes, withdraw it").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your pledge has been withdrawn");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>A page signed in to the signatory area as the pledge's contact, through an emailed-style link.</summary>
    internal static async Task<IPage> SignInAsync(BrowserFixture browser, int pledgeId, ContactRole role, bool javaScript = true)
    {
        string token = "";
        await browser.Site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PledgeDbContext>();
            var contact = await db.Set<PledgeContact>().SingleAsync(c => c.PledgeId == pledgeId && c.Role == role);
            token = s.GetRequiredService<SignatoryTokens>().Issue(contact, SignatoryTokenPurpose.SignIn);
            await db.SaveChangesAsync();
        });
        var page = await browser.NewPageAsync(javaScript);
        await page.GotoAsync($"/pledge/manage/sign-in/link?token={token}");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/pledge/manage$"));
        return page;
    }

    private async Task<string> SignInLinkAsync(string email)
    {
        // The site's own outbox loop writes the email to the pickup folder.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var message = browser.Site.PickedUpEmails().LastOrDefault(m => m.To.Mailboxes.Any(b => b.Address == email) && (m.Subject ?? "").StartsWith("Sign in to your pledge", StringComparison.Ordinal));
            if (message is not null) return new Uri(Regex.Match(message.TextBody ?? "", @"https?://\S+/pledge/manage/sign-in/link\S+").Value).PathAndQuery;
            await Task.Delay(200);
        }
        throw new TimeoutException($"No sign-in email to {email}");
    }

    [Fact]
    public async Task Signatory_changes_details_removes_a_target_and_signs_out_without_JavaScript()
    {
        var pledge = await SignatoryData.AddPledgeAsync(browser.Site, "Millwall Motors", p =>
        {
            (p.AddressLine1, p.Town, p.Postcode, p.SizeBand, p.Sector, p.Website) = ("9 Westferry Road", "London", "E14 8JH", "10 to 49 people", "Hospitality and retail", null);
            p.Targets.Add(SignatoryData.Target("Mechanics from minority ethnic backgrounds"));
            p.Targets.Add(SignatoryData.Target("Apprentices from minority ethnic backgrounds"));
        });
        var page = await SignInAsync(browser, pledge.Id, ContactRole.MainContact, javaScript: false);

        await page.GotoAsync("/pledge/manage/details");
        await page.GetByLabel("Address line 1").FillAsync("11 Westferry Road");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your organisation's details are saved");
        await Assertions.Expect(page.Locator(".govuk-summary-list__row", new() { HasText = "Address" })).ToContainTextAsync("11 Westferry Road");

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove Apprentices from minority ethnic backgrounds" }).ClickAsync();
        await page.GetByLabel("Yes").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-summary-card__title")).ToHaveTextAsync(["Mechanics from minority ethnic backgrounds"]);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have signed out");
        await page.GotoAsync("/pledge/manage");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/pledge/manage/sign-in"));
        await page.Context.CloseAsync();
    }
}
