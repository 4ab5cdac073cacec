using System.Net;
using System.Text;
using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.ActionPlan;

public class BulkUpdateTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public BulkUpdateTests(SiteFactory site) => _site = site;

    private async Task<HtmlClient> SignedInEditorAsync(string email)
    {
        await _site.CreateStaffAsync(email, "correct horse battery", StaffRoles.Editor);
        // Staff cookies are Secure outside Development, so the client speaks https.
        var client = new HtmlClient(_site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));
        await client.SignInAsStaffAsync(email, "correct horse battery");
        return client;
    }

    private static async Task<(HttpResponseMessage, IHtmlDocument)> UploadAsync(HtmlClient client, string fileName, string content)
    {
        var page = await client.GetPageAsync("/backoffice/action-plan/bulk");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(content)), "Upload", fileName },
        };
        var response = await client.Http.PostAsync("/backoffice/action-plan/bulk", form);
        var html = await response.Content.ReadAsStringAsync();
        var document = (IHtmlDocument)await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        return (response, document);
    }

    private Task<List<(string?, RagRating)>> SnapshotAsync() =>
        _site.WithDbAsync(db => db.Set<PlanAction>().OrderBy(a => a.Id).Select(a => ValueTuple.Create(a.ProgressUpdate, a.Rag)).ToListAsync());

    [Fact]
    public async Task A_file_with_one_bad_line_changes_nothing_and_reports_that_line()
    {
        using var client = await SignedInEditorAsync("bulk-bad@towerhamlets.gov.uk");
        var before = await SnapshotAsync();
        const string file = "reference,progress_update,rag\r\nR1.A-1,Pledge launched,Complete\r\nR1.B-1,Network meets monthly,Purple\r\nR.23-1,Safe space sessions running,Green\r\n";

        var (response, page) = await UploadAsync(client, "updates.csv", file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = page.QuerySelectorAll("#line-errors tbody tr").Select(r => r.TextContent.Trim()).ToList();
        var error = Assert.Single(errors);
        Assert.StartsWith("3", error, StringComparison.Ordinal);
        Assert.Contains("'Purple' is not one of Red, Amber, Green", error, StringComparison.Ordinal);
        Assert.Contains("Nothing has been changed", HttpClientErrorSummary(page), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#changes"));
        Assert.Equal(before, await SnapshotAsync());
        Assert.False(await _site.WithDbAsync(db => db.Set<ActionPlanBulkUpdate>().AnyAsync(u => u.FileName == "updates.csv")));
    }

    private static string HttpClientErrorSummary(IHtmlDocument page) => string.Join(" ", HtmlClient.ErrorSummary(page));

    [Fact]
    public async Task A_valid_file_is_previewed_and_applied_only_when_confirmed_with_history()
    {
        using var client = await SignedInEditorAsync("bulk-good@towerhamlets.gov.uk");
        const string file = "reference\tprogress_update\trag\nR.3-2\tProgramme launched with 24 residents\tGreen\nR.4-1\t\tAmber\n";

        var (response, _) = await UploadAsync(client, "updates.tsv", file);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var preview = await client.GetPageAsync(response.Headers.Location!.ToString());
        Assert.Equal(2, preview.QuerySelectorAll("#changes tbody tr").Length);
        var unchanged = await _site.WithDbAsync(db => db.Set<PlanAction>().Include(a => a.Recommendation).SingleAsync(a => a.Recommendation.Code == "R.3" && a.SortOrder == 2));
        Assert.Equal(RagRating.NotRated, unchanged.Rag);

        var (confirmed, _) = await client.SubmitAsync(preview, baseUrl: response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var action = await _site.WithDbAsync(db => db.Set<PlanAction>().Include(a => a.Recommendation).Include(a => a.Changes).SingleAsync(a => a.Recommendation.Code == "R.3" && a.SortOrder == 2));
        Assert.Equal(RagRating.Green, action.Rag);
        Assert.Equal("Programme launched with 24 residents", action.ProgressUpdate);
        var change = Assert.Single(action.Changes);
        Assert.Equal("bulk-good@towerhamlets.gov.uk", change.ChangedBy);
        Assert.Equal("Bulk update from updates.tsv", change.How);
        var r4 = await _site.WithDbAsync(db => db.Set<PlanAction>().Include(a => a.Recommendation).SingleAsync(a => a.Recommendation.Code == "R.4" && a.SortOrder == 1));
        Assert.Equal((RagRating.Amber, (string?)null), (r4.Rag, r4.ProgressUpdate));

        var history = await client.GetPageAsync($"/backoffice/action-plan/actions/{action.Id}");
        Assert.Contains("bulk-good@towerhamlets.gov.uk", history.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var publicPage = await client.GetPageAsync("/action-plan/r3");
        Assert.Contains("Programme launched with 24 residents", publicPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_updates_one_action_and_the_public_page_shows_it_at_once()
    {
        using var client = await SignedInEditorAsync("edit-one@towerhamlets.gov.uk");
        var before = await client.GetPageAsync("/action-plan/r23"); // now in the output cache
        Assert.DoesNotContain("Sessions started in March", before.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var id = await _site.WithDbAsync(db => db.Set<PlanAction>().Where(a => a.Recommendation.Code == "R.23").Select(a => a.Id).SingleAsync());

        var (response, _) = await client.PostFormAsync($"/backoffice/action-plan/actions/{id}", [new("ProgressUpdate", "Sessions started in March"), new("Rag", "Amber")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetPageAsync("/action-plan/r23");
        Assert.Contains("Sessions started in March", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var edit = await client.GetPageAsync($"/backoffice/action-plan/actions/{id}");
        Assert.Contains("edit-one@towerhamlets.gov.uk", edit.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }
}

public class ActionPlanAccessTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public ActionPlanAccessTests(SiteFactory site) => _site = site;

    [Theory]
    [InlineData("/backoffice/action-plan")]
    [InlineData("/backoffice/action-plan/bulk")]
    [InlineData("/backoffice/campaign")]
    [InlineData("/backoffice/campaign/role-models")]
    public async Task Staff_without_the_editor_role_are_refused(string path)
    {
        var email = $"judge{Math.Abs(path.GetHashCode(StringComparison.Ordinal))}@towerhamlets.gov.uk";
        await _site.CreateStaffAsync(email, "correct horse battery", StaffRoles.Judge);
        using var client = new HtmlClient(_site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));
        await client.SignInAsStaffAsync(email, "correct horse battery");

        var (response, _) = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden || response.Headers.Location?.AbsolutePath == "/error/403", $"{path} answered {(int)response.StatusCode} {response.Headers.Location}");
    }
}
