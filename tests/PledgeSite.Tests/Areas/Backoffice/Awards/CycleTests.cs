using System.Net;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages;
using PledgeSite.Tests.Pages.Awards;

namespace PledgeSite.Tests.Areas.Backoffice.Awards;

/// <summary>Areas/Backoffice/Pages/Awards/Cycle.cshtml's export: what nominators typed cannot become a spreadsheet formula.</summary>
public sealed class CycleTests : IDisposable
{
    private readonly SiteFactory _site = new();

    [Fact]
    public async Task The_nominations_export_escapes_cells_that_start_like_a_formula()
    {
        var now = _site.Clock.GetUtcNow().UtcDateTime;
        var cycle = await AwardsTestData.JudgingCycleAsync(_site, 2026, now);
        var category = await AwardsTestData.CategoryAsync(_site, cycle, "+Community champion", NomineeKind.Individual);
        await _site.WithDbAsync(async db =>
        {
            var nomination = await AwardsTestData.NominationAsync(_site, category, "=HYPERLINK(\"https://evil.example\")", now, nominatorEmail: "@nominator@example.org");
            db.Attach(nomination);
            nomination.NominatorName = "-Nominator";
            nomination.NominatorRelationship = "\tTabbed";
            await db.SaveChangesAsync();
        });
        await _site.CreateStaffAsync("awards.export@example.org", AwardsTestData.Password, StaffRoles.AwardsManager);
        using var manager = await AwardsTestData.StaffClientAsync(_site, "awards.export@example.org");

        var response = await manager.Http.GetAsync("/backoffice/awards/2026?handler=Export&includeNominatorContacts=true", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = CsvCells.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var header = rows[0].ToList();
        var row = rows[1];
        Assert.Equal("'=HYPERLINK(\"https://evil.example\")", row[header.IndexOf("Nominee")]);
        Assert.Equal("'+Community champion", row[header.IndexOf("Award")]);
        Assert.Equal("'-Nominator", row[header.IndexOf("Nominator name")]);
        Assert.Equal("'@nominator@example.org", row[header.IndexOf("Nominator email")]);
        Assert.Equal("'\tTabbed", row[header.IndexOf("Relationship")]);
        CsvCells.AssertNoFormula(rows);
    }

    public void Dispose() => _site.Dispose();
}
