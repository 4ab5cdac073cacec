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
        using var client = HtmlClient.For(site);
        var org = Organisation.Unique("Limehouse Lettings", companyNumber: "SC" + Random.Shared.Next(100000, 999999));

        var reference = await SignAsync(client, org);

        Assert.Matches(@"^ARP-2026-\d{4}$", reference);
        var pledge = await site.WithDbAsync(db => db.Set<Core.Entities.Pledge>().Include(p => p.Contacts).Include(p => p.Commitments).ThenInclude(c => c.Commitment)
            .Include(p => p.Targets).Include(p => p.WorkforceFigures).Include(p => p.History).SingleAsync(p => p.Reference == reference));
        Assert.Equal(PledgeStatus.AwaitingConfirmation, pledge.Status);
        Assert.Equal("E14 2BG", pledge.Postcode);
        Assert.Equal(org.CompanyNumber, pledge.CompanyNumber);
        Assert.Equal(["R.2", "R1.D", "R1.E", "R1.F"], pledge.Commitments.Select(c => c.Commitment.Code).Order(StringComparer.Ordinal));
        Assert.Single(pledge.Targets);
        Assert.Equal(54, pledge.WorkforceFigures.Single().MinorityEthnicStaff);
        Assert.Equal(2, pledge.Contacts.Count);
        Assert.Equal("Signed and submitted", pledge.History.Single().Event);
        var email = await EmailAsync(site, org.ContactEmail, "Confirm your email address");
        Assert.Contains("/pledge/confirm-email?token=", email.TextBody, StringComparison.Ordinal);
    }
}
