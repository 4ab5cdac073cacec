using System.Net;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Signatories;

using Pledge = PledgeSite.Core.Entities.Pledge;

/// <summary>
/// Pages/Signatories/Evidence.cshtml: /signatories/{slug}/evidence/{id} serves the evidence file of a published report
/// on a public, approved target of that signatory, as a download; anything else is not found.
/// </summary>
public sealed class EvidenceTests : IDisposable
{
    private readonly SiteFactory _site = new();
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private async Task<(Pledge Pledge, int PublicReport, int PrivateReport, int UnapprovedReport)> AddSignatoryWithReportsAsync(string name,
        PledgeStatus status = PledgeStatus.Approved)
    {
        var now = _site.Clock.GetUtcNow().UtcDateTime;
        var pledge = await SignatoryData.AddPledgeAsync(_site, name, p =>
        {
            p.Status = status;
            p.Targets.Add(SignatoryData.Target($"{name}: public target", isPublic: true));
            p.Targets.Add(SignatoryData.Target($"{name}: private target", isPublic: false));
            var unapproved = SignatoryData.Target($"{name}: changed target awaiting review", isPublic: true);
            unapproved.ApprovedUtc = null;
            p.Targets.Add(unapproved);
        });
        var reports = pledge.Targets.Select(t => new ProgressReport
        {
            PledgeId = pledge.Id, TargetId = t.Id, PeriodDueUtc = now.AddDays(20), ValueReached = 15, ValueDate = new DateOnly(2026, 10, 1),
            Narrative = "What we did.", SubmittedUtc = now, Status = ProgressReportStatus.Submitted,
            EvidenceFile = new ProgressReportEvidence { Bytes = Pdf, ContentType = "application/pdf", FileName = $"evidence-{t.Id}.pdf", UploadedUtc = now },
        }).ToList();
        await _site.WithDbAsync(async db => { db.AddRange(reports); await db.SaveChangesAsync(); });
        return (pledge, reports[0].Id, reports[1].Id, reports[2].Id);
    }

    [Fact]
    public async Task The_evidence_of_a_public_approved_target_downloads_as_an_attachment()
    {
        var (pledge, publicReport, _, _) = await AddSignatoryWithReportsAsync("Zeta Zoos");
        using var visitor = HtmlClient.For(_site);

        var response = await visitor.Http.GetAsync($"/signatories/{pledge.Slug}/evidence/{publicReport}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Pdf, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Evidence_is_not_found_through_another_signatory_a_private_or_unapproved_target_or_a_withdrawn_pledge()
    {
        var (a, aPublic, aPrivate, aUnapproved) = await AddSignatoryWithReportsAsync("Eta Engineering");
        var (b, bPublic, _, _) = await AddSignatoryWithReportsAsync("Theta Textiles");
        var (withdrawn, withdrawnPublic, _, _) = await AddSignatoryWithReportsAsync("Iota Interiors", PledgeStatus.Withdrawn);
        using var visitor = HtmlClient.For(_site);

        // Each signatory's own public evidence is there, so the refusals below are about whose and which report.
        foreach (var url in new[] { $"/signatories/{a.Slug}/evidence/{aPublic}", $"/signatories/{b.Slug}/evidence/{bPublic}" })
            Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync(url, TestContext.Current.CancellationToken)).StatusCode);

        string[] refused =
        [
            $"/signatories/{a.Slug}/evidence/{bPublic}", // B's report under A's page
            $"/signatories/{b.Slug}/evidence/{aPublic}", // A's report under B's page
            $"/signatories/{a.Slug}/evidence/{aPrivate}",
            $"/signatories/{a.Slug}/evidence/{aUnapproved}",
            $"/signatories/{withdrawn.Slug}/evidence/{withdrawnPublic}",
            $"/signatories/{a.Slug}/evidence/{withdrawnPublic}",
        ];
        foreach (var url in refused)
        {
            var response = await visitor.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {(int)response.StatusCode}");
        }
    }

    public void Dispose() => _site.Dispose();
}
