using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.Suppliers.Contracts;

[Collection(SharedSite.Name)]
public class UploadTests(SiteFactory site)
{
    private const string Header = "reference,title,supplier_name,company_number,start_date,end_date,monitoring_cycle_months,officer_email,supplier_contact_email";

    private static async Task<IHtmlDocument> UploadAsync(HtmlClient client, string csv)
    {
        var page = await client.GetPageAsync("/backoffice/suppliers/contracts/upload");
        var form = page.QuerySelector("main form[enctype]")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        content.Add(file, "CsvFile", "contracts.csv");
        var response = await client.Http.PostAsync(form.GetAttribute("action"), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_upload_with_one_bad_line_applies_nothing_and_names_the_line()
    {
        using var officer = await StaffClient.SignedInAsync(site, StaffRoles.ProcurementOfficer);
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var csv = $"""
            {Header}
            UP-{tag}-1,Grounds maintenance,Green Spaces Ltd,01110001,2026-04-01,2029-03-31,12,officer@towerhamlets.example,contact@green.example
            UP-{tag}-2,Security,Guard Co Ltd,1110002,2026-04-01,2025-03-31,12,officer@towerhamlets.example,not-an-email
            UP-{tag}-3,Catering,Food Ltd,SC110003,01/05/2026,30/04/2028,6,officer@towerhamlets.example,contact@food.example
            """;

        var report = await UploadAsync(officer, csv);

        var problems = report.QuerySelectorAll("#upload-report li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Line 3, end_date: End date must be after the start date", problems);
        Assert.Contains(problems, p => p.StartsWith("Line 3, supplier_contact_email: Enter the supplier contact's email address in the correct format", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("Line 2", StringComparison.Ordinal) || p.StartsWith("Line 4", StringComparison.Ordinal));
        Assert.Contains("Nothing has been added", report.QuerySelector("#upload-report h2")!.TextContent, StringComparison.Ordinal);
        Assert.Null(report.QuerySelector("#preview"));
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<SupplierContract>().CountAsync(c => c.Reference.StartsWith($"UP-{tag}"))));
    }

    [Fact]
    public async Task A_good_upload_is_previewed_and_then_applied()
    {
        using var officer = await StaffClient.SignedInAsync(site, StaffRoles.ProcurementOfficer);
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var csv = $"""
            {Header}
            UP-{tag}-1,Grounds maintenance,Green Spaces Ltd,01110001,2026-04-01,2029-03-31,12,officer@towerhamlets.example,contact@green.example
            "UP-{tag}-2","Catering, schools",Food Ltd,SC110003,01/05/2026,30/04/2028,6,officer@towerhamlets.example,contact@food.example
            """;

        var preview = await UploadAsync(officer, csv);
        Assert.Equal(2, preview.QuerySelectorAll("#preview tbody tr").Length);
        Assert.Equal(0, await site.WithDbAsync(db => db.Set<SupplierContract>().CountAsync(c => c.Reference.StartsWith($"UP-{tag}"))));

        var (applied, _) = await officer.SubmitAsync(preview, selector: "main form[action*=apply]", baseUrl: "/backoffice/suppliers/contracts/upload");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var contracts = await site.WithDbAsync(db => db.Set<SupplierContract>().Include(c => c.Supplier).Where(c => c.Reference.StartsWith($"UP-{tag}")).OrderBy(c => c.Reference).ToListAsync());
        Assert.Equal(["Grounds maintenance", "Catering, schools"], contracts.Select(c => c.Title));
        Assert.Equal("SC110003", contracts[1].Supplier!.CompanyNumber);
        Assert.Equal(new DateOnly(2026, 5, 1), contracts[1].StartDate);
    }
}
