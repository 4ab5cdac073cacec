using System.Net;
using System.Net.Http.Headers;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Signatories;

using Pledge = PledgeSite.Core.Entities.Pledge;

[Collection(SharedSite.Name)]
public class IndexTests(SiteFactory site)
{
    [Fact]
    public async Task Directory_lists_published_pledges_only_and_shows_overdue_and_lapsed_ones_as_such()
    {
        var now = site.Clock.GetUtcNow().UtcDateTime;
        await SignatoryData.AddPledgeAsync(site, "Quokka Active Ltd");
        await SignatoryData.AddPledgeAsync(site, "Quokka Overdue Ltd", p => p.NextReportDueUtc = now.AddDays(-40));
        await SignatoryData.AddPledgeAsync(site, "Quokka Lapsed Ltd", p => p.NextReportDueUtc = now.AddDays(-100));
        await SignatoryData.AddPledgeAsync(site, "Quokka Draft Ltd", p => { p.Status = PledgeStatus.Draft; p.ApprovedUtc = null; });
        await SignatoryData.AddPledgeAsync(site, "Quokka Review Ltd", p => { p.Status = PledgeStatus.AwaitingReview; p.ApprovedUtc = null; });
        await SignatoryData.AddPledgeAsync(site, "Quokka Withdrawn Ltd", p => { p.Status = PledgeStatus.Withdrawn; p.WithdrawnUtc = now; });
        using var client = HtmlClient.For(site);

        var page = await client.GetPageAsync("/signatories?q=quokka");

        var items = page.QuerySelectorAll(".th-signatory-list__item").Select(li => li.TextContent).ToList();
        Assert.Equal(3, items.Count);
        Assert.Contains(items, i => i.Contains("Quokka Active Ltd") && !i.Contains("overdue") && !i.Contains("Lapsed"));
        Assert.Contains(items, i => i.Contains("Quokka Overdue Ltd") && i.Contains("Report overdue"));
        Assert.Contains(items, i => i.Contains("Quokka Lapsed Ltd") && i.Contains("Lapsed"));
        Assert.Contains("3 organisations", page.QuerySelector("#result-count")!.TextContent);
    }

    [Fact]
    public async Task Filters_are_a_plain_GET_form_whose_choices_narrow_the_list()
    {
        await SignatoryData.AddPledgeAsync(site, "Wombat School", p => { p.OrganisationType = OrganisationType.SchoolOrCollege; p.Sector = "Education"; });
        await SignatoryData.AddPledgeAsync(site, "Wombat Homes", p => { p.OrganisationType = OrganisationType.Housing; p.Sector = "Housing"; });
        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync("/signatories");
        var form = page.QuerySelector("form.th-filters")!;
        Assert.Equal("get", form.GetAttribute("method"));

        var filtered = await client.GetPageAsync("/signatories?q=wombat&type=school-or-college&sector=Education");

        var names = filtered.QuerySelectorAll(".th-signatory-list__item h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Wombat School"], names);
        Assert.Equal("school-or-college", filtered.QuerySelector("#type option[selected]")!.GetAttribute("value"));
        Assert.NotNull(filtered.QuerySelector("a[href='/signatories']"));
    }

    [Fact]
    public async Task Long_lists_are_paginated_and_pagination_keeps_the_filters()
    {
        for (var i = 0; i < 23; i++) await SignatoryData.AddPledgeAsync(site, $"Numbat {i:D2} Ltd");
        using var client = HtmlClient.For(site);

        var first = await client.GetPageAsync("/signatories?q=numbat");
        var second = await client.GetPageAsync("/signatories?q=numbat&page=2");

        Assert.Equal(20, first.QuerySelectorAll(".th-signatory-list__item").Length);
        Assert.Equal(3, second.QuerySelectorAll(".th-signatory-list__item").Length);
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        Assert.Contains("q=numbat", next);
        Assert.Contains("page=2", next);
    }

    [Fact]
    public async Task Anonymous_directory_pages_send_cache_headers_and_an_etag_and_answer_304_when_unchanged()
    {
        await SignatoryData.AddPledgeAsync(site, "Echidna Ltd");
        using var client = HtmlClient.For(site);

        using var response = await client.Http.GetAsync("/signatories?q=echidna", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.NotNull(response.Headers.CacheControl?.MaxAge);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/signatories?q=echidna");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var revisit = await client.Http.SendAsync(again, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, revisit.StatusCode);

        using var other = await client.Http.GetAsync("/signatories?q=echidna&type=housing", TestContext.Current.CancellationToken);
        Assert.NotEqual(etag, other.Headers.ETag);
    }
}
