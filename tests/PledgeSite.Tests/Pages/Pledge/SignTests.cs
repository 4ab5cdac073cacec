using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using static PledgeSite.Tests.Pages.Pledge.PledgeJourney;

namespace PledgeSite.Tests.Pages.Pledge;

[Collection(SharedSite.Name)]
public class SignTests(SiteFactory site)
{
    [Fact]
    public async Task Signing_creates_a_pledge_awaiting_confirmation_and_emails_a_confirmation_link()
    {
        using var client = Client(site);
        var org = Organisation.Unique("Limehouse Lettings", companyNumber: "SC" + Random.Shared.Next(100000, 999999));

        var reference = await SignAsync(client, org);

        Assert.Matches(@"^ARP-2026-\d{4}$", reference);
        var pledge = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Include(p => p.Contacts).Include(p => p.Commitments).ThenInclude(c => c.Commitment)
            .Include(p => p.Targets).Include(p => p.WorkforceFigures).Include(p => p.History).SingleAsync(p => p.Reference == reference));
        Assert.Equal(PledgeStatus.AwaitingConfirmation, pledge.Status);
        Assert.Equal("E14 2BG", pledge.Postcode);
        Assert.Equal(org.CompanyNumber, pledge.CompanyNumber);
        Assert.Equal(["R.2", "R1.A", "R1.D", "R1.E", "R1.F"], pledge.Commitments.Select(c => c.Commitment.Code).Order(StringComparer.Ordinal));
        Assert.Single(pledge.Targets);
        Assert.Equal(54, pledge.WorkforceFigures.Single().MinorityEthnicStaff);
        Assert.Equal(2, pledge.Contacts.Count);
        Assert.Equal("Signed and submitted", pledge.History.Single().Event);
        var email = await EmailAsync(site, org.ContactEmail, "Confirm your email address");
        Assert.Contains("/pledge/confirm-email?token=", email.TextBody, StringComparison.Ordinal);
    }
}

public class SignJourneyTests
{
    [Fact]
    public async Task A_duplicate_organisation_is_caught_by_company_number_and_by_website_without_revealing_contacts()
    {
        // Given an organisation that has already signed
        using var site = new SiteFactory();
        using var first = Client(site);
        var original = Organisation.Unique("Canary Consulting", companyNumber: "12345678", website: "https://www.canary-consulting.example.com/about");
        var reference = await SignAsync(first, original);

        // When someone else starts signing with the same company number
        using var second = Client(site);
        var start = await StartAsync(second);
        var journey = BaseOf(start);
        var (byNumber, page) = await second.PostFormAsync(journey + "/registration", [F("Answers.CompanyNumber", "1234 5678")]);

        // Then they are stopped, told the existing pledge's reference and how to reach it, but not who its contacts are
        Assert.Equal(HttpStatusCode.OK, byNumber.StatusCode);
        Assert.Contains("An organisation with Companies House number 12345678 has already signed the pledge", HtmlClient.ErrorSummary(page));
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains(reference, main, StringComparison.Ordinal);
        Assert.Contains("/pledge/manage/sign-in", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(original.ContactEmail, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", main, StringComparison.Ordinal);

        // And the same happens for the same website domain, whatever the www. or path
        var (byWebsite, websitePage) = await second.PostFormAsync(journey + "/website", [F("Answers.Website", "canary-consulting.example.com")]);
        Assert.Equal(HttpStatusCode.OK, byWebsite.StatusCode);
        Assert.Contains("An organisation with the website canary-consulting.example.com has already signed the pledge", HtmlClient.ErrorSummary(websitePage));
    }

    [Fact]
    public async Task Each_question_shows_an_error_summary_for_empty_and_bad_answers()
    {
        using var site = new SiteFactory();
        using var client = Client(site);
        var journey = BaseOf(await StartAsync(client));
        (string Step, KeyValuePair<string, string?>[] Values, string Error)[] cases =
        [
            ("organisation-name", [F("Answers.OrganisationName", "")], "Enter your organisation's name"),
            ("organisation-type", [], "Select the type of organisation"),
            ("sector", [], "Select the sector your organisation works in"),
            ("size", [], "Select how many people work or volunteer for your organisation"),
            ("registration", [F("Answers.CompanyNumber", "1234"), F("Answers.CharityNumber", "12AB")], "Enter a Companies House number in the correct format, like 01234567 or SC123456"),
            ("registration", [F("Answers.CharityNumber", "12AB")], "Enter a charity number in the correct format, 6 to 8 digits like 1234567"),
            ("address", [F("Answers.Postcode", "")], "Enter address line 1, typically the building and street"),
            ("address", [F("Answers.AddressLine1", "1 High St"), F("Answers.Town", "London"), F("Answers.Postcode", "E99 ZZZ9")], "Enter a full UK postcode, like E14 2BG"),
            ("website", [F("Answers.Website", "not a website")], "Enter a website address in the correct format, like www.example.org.uk"),
            ("contact", [F("Answers.Contact.Email", "amina.example.org")], "Enter an email address in the correct format, like name@example.com"),
            ("sponsor", [], "Enter the senior sponsor's full name"),
            ("targets", [], "Add at least one target"),
            ("add-target", [], "Enter what you will measure"),
            ("add-target", Target("Staff", "%", "twenty", "35"), "The baseline value must be a number, like 12 or 12.5"),
            ("workforce", [F("Answers.Workforce.TotalStaff", "10"), F("Answers.Workforce.MinorityEthnicStaff", "12")], "Enter the date the figures are for"),
            ("consent", [], "Select yes if we can publish your pledge"),
            ("declaration", [], "Confirm the declaration to sign the pledge"),
        ];
        foreach (var (step, values, error) in cases)
        {
            var (response, page) = await client.PostFormAsync($"{journey}/{step}", values);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(error, HtmlClient.ErrorSummary(page));
            Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
            var link = page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href")!;
            Assert.NotNull(page.QuerySelector(link));
        }
    }

    [Fact]
    public async Task References_carry_on_from_the_highest_given_and_simultaneous_sign_ups_never_share_a_reference_or_slug()
    {
        // Given a pledge already numbered 41 this year
        using var site = new SiteFactory();
        await site.WithDbAsync(async db =>
        {
            db.Add(new Core.Entities.Pledge
            {
                Reference = "ARP-2026-0041", Slug = "poplar-printers", OrganisationName = "Poplar Printers",
                OrganisationType = OrganisationType.Business, Status = PledgeStatus.Approved, CreatedUtc = site.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

        // When three organisations, two with that same name, submit at the same moment
        using var a = Client(site);
        using var b = Client(site);
        using var c = Client(site);
        var references = await Task.WhenAll(
            SignAsync(a, new Organisation("Poplar Printers", "first@poplar-printers.example.org")),
            SignAsync(b, new Organisation("Poplar Printers", "second@poplar-printers.example.org")),
            SignAsync(c, Organisation.Unique("Bow Bakery")));

        // Then they are numbered on from 41, one number each, and each has its own address
        Assert.Equal(["ARP-2026-0042", "ARP-2026-0043", "ARP-2026-0044"], references.Order(StringComparer.Ordinal));
        var slugs = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>()
            .Where(p => p.OrganisationName == "Poplar Printers").Select(p => p.Slug).ToListAsync());
        Assert.Equal(["poplar-printers", "poplar-printers-2", "poplar-printers-3"], slugs.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_journey_interrupted_by_a_restart_resumes_from_the_emailed_link_without_loss()
    {
        // Given a database that outlives the site
        var database = Path.Combine(Path.GetTempPath(), "pledgesite-tests", $"restart-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        string journey;
        string resumeLink;
        using (var before = new SiteFactory().With("ConnectionStrings:Sqlite", $"Data Source={database}"))
        {
            // When someone answers the first pages, half-types the address and saves for later
            using var client = Client(before);
            var first = await StartAsync(client);
            journey = BaseOf(first);
            var next = await AnswerAsync(client, first, F("Answers.OrganisationName", "Whitechapel Community Kitchen"));
            next = await AnswerAsync(client, next, F("Answers.OrganisationType", "CharityOrVoluntaryGroup"));
            next = await AnswerAsync(client, next, F("Answers.Sector", "Charity and community"));
            next = await AnswerAsync(client, next, F("Answers.SizeBand", "10 to 49 people"));
            next = await AnswerAsync(client, next, F("Answers.CharityNumber", "1098765"));
            var saved = await AnswerAsync(client, next, F("Answers.AddressLine1", "20 Old Montague Street"), F("action", "save"));
            Assert.Equal(journey + "/save", saved);
            await AnswerAsync(client, saved, F("Email", "kitchen@example.org"));
            resumeLink = LinkIn(await EmailAsync(before, "kitchen@example.org", "Carry on signing"), "/resume");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        // Then a new site over the same database (a restart) carries on where they left off
        using var after = new SiteFactory().With("ConnectionStrings:Sqlite", $"Data Source={database}");
        using var again = Client(after);
        var (resumed, _) = await again.GetAsync(resumeLink);
        Assert.Equal(journey + "/address", resumed.Headers.Location!.ToString());
        var address = await again.GetPageAsync(journey + "/address");
        Assert.Equal("20 Old Montague Street", address.QuerySelector("#Answers_AddressLine1")!.GetAttribute("value"));
        var registration = await again.GetPageAsync(journey + "/registration");
        Assert.Equal("1098765", registration.QuerySelector("#Answers_CharityNumber")!.GetAttribute("value"));
        var name = await again.GetPageAsync(journey + "/organisation-name");
        Assert.Equal("Whitechapel Community Kitchen", name.QuerySelector("#Answers_OrganisationName")!.GetAttribute("value"));
    }
}
