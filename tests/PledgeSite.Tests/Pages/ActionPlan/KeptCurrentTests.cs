using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.ActionPlan;

/// <summary>The public action plan read against the seeds: one list of owners, months shown as months, R.15's actions.</summary>
[Collection(SharedSite.Name)]
public class KeptCurrentTests(SiteFactory site)
{
    private async Task<List<string>> ActionsOfAsync(HtmlClient client, string owner)
    {
        var page = await client.GetPageAsync("/action-plan?Owner=" + Uri.EscapeDataString(owner));
        return page.QuerySelectorAll(".app-action").Select(a => a.Id!).ToList();
    }

    [Fact]
    public async Task The_owner_filter_finds_every_action_of_that_owner_whatever_the_spelling_in_the_seed()
    {
        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync("/action-plan");
        var owners = page.QuerySelectorAll("select[name=Owner] option").Skip(1).Select(o => (Value: o.GetAttribute("value")!, Name: o.TextContent.Trim())).ToList();

        // One entry per owner: "Children & Families Executive" and "Children and Families Executive" are one,
        // "Somen Banerjee , Director..." is tidied, and the cut-short "... Marketing/ Sharon" adds no owner "Sharon".
        Assert.Single(owners, o => o.Name.StartsWith("Children", StringComparison.Ordinal));
        Assert.Contains(owners, o => o.Name == "Somen Banerjee, Director of Public Health");
        Assert.DoesNotContain(owners, o => o.Name == "Sharon");
        Assert.Contains(owners, o => o.Name == "GP Care Group");
        Assert.Equal(owners.Count, owners.Select(o => o.Value).Distinct().Count());

        // Children & Families Executive: 6 rows spelt with "&" and 2 with "and"
        Assert.Equal(["action-r3-3", "action-r17-1", "action-r17-5", "action-r22-1", "action-r22-2", "action-r22-3", "action-r22-4", "action-r22-7"],
            await ActionsOfAsync(client, "children-and-families-executive"));
        // Sharon Godman: her 10 actions and the one shared with the Director of Communications ("Marketing/ Sharon")
        var sharon = owners.Single(o => o.Name.StartsWith("Sharon Godman", StringComparison.Ordinal)).Value;
        Assert.Equal(["action-r1-a-1", "action-r1-a-2", "action-r1-b-1", "action-r2-2", "action-r3-1", "action-r3-2", "action-r4-1", "action-r4-2", "action-r5-1", "action-r21-1", "action-r22-6"],
            await ActionsOfAsync(client, sharon));
        // Either spelling in an old link finds the same actions
        Assert.Equal(8, (await ActionsOfAsync(client, "Children and Families Executive")).Count);
        Assert.Equal(8, (await ActionsOfAsync(client, "Children & Families Executive")).Count);
        // Health & Wellbeing Board: alone, and shared with Tower Hamlets Together and with the GP Care Group
        Assert.Equal(21, (await ActionsOfAsync(client, "health-and-wellbeing-board")).Count);
    }

    [Fact]
    public async Task Month_only_dates_from_the_seed_are_shown_as_months_on_the_page_and_in_the_csv()
    {
        using var client = HtmlClient.For(site);
        var page = await client.GetPageAsync("/action-plan/r1-a");
        var first = page.QuerySelector("#action-r1-a-1")!.TextContent;

        Assert.Contains("May 2021", first, StringComparison.Ordinal);
        Assert.Contains("July 2021", first, StringComparison.Ordinal);
        Assert.DoesNotContain("31 July 2021", first, StringComparison.Ordinal);
        Assert.DoesNotContain("read as the end", first, StringComparison.Ordinal);

        var csv = await client.Http.GetStringAsync("/action-plan/download.csv?Recommendation=r1-a", TestContext.Current.CancellationToken);
        var header = csv.TrimStart('\uFEFF').Split("\r\n")[0].Split(',');
        var row = csv.TrimStart('\uFEFF').Split("\r\n")[1];
        Assert.Equal("2021-07", Cell(row, Array.IndexOf(header, "due_date")));
        Assert.Equal("2021-05", Cell(row, Array.IndexOf(header, "start_date")));
    }

    [Fact]
    public async Task R15_shows_the_leaders_forum_actions_the_seed_gives_it_and_R16_keeps_mock_recruitment()
    {
        using var client = HtmlClient.For(site);
        var r15 = await client.GetPageAsync("/action-plan/r15");
        var r16 = await client.GetPageAsync("/action-plan/r16");

        var actions = r15.QuerySelectorAll(".app-action").Select(a => a.TextContent).ToList();
        Assert.Equal(6, actions.Count);
        Assert.Contains("Assemble a leaders' forum which brings together organisations in Canary Wharf and City of London", actions[0], StringComparison.Ordinal);
        Assert.DoesNotContain("The plan lists no actions", r15.Body!.TextContent, StringComparison.Ordinal);
        var mock = Assert.Single(r16.QuerySelectorAll(".app-action"));
        Assert.Contains("mock recruitment programmes", mock.TextContent, StringComparison.Ordinal);
        var sources = await site.WithDbAsync(db => db.Set<PlanAction>().Where(a => a.Recommendation.Code == "R.15").OrderBy(a => a.SortOrder).Select(a => a.SeedSource).ToListAsync());
        Assert.Equal(["001:156", "001:157", "001:158", "001:160", "001:161", "001:162"], sources);
    }

    /// <summary>A CSV cell by position, quoted cells read whole.</summary>
    private static string Cell(string row, int index)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in row)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }
        cells.Add(current.ToString());
        return cells[index];
    }
}
