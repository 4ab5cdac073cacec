using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Suppliers;

namespace PledgeSite.Tests.Areas.Backoffice.Suppliers;

/// <summary>Staff sign in over https: the staff cookie is Secure outside Development.</summary>
public static class StaffClient
{
    public static async Task<HtmlClient> SignedInAsync(SiteFactory site, params string[] roles)
    {
        var email = $"staff{Guid.NewGuid():N}@towerhamlets.example";
        await site.CreateStaffAsync(email, "Limehouse basin at dusk 2026", roles);
        var client = new HtmlClient(site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));
        await client.SignInAsStaffAsync(email, "Limehouse basin at dusk 2026");
        return client;
    }
}

[Collection(SharedSite.Name)]
public class SupplierPagesTests(SiteFactory site)
{
    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.ToString().Contains("/error/403", StringComparison.Ordinal) == true;

    private Task<HtmlClient> OfficerAsync() => StaffClient.SignedInAsync(site, StaffRoles.ProcurementOfficer);

    [Fact]
    public async Task A_corrected_declaration_supersedes_the_old_one_and_both_stay_visible_in_the_history()
    {
        var number = SupplierTestData.UniqueCompanyNumber();
        var pledge = await SupplierTestData.AddPledgeAsync(site, number);
        using var supplier = HtmlClient.For(site);
        var original = await SupplierTestData.SubmitAsync(supplier,
            await SupplierTestData.AnswerEverythingAsync(supplier, number, "THC-H-001", pledgeReference: pledge.Reference));

        // The accountable person asks for a correction and follows the emailed link.
        var (asked, _) = await supplier.PostFormAsync("/suppliers/declaration/correct", [new("Reference", original), new("Email", "amina@acme.example")]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var email = await site.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.OutboxMessages, m => m.Subject == $"Correct supplier declaration {original}"));
        var link = System.Text.RegularExpressions.Regex.Match(email.TextBody, @"http://localhost(/suppliers/declaration/[0-9a-f-]+/check-answers)").Groups[1].Value;
        var (changed, _) = await supplier.PostFormAsync(link.Replace("check-answers", "contract?change=true", StringComparison.Ordinal),
            [new("ContractReference", "THC-H-001"), new("ContractTitle", "Cleaning of council buildings and schools")]);
        // The statement of truth is signed again for the correction.
        Assert.EndsWith("/statement?change=true", changed.Headers.Location!.ToString(), StringComparison.Ordinal);
        var (signed, _) = await supplier.PostFormAsync(changed.Headers.Location!.ToString(), [new("StatementConfirmed", "true"), new("SignedName", "Amina Rahman")]);
        Assert.EndsWith("/check-answers", signed.Headers.Location!.ToString(), StringComparison.Ordinal);
        var correction = await SupplierTestData.SubmitAsync(supplier, link);

        using var officer = await OfficerAsync();
        var supplierId = await site.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<Supplier>().Where(s => s.CompanyNumber == number).Select(s => s.Id)));
        var page = await officer.GetPageAsync($"/backoffice/suppliers/{supplierId}");
        var rows = page.QuerySelectorAll("table.govuk-table tbody tr").Select(r => r.TextContent).Where(t => t.Contains("SD-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains(original, StringComparison.Ordinal) && r.Contains("Superseded", StringComparison.Ordinal) && r.Contains(correction, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(correction, StringComparison.Ordinal) && r.Contains("Current", StringComparison.Ordinal) && r.Contains($"corrects {original}", StringComparison.Ordinal));
        var old = await officer.GetPageAsync($"/backoffice/suppliers/declarations/{original}");
        Assert.Contains($"corrected", old.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        // A declaration already corrected cannot be corrected again.
        var (again, _) = await supplier.GetAsync(link);
        Assert.EndsWith("/confirmation", again.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_supplier_check_shows_the_live_pledge_status_and_the_search_finds_by_name_or_number()
    {
        var number = SupplierTestData.UniqueCompanyNumber();
        var pledge = await SupplierTestData.AddPledgeAsync(site, number);
        using var supplier = HtmlClient.For(site);
        await SupplierTestData.SubmitAsync(supplier,
            await SupplierTestData.AnswerEverythingAsync(supplier, number, "THC-S-001", pledgeReference: pledge.Reference, name: $"Searchable Supplies {number}"));
        using var officer = await OfficerAsync();

        var byName = await officer.GetPageAsync($"/backoffice/suppliers?q=searchable+supplies+{number}");
        var byNumber = await officer.GetPageAsync($"/backoffice/suppliers?q={number}");

        var link = byName.QuerySelector("table a.govuk-link")!;
        Assert.Equal($"Searchable Supplies {number}", link.TextContent);
        Assert.Equal(link.GetAttribute("href"), byNumber.QuerySelector("table a.govuk-link")!.GetAttribute("href"));
        var check = await officer.GetPageAsync(link.GetAttribute("href")!);
        Assert.Contains("Approved", check.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(pledge.Reference, check.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(check.QuerySelector("#no-flags"));
    }

    [Fact]
    public async Task Only_procurement_officers_and_administrators_reach_the_supplier_pages()
    {
        using var editor = await StaffClient.SignedInAsync(site, StaffRoles.Editor);
        using var officer = await OfficerAsync();

        var (forbidden, _) = await editor.GetAsync("/backoffice/suppliers/flags");
        var (keys, _) = await officer.GetAsync("/backoffice/api-keys");
        var (allowed, _) = await officer.GetAsync("/backoffice/suppliers/flags");

        Assert.True(IsRefused(forbidden), $"editor got {(int)forbidden.StatusCode} {forbidden.Headers.Location}");
        Assert.True(IsRefused(keys), $"procurement officer got {(int)keys.StatusCode} {keys.Headers.Location}");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task The_declarations_export_is_a_csv_with_every_declaration()
    {
        var number = SupplierTestData.UniqueCompanyNumber();
        using var supplier = HtmlClient.For(site);
        var reference = await SupplierTestData.SubmitAsync(supplier,
            await SupplierTestData.AnswerEverythingAsync(supplier, number, "=HYPERLINK(1)", pledgeStatus: "WillNotSign"));
        using var officer = await OfficerAsync();

        var response = await officer.Http.GetAsync("/backoffice/suppliers/export/declarations.csv", TestContext.Current.CancellationToken);
        var flags = await officer.Http.GetAsync("/backoffice/suppliers/export/flags.csv", TestContext.Current.CancellationToken);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // so Excel reads it as UTF-8
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("reference,submitted_utc,", csv, StringComparison.Ordinal);
        var line = csv.Split("\r\n").Single(l => l.StartsWith(reference, StringComparison.Ordinal));
        Assert.Contains("'=HYPERLINK(1)", line, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, flags.StatusCode);
        Assert.Contains("supplier_name,company_number,", await flags.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
