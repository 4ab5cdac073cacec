using System.Net;
using System.Text.Json;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.ActionPlan;

[Collection(SharedSite.Name)]
public class IndexTests(SiteFactory site)
{
    [Fact]
    public async Task Every_recommendation_is_listed_with_its_actions()
    {
        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync("/action-plan");

        Assert.Equal(28, page.QuerySelectorAll("section.app-recommendation").Length);
        Assert.Equal(79, page.QuerySelectorAll(".app-action").Length);
        Assert.Contains("79 actions", page.QuerySelector("#result-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_narrow_the_actions_through_a_plain_get_form()
    {
        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync("/action-plan");
        var form = page.QuerySelector("main form[method=get]")!;
        Assert.Equal("/action-plan", form.GetAttribute("action"));

        var filtered = await client.GetPageAsync("/action-plan?Theme=health&Owner=tower-hamlets-together");

        // Shared actions ("Health & Wellbeing Board / Tower Hamlets Together") are the partnership's too.
        var ids = filtered.QuerySelectorAll(".app-action").Select(a => a.Id).ToList();
        Assert.Equal(["action-r7-2", "action-r9-2", "action-r9-3", "action-r9-4", "action-r9-5", "action-r9-6", "action-r10-1", "action-r13-2", "action-r13-3", "action-r14-1"], ids);
        Assert.Equal("health", filtered.QuerySelector("select[name=Theme] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Csv_and_json_downloads_hold_the_same_actions_as_the_filtered_page()
    {
        using var client = HtmlClient.For(site);
        const string query = "?Theme=education-and-employment&Status=Overdue";
        var page = await client.GetPageAsync("/action-plan" + query);
        var onPage = page.QuerySelectorAll(".app-action h3, .app-action h2").Select(h => h.TextContent.Replace("Action ", "", StringComparison.Ordinal).Trim()).ToList();
        Assert.NotEmpty(onPage);
        Assert.Equal("/action-plan/download.csv" + query, page.QuerySelector("a[href^='/action-plan/download.csv']")!.GetAttribute("href"));

        var csv = await client.Http.GetAsync("/action-plan/download.csv" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("reference,theme,recommendation,", lines[0], StringComparison.Ordinal);
        Assert.Equal(onPage, lines.Skip(1).Select(l => l.Split(',')[0]).ToList());

        var json = await client.Http.GetAsync("/action-plan/download.json" + query, TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var references = document.RootElement.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("reference").GetString()!).ToList();
        Assert.Equal(onPage, references);
        Assert.All(document.RootElement.GetProperty("actions").EnumerateArray(), a => Assert.Equal("Overdue", a.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Each_recommendation_has_a_permalink()
    {
        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync("/action-plan/r1-a");

        Assert.Contains("Race Equality Pledge", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".app-action").Length);
        var (missing, _) = await client.GetAsync("/action-plan/r99");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Theme_page_shows_outcomes_recommendations_and_a_rag_chart_with_the_same_figures_in_a_table()
    {
        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync("/themes/community-leadership");

        Assert.Equal("Community Leadership", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(4, page.QuerySelectorAll("main ul.govuk-list--bullet li").Length);
        Assert.Equal(4, page.QuerySelectorAll("section.app-recommendation").Length);
        var svg = page.QuerySelector("svg.app-rag-chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("Not rated 9", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll(".app-rag-summary tbody tr");
        var total = rows[^1];
        Assert.Equal("9", total.QuerySelector("td")!.TextContent);
        var (missing, _) = await client.GetAsync("/themes/not-a-theme");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
