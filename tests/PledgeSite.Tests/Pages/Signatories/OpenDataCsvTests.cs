using System.Net;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Signatories;

/// <summary>Pages/Signatories/OpenDataCsv.cshtml (/api/v1/signatories.csv): what organisations typed cannot become a spreadsheet formula.</summary>
public sealed class OpenDataCsvTests : IDisposable
{
    private readonly SiteFactory _site = new();

    [Fact]
    public async Task Cells_that_start_like_a_formula_are_escaped_with_a_leading_quote_mark()
    {
        var pledge = await SignatoryData.AddPledgeAsync(_site, "=HYPERLINK(\"https://evil.example\",\"Click\")", p =>
        {
            p.Sector = "+SUM(1,2)";
            p.SizeBand = "@cmd";
            p.Website = "https://example.org/-1";
            p.CompanyNumber = "-2+3";
        });
        using var visitor = HtmlClient.For(_site);

        var response = await visitor.Http.GetAsync("/api/v1/signatories.csv", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = CsvCells.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var row = Assert.Single(rows, r => r[0] == pledge.Reference);
        var header = rows[0].ToList();
        Assert.Equal("'=HYPERLINK(\"https://evil.example\",\"Click\")", row[header.IndexOf("Name")]);
        Assert.Equal("'+SUM(1,2)", row[header.IndexOf("Sector")]);
        Assert.Equal("'@cmd", row[header.IndexOf("SizeBand")]);
        Assert.Equal("'-2+3", row[header.IndexOf("CompanyNumber")]);
        CsvCells.AssertNoFormula(rows);
    }

    public void Dispose() => _site.Dispose();
}
