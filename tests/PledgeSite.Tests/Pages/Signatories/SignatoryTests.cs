using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Signatories;

using Pledge = PledgeSite.Core.Entities.Pledge;

[Collection(SharedSite.Name)]
public class SignatoryTests(SiteFactory site)
{
    private async Task<Pledge> PledgeWithTargetsAsync(string name)
    {
        var pledge = await SignatoryData.AddPledgeAsync(site, name, p =>
        {
            p.Targets.Add(SignatoryData.Target("Senior leaders from minority ethnic backgrounds", isPublic: true, baseline: 12, target: 30));
            p.Targets.Add(SignatoryData.Target("Secret internal measure", isPublic: false));
        });
        await site.WithDbAsync(async db =>
        {
            db.Add(new ProgressReport
            {
                PledgeId = pledge.Id, TargetId = pledge.Targets[0].Id, PeriodDueUtc = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                ValueReached = 17.5m, ValueDate = new DateOnly(2027, 1, 15), Narrative = "We changed how we recruit.",
                EvidenceUrl = "https://example.org/report", SubmittedUtc = new DateTime(2027, 1, 20, 0, 0, 0, DateTimeKind.Utc),
            });
            await db.SaveChangesAsync();
        });
        return pledge;
    }

    [Fact]
    public async Task Signatory_page_shows_public_targets_as_an_accessible_chart_with_the_same_figures_in_a_table()
    {
        var pledge = await PledgeWithTargetsAsync("Platypus Partners");
        using var client = HtmlClient.For(site);

        var page = await client.GetPageAsync($"/signatories/{pledge.Slug}");

        Assert.Equal("Platypus Partners", page.QuerySelector("h1")!.TextContent.Trim());
        var svg = page.QuerySelector("svg.th-chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("Senior leaders", svg.QuerySelector("title")!.TextContent);
        Assert.Contains("Baseline 12", svg.QuerySelector("desc")!.TextContent);
        Assert.Contains("Reported 17.5", svg.QuerySelector("desc")!.TextContent);
        Assert.Contains("Target 30", svg.QuerySelector("desc")!.TextContent);
        var cells = page.QuerySelectorAll(".th-target table td.govuk-table__cell--numeric").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["12", "17.5", "30"], cells);
        Assert.Contains("We changed how we recruit.", page.Body!.TextContent);
        Assert.DoesNotContain("Secret internal measure", page.Body!.TextContent);
        Assert.DoesNotContain("@example.org", page.Body!.InnerHtml);
    }

    [Fact]
    public async Task Anonymous_signatory_page_comes_from_the_output_cache_with_cache_headers_an_etag_and_304_when_unchanged()
    {
        var pledge = await SignatoryData.AddPledgeAsync(site, "Dugong Bakery");
        await PublicCacheChecks.AssertServedFromCacheWithETagAsync(site, $"/signatories/{pledge.Slug}");
    }

    [Fact]
    public async Task Withdrawn_and_unpublished_pledges_have_no_public_page()
    {
        var withdrawn = await SignatoryData.AddPledgeAsync(site, "Withdrawn Wallaby", p => { p.Status = PledgeStatus.Withdrawn; p.WithdrawnUtc = p.ApprovedUtc; });
        var noConsent = await SignatoryData.AddPledgeAsync(site, "Shy Wallaby", p => p.ConsentToPublish = false);
        using var client = HtmlClient.For(site);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/signatories/{withdrawn.Slug}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/signatories/{noConsent.Slug}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/signatories/{withdrawn.Slug}/certificate.pdf", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Badge_downloads_as_SVG_and_as_a_real_PNG()
    {
        var pledge = await SignatoryData.AddPledgeAsync(site, "Bilby & Sons <Ltd>");
        using var client = HtmlClient.For(site);

        using var svg = await client.Http.GetAsync($"/signatories/{pledge.Slug}/badge.svg", TestContext.Current.CancellationToken);
        using var png = await client.Http.GetAsync($"/signatories/{pledge.Slug}/badge.png", TestContext.Current.CancellationToken);

        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        var svgText = await svg.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Bilby &amp; Sons &lt;Ltd&gt;", svgText);
        System.Xml.Linq.XDocument.Parse(svgText); // well-formed XML
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        var bytes = await png.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        using var bitmap = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal(800, bitmap.Width);
        Assert.Equal(320, bitmap.Height);
    }

    [Fact]
    public async Task Certificate_is_a_structurally_valid_PDF_naming_the_organisation_date_and_reference()
    {
        var pledge = await SignatoryData.AddPledgeAsync(site, "Kookaburra (Café) Ltd");
        using var client = HtmlClient.For(site);

        using var response = await client.Http.GetAsync($"/signatories/{pledge.Slug}/certificate.pdf", TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var text = Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("%PDF-1.4", text);
        Assert.EndsWith("%%EOF\n", text);
        // The cross-reference table must point at each object exactly, or readers repair or refuse the file.
        var startxref = int.Parse(Regex.Match(text, @"startxref\n(\d+)\n%%EOF").Groups[1].Value);
        Assert.StartsWith("xref", text[startxref..]);
        var offsets = Regex.Matches(text[startxref..], @"(\d{10}) 00000 n").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(7, offsets.Count);
        for (var i = 0; i < offsets.Count; i++) Assert.StartsWith($"{i + 1} 0 obj", text[offsets[i]..]);
        var length = int.Parse(Regex.Match(text, @"/Length (\d+) >>\nstream\n").Groups[1].Value);
        var streamStart = text.IndexOf(">>\nstream\n", StringComparison.Ordinal) + ">>\nstream\n".Length;
        Assert.StartsWith("\nendstream", text[(streamStart + length)..]);
        Assert.Contains(@"(Kookaburra \(Caf\351\) Ltd) Tj", text);
        Assert.Contains($"(Reference: {pledge.Reference}) Tj", text);
        Assert.Contains("14 November 2026", text);
    }
}
