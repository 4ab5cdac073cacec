using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.Tests.Pages.Pledge.Manage;

using Pledge = PledgeSite.Core.Entities.Pledge;

/// <summary>
/// The signatory area's access matrix (Pages/Pledge/Manage): signed in as pledge A, every route that takes an id is
/// asked for pledge B's targets, reports and colleagues. Each is refused with 404, and no POST changes B. Every
/// request is first made with A's own id and must work, so a refusal cannot come from a malformed request.
/// </summary>
public sealed class ManageAccessTests : IDisposable
{
    private readonly SiteFactory _site = new();

    private static Target ApprovedTarget(string measure) => SignatoryData.Target(measure, isPublic: true);

    private Task<Pledge> AddPledgeAsync(string name) => SignatoryData.AddPledgeAsync(_site, name, p =>
    {
        p.Targets.Add(ApprovedTarget($"{name}: managers from minority ethnic backgrounds"));
        p.Targets.Add(ApprovedTarget($"{name}: apprentices from Tower Hamlets"));
        p.Targets.Add(ApprovedTarget($"{name}: board members from minority ethnic backgrounds"));
        p.Contacts.Add(new PledgeContact { Role = ContactRole.Colleague, Name = $"{name} colleague", Email = $"colleague-{Guid.NewGuid():N}@example.org",
            CreatedUtc = _site.Clock.GetUtcNow().UtcDateTime });
    });

    private async Task<HtmlClient> SignedInAsync(Pledge pledge)
    {
        var client = PledgeJourney.Client(_site);
        string token = "";
        await _site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PledgeDbContext>();
            var contact = await db.Set<PledgeContact>().SingleAsync(c => c.PledgeId == pledge.Id && c.Role == ContactRole.MainContact);
            token = s.GetRequiredService<SignatoryTokens>().Issue(contact, SignatoryTokenPurpose.SignIn);
            await db.SaveChangesAsync();
        });
        var (response, _) = await client.PostFormAsync($"/pledge/manage/sign-in/link?token={token}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Everything of pledge B a signatory could change, to compare before and after.</summary>
    private Task<string> SnapshotAsync(int pledgeId) => _site.WithDbAsync(async db =>
    {
        var pledge = await db.Set<Pledge>().AsNoTracking().Include(p => p.Targets).Include(p => p.Contacts).SingleAsync(p => p.Id == pledgeId);
        var reports = await db.Set<ProgressReport>().AsNoTracking().Where(r => r.PledgeId == pledgeId)
            .Select(r => $"{r.Id}:{r.TargetId}:{r.ValueReached}:{r.Narrative}:{r.EvidenceUrl}").ToListAsync();
        return string.Join("\n", pledge.Targets.OrderBy(t => t.Id).Select(t => $"target {t.Id}:{t.Measure}:{t.TargetValue}:{t.ApprovedUtc:O}"))
            + "\n" + string.Join("\n", pledge.Contacts.OrderBy(c => c.Id).Select(c => $"contact {c.Id}:{c.Role}:{c.Email}"))
            + "\n" + string.Join("\n", reports) + $"\nstatus {pledge.Status} {pledge.NextReportDueUtc:O} {pledge.Website} {pledge.Sector}";
    });

    /// <summary>
    /// Submits <paramref name="form"/> (taken from A's own page) to A's own URL, which must redirect, and to the same
    /// route with B's id, which must answer 404.
    /// </summary>
    private static async Task AssertOwnWorksAndOthersIsRefusedAsync(HtmlClient client, Func<IHtmlDocument> form, string ownUrl, string othersUrl,
        IEnumerable<KeyValuePair<string, string?>> values, string selector = "main form[method=post]")
    {
        var (refused, _) = await client.SubmitAsync(form(), values, selector, othersUrl);
        Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"POST {othersUrl} (another pledge's id) answered {(int)refused.StatusCode} {refused.Headers.Location}");
        var (allowed, page) = await client.SubmitAsync(form(), values, selector, ownUrl);
        Assert.True(allowed.StatusCode == HttpStatusCode.Redirect,
            $"POST {ownUrl} (own id) answered {(int)allowed.StatusCode}: {string.Join("; ", HtmlClient.ErrorSummary(page))}");
    }

    [Fact]
    public async Task A_signatory_can_neither_see_nor_change_another_pledges_targets_reports_or_colleagues()
    {
        var a = await AddPledgeAsync("Alpha Lettings");
        var b = await AddPledgeAsync("Beta Bakeries");
        var (aEdit, aRemove, aReport) = (a.Targets[0].Id, a.Targets[1].Id, a.Targets[2].Id);
        var (bEdit, bRemove, bReport) = (b.Targets[0].Id, b.Targets[1].Id, b.Targets[2].Id);
        var aColleague = a.Contacts.Single(c => c.Role == ContactRole.Colleague).Id;
        var bColleague = b.Contacts.Single(c => c.Role == ContactRole.Colleague).Id;
        var bBefore = await SnapshotAsync(b.Id);
        using var client = await SignedInAsync(a);

        // GETs: A's own id shows A's page, B's id is not found.
        foreach (var (own, others) in new[]
                 {
                     ($"/pledge/manage/targets/{aEdit}", $"/pledge/manage/targets/{bEdit}"),
                     ($"/pledge/manage/targets/{aRemove}/remove", $"/pledge/manage/targets/{bRemove}/remove"),
                     ($"/pledge/manage/reports/{aReport}", $"/pledge/manage/reports/{bReport}"),
                 })
        {
            await client.GetPageAsync(own);
            var (response, _) = await client.GetAsync(others);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {others} (another pledge's id) answered {(int)response.StatusCode} {response.Headers.Location}");
        }

        // POSTs, each with a form A may submit, once at A's id and once at B's.
        var targetForm = await client.GetPageAsync($"/pledge/manage/targets/{aEdit}");
        await AssertOwnWorksAndOthersIsRefusedAsync(client, () => targetForm, $"/pledge/manage/targets/{aEdit}", $"/pledge/manage/targets/{bEdit}",
            [new("Target.Measure", "Changed by another organisation"), new("Target.TargetValue", "99")]);

        var reportForm = await client.GetPageAsync($"/pledge/manage/reports/{aReport}");
        await AssertOwnWorksAndOthersIsRefusedAsync(client, () => reportForm, $"/pledge/manage/reports/{aReport}", $"/pledge/manage/reports/{bReport}",
        [
            new("Report.ValueReached", "17"), new("Report.ValueDate.Day", "1"), new("Report.ValueDate.Month", "10"), new("Report.ValueDate.Year", "2026"),
            new("Report.Narrative", "Filed against another organisation's target."), new("Report.EvidenceUrl", "https://example.org/evidence"),
        ]);

        var removeForm = await client.GetPageAsync($"/pledge/manage/targets/{aRemove}/remove");
        await AssertOwnWorksAndOthersIsRefusedAsync(client, () => removeForm, $"/pledge/manage/targets/{aRemove}/remove", $"/pledge/manage/targets/{bRemove}/remove",
            [new("Confirm", "yes")]);

        // Removing a colleague names the contact in a form field rather than the URL.
        var colleagues = await client.GetPageAsync("/pledge/manage/colleagues");
        var (refused, _) = await client.SubmitAsync(colleagues, [new("contactId", bColleague.ToString(CultureInfo.InvariantCulture))], "form[action*=Remove]");
        Assert.True(refused.StatusCode == HttpStatusCode.NotFound, $"Removing another pledge's colleague answered {(int)refused.StatusCode} {refused.Headers.Location}");
        var (removed, _) = await client.SubmitAsync(colleagues, [new("contactId", aColleague.ToString(CultureInfo.InvariantCulture))], "form[action*=Remove]");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        Assert.Equal(bBefore, await SnapshotAsync(b.Id));
        var aAfter = await SnapshotAsync(a.Id);
        Assert.Contains($"target {aEdit}:Changed by another organisation:99", aAfter, StringComparison.Ordinal);
        Assert.DoesNotContain($"target {aRemove}:", aAfter, StringComparison.Ordinal);
        Assert.DoesNotContain($"contact {aColleague}:", aAfter, StringComparison.Ordinal);
        Assert.Contains($":{aReport}:17", aAfter, StringComparison.Ordinal);
        Assert.Contains($"contact {bColleague}:", bBefore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_without_an_id_show_and_change_only_the_signed_in_pledge_whatever_ids_the_request_carries()
    {
        var a = await AddPledgeAsync("Gamma Grocers");
        var b = await AddPledgeAsync("Delta Dentists");
        var bBefore = await SnapshotAsync(b.Id);
        using var client = await SignedInAsync(a);
        var smuggled = $"?pledgeId={b.Id}&PledgeId={b.Id}&id={b.Id}&slug={b.Slug}";

        foreach (var path in new[] { "/pledge/manage", "/pledge/manage/details", "/pledge/manage/commitments", "/pledge/manage/reports",
                     "/pledge/manage/colleagues", "/pledge/manage/withdraw" })
        {
            var page = await client.GetPageAsync(path + smuggled);
            var main = page.QuerySelector("main")!.TextContent;
            Assert.DoesNotContain("Delta Dentists", main, StringComparison.Ordinal);
            Assert.DoesNotContain(b.Contacts[0].Email, main, StringComparison.Ordinal);
        }
        Assert.Contains("Gamma Grocers", (await client.GetPageAsync("/pledge/manage" + smuggled)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var details = await client.GetPageAsync("/pledge/manage/details");
        var (saved, page2) = await client.SubmitAsync(details, [new("Website", "https://gamma.example"), new("AddressLine1", "1 Brick Lane"), new("Town", "London"), new("Postcode", "E1 6RF"),
            new("PledgeId", b.Id.ToString(CultureInfo.InvariantCulture)),
            new("Id", b.Id.ToString(CultureInfo.InvariantCulture))], baseUrl: "/pledge/manage/details" + smuggled);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, string.Join("; ", HtmlClient.ErrorSummary(page2)));

        Assert.Equal(bBefore, await SnapshotAsync(b.Id));
        Assert.Contains("https://gamma.example", await SnapshotAsync(a.Id), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_signing_in_every_signatory_page_sends_the_visitor_to_sign_in()
    {
        var b = await AddPledgeAsync("Epsilon Estates");
        var bBefore = await SnapshotAsync(b.Id);
        using var anonymous = PledgeJourney.Client(_site);
        var target = b.Targets[0].Id;
        string[] paths =
        [
            "/pledge/manage", "/pledge/manage/details", "/pledge/manage/commitments", "/pledge/manage/reports", $"/pledge/manage/reports/{target}",
            $"/pledge/manage/targets/{target}", "/pledge/manage/targets/new", $"/pledge/manage/targets/{target}/remove", "/pledge/manage/colleagues",
            "/pledge/manage/respond", "/pledge/manage/withdraw",
        ];
        foreach (var path in paths)
        {
            var (response, _) = await anonymous.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/pledge/manage/sign-in", StringComparison.Ordinal),
                $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
        Assert.Equal(bBefore, await SnapshotAsync(b.Id));
    }

    public void Dispose() => _site.Dispose();
}
