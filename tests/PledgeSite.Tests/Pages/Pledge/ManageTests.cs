using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using static PledgeSite.Tests.Pages.Pledge.PledgeJourney;

namespace PledgeSite.Tests.Pages.Pledge;

public class ManageTests
{
    [Fact]
    public async Task A_sign_in_link_works_once_and_not_after_30_minutes()
    {
        // Given a signed pledge whose contact asks for two sign-in links
        using var site = new SiteFactory();
        using var client = Client(site);
        var org = Organisation.Unique("Stepney Dental");
        await SignAsync(client, org);
        await client.PostFormAsync("/pledge/manage/sign-in", [F("Email", org.ContactEmail.ToUpperInvariant())]);
        var firstLink = LinkIn(await EmailAsync(site, org.ContactEmail, "Sign in to your pledge"), "/pledge/manage/sign-in/link");

        // When the first link is used, it signs in
        var linkPage = await client.GetPageAsync(firstLink);
        var (used, _) = await client.SubmitAsync(linkPage, baseUrl: firstLink);
        Assert.Equal("/pledge/manage", used.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/pledge/manage")).Response.StatusCode);

        // Then using it again is refused, whether followed again or its form posted again
        using var other = Client(site);
        var reused = await other.GetPageAsync(firstLink);
        Assert.Equal("This sign-in link has expired or has been used", reused.QuerySelector("h1")!.TextContent);
        var (reposted, repostedPage) = await client.SubmitAsync(linkPage, baseUrl: firstLink);
        Assert.Equal(HttpStatusCode.OK, reposted.StatusCode);
        Assert.Equal("This sign-in link has expired or has been used", repostedPage.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/pledge/manage")).Response.StatusCode);

        // And a new link left for 31 minutes is refused too
        await other.PostFormAsync("/pledge/manage/sign-in", [F("Email", org.ContactEmail)]);
        var secondLink = LinkIn(await EmailAsync(site, org.ContactEmail, "Sign in to your pledge"), "/pledge/manage/sign-in/link");
        Assert.NotEqual(firstLink, secondLink);
        var page = await other.GetPageAsync(secondLink);
        site.Clock.Advance(TimeSpan.FromMinutes(31));
        var (expired, expiredPage) = await other.SubmitAsync(page, baseUrl: secondLink);
        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Equal("This sign-in link has expired or has been used", expiredPage.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/pledge/manage")).Response.StatusCode);
        var tokens = await site.WithDbAsync(db => db.Set<SignatoryToken>().Where(t => t.Purpose == SignatoryTokenPurpose.SignIn).ToListAsync());
        Assert.All(tokens, t => Assert.DoesNotContain(t.TokenHash, firstLink + secondLink, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_addresses_get_the_same_answer_and_no_email()
    {
        using var site = new SiteFactory();
        using var client = Client(site);

        var (response, _) = await client.PostFormAsync("/pledge/manage/sign-in", [F("Email", "nobody@example.org")]);

        Assert.Equal("/pledge/manage/sign-in?sent=true", response.Headers.Location!.ToString());
        Assert.Equal(0, await site.SendQueuedEmailAsync());
    }

    [Fact]
    public async Task A_colleague_is_added_with_their_own_link_and_the_pledge_can_be_withdrawn()
    {
        // Given a signed-in contact
        using var site = new SiteFactory();
        using var client = Client(site);
        var org = Organisation.Unique("Mile End Motors");
        var reference = await SignAsync(client, org);
        await SignInToManageAsync(site, client, org.ContactEmail);

        // When they add a colleague, the colleague gets their own sign-in link
        var (added, _) = await client.PostFormAsync("/pledge/manage/colleagues", [F("Name", "Priya Shah"), F("Email", "priya@example.org")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        using var colleague = Client(site);
        var invite = await EmailAsync(site, "priya@example.org", "You can now manage");
        Assert.Equal("/pledge/manage", (await FollowAsync(colleague, LinkIn(invite, "/pledge/manage/sign-in/link"))).Headers.Location!.ToString());
        Assert.Contains(org.Name, (await colleague.GetPageAsync("/pledge/manage")).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // When the contact withdraws the pledge, after confirming
        var (unconfirmed, unconfirmedPage) = await client.PostFormAsync("/pledge/manage/withdraw", [F("Reason", "Merged with another organisation")]);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Select yes if you want to withdraw the pledge", HtmlClient.ErrorSummary(unconfirmedPage));
        var (withdrawn, _) = await client.PostFormAsync("/pledge/manage/withdraw", [F("Reason", "Merged with another organisation"), F("Confirm", "yes")]);

        // Then it is withdrawn, with the reason in its history, and nobody can use the area any more
        Assert.Equal("/pledge/manage/withdrawn", withdrawn.Headers.Location!.ToString());
        var pledge = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Include(p => p.History).SingleAsync(p => p.Reference == reference));
        Assert.Equal(PledgeStatus.Withdrawn, pledge.Status);
        Assert.Contains(pledge.History, h => h.Event == "Withdrawn" && h.Comment == "Merged with another organisation");
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.GetAsync("/pledge/manage")).Response.StatusCode);
    }
}
