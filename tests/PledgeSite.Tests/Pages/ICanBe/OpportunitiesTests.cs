using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.ICanBe;

public class OpportunitiesTests
{
    [Fact]
    public async Task A_closed_opportunity_leaves_the_list_the_day_after_its_closing_date_and_its_page_says_closed()
    {
        using var site = new SiteFactory();
        using var client = HtmlClient.For(site);
        await CampaignData.AddOpportunityAsync(site, "Governor at Bow School", new DateOnly(2026, 11, 24));

        var today = await client.GetPageAsync("/i-can-be/opportunities");
        Assert.Contains("Governor at Bow School", today.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        site.Clock.Advance(TimeSpan.FromDays(1));
        var tomorrow = await client.GetPageAsync("/i-can-be/opportunities");
        Assert.DoesNotContain("Governor at Bow School", tomorrow.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (response, page) = await client.GetAsync("/i-can-be/opportunities/governor-at-bow-school");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This opportunity has closed", page.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href*='apply']"));
    }

    [Fact]
    public async Task Opportunities_are_sorted_by_closing_date_and_filtered_by_type_theme_and_closing_soon()
    {
        using var site = new SiteFactory();
        using var client = HtmlClient.For(site);
        await CampaignData.AddOpportunityAsync(site, "Trustee of a youth charity", new DateOnly(2027, 3, 1), OpportunityType.Trustee, "community-leadership");
        await CampaignData.AddOpportunityAsync(site, "School governor in Poplar", new DateOnly(2026, 12, 1));
        await CampaignData.AddOpportunityAsync(site, "Health board member", new DateOnly(2026, 11, 30), OpportunityType.BoardMember, "health");
        await CampaignData.AddOpportunityAsync(site, "Proposed mentoring scheme", new DateOnly(2026, 12, 2), OpportunityType.Mentoring, status: OpportunityStatus.Proposed);

        async Task<List<string>> TitlesAsync(string url) =>
            (await client.GetPageAsync(url)).QuerySelectorAll(".app-opportunity h3").Select(h => h.TextContent.Trim()).ToList();

        Assert.Equal(["Health board member", "School governor in Poplar", "Trustee of a youth charity"], await TitlesAsync("/i-can-be/opportunities"));
        Assert.Equal(["Trustee of a youth charity"], await TitlesAsync("/i-can-be/opportunities?Type=Trustee"));
        Assert.Equal(["Health board member"], await TitlesAsync("/i-can-be/opportunities?Theme=health"));
        Assert.Equal(["Health board member", "School governor in Poplar"], await TitlesAsync("/i-can-be/opportunities?ClosingSoon=true"));
        var (proposed, _) = await client.GetAsync("/i-can-be/opportunities/proposed-mentoring-scheme");
        Assert.Equal(HttpStatusCode.NotFound, proposed.StatusCode);
    }

    [Fact]
    public async Task An_organisation_with_an_approved_pledge_proposes_an_opportunity_that_waits_for_an_editor()
    {
        using var site = new SiteFactory();
        var now = site.Clock.GetUtcNow().UtcDateTime;
        await site.WithDbAsync(async db =>
        {
            db.Add(new Core.Entities.Pledge { Reference = "ARP-2026-0001", Slug = "bow-housing", OrganisationName = "Bow Housing", Status = PledgeStatus.Approved, CreatedUtc = now, ApprovedUtc = now, NextReportDueUtc = now.AddYears(1) });
            db.Add(new Core.Entities.Pledge { Reference = "ARP-2026-0002", Slug = "draft-org", OrganisationName = "Draft Org", Status = PledgeStatus.AwaitingReview, CreatedUtc = now });
            await db.SaveChangesAsync();
        });
        using var client = HtmlClient.For(site);
        var fields = new List<KeyValuePair<string, string?>>
        {
            new("PledgeReference", "ARP-2026-0002"), new("ProposerName", "Sam Ali"), new("ProposerEmail", "sam@bowhousing.example"),
            new("Form.Title", "Resident board member"), new("Form.Type", "BoardMember"), new("Form.Organisation", "Bow Housing"),
            new("Form.Description", "Join our board."), new("Form.Location", "Bow"), new("Form.Paid", "unpaid"),
            new("Form.ClosingDate.Day", "31"), new("Form.ClosingDate.Month", "1"), new("Form.ClosingDate.Year", "2027"),
            new("Form.HowToApply", "Email us"), new("Form.ApplyUrl", "javascript:alert(1)"),
        };

        var (refused, page) = await client.PostFormAsync("/i-can-be/opportunities/propose", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = HtmlClient.ErrorSummary(page).ToList();
        Assert.Contains(errors, e => e.StartsWith("Enter the reference of an approved pledge", StringComparison.Ordinal));
        Assert.Contains("Enter a web address starting with https://", errors);

        fields[0] = new("PledgeReference", "arp-2026-0001");
        fields[^1] = new("Form.ApplyUrl", "https://bowhousing.example/board");
        var (accepted, _) = await client.PostFormAsync("/i-can-be/opportunities/propose", fields);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var stored = await site.WithDbAsync(db => db.Set<Opportunity>().SingleAsync());
        Assert.Equal((OpportunityStatus.Proposed, "ARP-2026-0001"), (stored.Status, stored.PledgeReference));
        Assert.DoesNotContain("Resident board member", (await client.GetPageAsync("/i-can-be/opportunities")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var editor = await CampaignData.SignedInEditorAsync(site, "campaign.editor@towerhamlets.gov.uk");
        var queue = await editor.GetPageAsync("/backoffice/campaign");
        Assert.Contains("Resident board member", queue.QuerySelector("#proposed + p, #proposed ~ ul")!.TextContent, StringComparison.Ordinal);
        var (approved, _) = await editor.PostFormAsync($"/backoffice/campaign/opportunities/{stored.Id}");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var list = await client.GetPageAsync("/i-can-be/opportunities");
        Assert.Contains("Resident board member", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
