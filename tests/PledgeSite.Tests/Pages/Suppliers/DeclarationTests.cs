using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Suppliers;

[Collection(SharedSite.Name)]
public class DeclarationTests(SiteFactory site)
{
    [Fact]
    public async Task A_completed_journey_records_the_declaration_and_emails_the_reference()
    {
        var number = SupplierTestData.UniqueCompanyNumber();
        var pledge = await SupplierTestData.AddPledgeAsync(site, number);
        using var client = HtmlClient.For(site);

        var check = await SupplierTestData.AnswerEverythingAsync(client, number, "THC-J-001", pledgeReference: pledge.Reference.ToLowerInvariant());
        var checkPage = await client.GetPageAsync(check);
        Assert.Contains(pledge.Reference, checkPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var reference = await SupplierTestData.SubmitAsync(client, check);

        Assert.Matches("^SD-2026-[A-Z0-9]{6}$", reference);
        var saved = await site.WithDbAsync(db => db.Set<SupplierDeclaration>().Include(d => d.Supplier).SingleAsync(d => d.Reference == reference));
        Assert.Equal(number, saved.Supplier!.CompanyNumber);
        Assert.Equal(DeclaredPledgeStatus.HasSigned, saved.PledgeStatus);
        Assert.Equal(pledge.Reference, saved.PledgeReference);
        Assert.Equal((120, 48, 5), (saved.TotalStaff!.Value, saved.MinorityEthnicStaff!.Value, saved.MinorityEthnicLeaders!.Value));
        // Queued in the same save as the declaration (the outbox sends it; other tests on this site may be sending too).
        var email = await site.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Subject.Contains(reference)));
        Assert.Equal("amina@acme.example", email.ToAddress);
        Assert.Contains(reference, email.TextBody, StringComparison.Ordinal);

        // Once submitted the journey cannot be changed: its questions lead to the confirmation.
        var (again, _) = await client.GetAsync(check.Replace("check-answers", "organisation-name", StringComparison.Ordinal));
        Assert.EndsWith("/confirmation", again.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pledge_reference_that_does_not_exist_is_refused_with_a_clear_message()
    {
        using var client = HtmlClient.For(site);
        var (start, _) = await client.PostFormAsync("/suppliers/declaration");
        var id = start.Headers.Location!.ToString().Split('/')[3];
        await site.WithDbAsync(async db =>
        {
            var draft = await db.Set<SupplierDeclarationDraft>().SingleAsync(d => d.Id == Guid.Parse(id));
            draft.AnswersJson = """{"supplierName":"Acme","companyNumber":"12345678","pledgeStatus":"HasSigned"}""";
            await db.SaveChangesAsync();
        });

        var (response, page) = await client.PostFormAsync($"/suppliers/declaration/{id}/pledge", [new("PledgeReference", "ARP-2026-9999")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SupplierTestData.AssertError(page, "We cannot find a pledge with the reference ARP-2026-9999");
        Assert.Equal("ARP-2026-9999", page.QuerySelector("#PledgeReference")!.GetAttribute("value"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pledge_that_is_awaiting_review_cannot_be_declared_as_signed()
    {
        var pledge = await SupplierTestData.AddPledgeAsync(site, status: PledgeStatus.AwaitingReview);
        using var client = HtmlClient.For(site);
        var (start, _) = await client.PostFormAsync("/suppliers/declaration");
        var id = start.Headers.Location!.ToString().Split('/')[3];
        await site.WithDbAsync(async db =>
        {
            var draft = await db.Set<SupplierDeclarationDraft>().SingleAsync(d => d.Id == Guid.Parse(id));
            draft.AnswersJson = """{"pledgeStatus":"HasSigned"}""";
            await db.SaveChangesAsync();
        });

        var (_, page) = await client.PostFormAsync($"/suppliers/declaration/{id}/pledge", [new("PledgeReference", pledge.Reference)]);

        SupplierTestData.AssertError(page, $"Pledge {pledge.Reference} has not been approved");
    }

    [Theory]
    [InlineData("1234567X", "Companies House number must be 8 characters")]
    [InlineData("XY123456", "Companies House number must be 8 characters")]
    [InlineData("", "Enter your Companies House number")]
    public async Task Company_numbers_are_checked_for_format(string number, string message)
    {
        using var client = HtmlClient.For(site);
        var (start, _) = await client.PostFormAsync("/suppliers/declaration");
        var id = start.Headers.Location!.ToString().Split('/')[3];

        var (_, page) = await client.PostFormAsync($"/suppliers/declaration/{id}/company-number", [new("CompanyNumber", number)]);

        SupplierTestData.AssertError(page, message);
    }

    [Fact]
    public async Task Workforce_figures_must_be_whole_numbers_with_subsets_no_larger_than_the_total()
    {
        using var client = HtmlClient.For(site);
        var (start, _) = await client.PostFormAsync("/suppliers/declaration");
        var id = start.Headers.Location!.ToString().Split('/')[3];
        var url = $"/suppliers/declaration/{id}/workforce";

        var (_, fraction) = await client.PostFormAsync(url, [new("TotalStaff", "12.5")]);
        var (_, tooMany) = await client.PostFormAsync(url, [new("TotalStaff", "10"), new("MinorityEthnicStaff", "11")]);
        var (_, leaders) = await client.PostFormAsync(url, [new("TotalStaff", "10"), new("MinorityEthnicStaff", "4"), new("MinorityEthnicLeaders", "5")]);
        var (blank, _) = await client.PostFormAsync(url, [new("TotalStaff", ""), new("MinorityEthnicStaff", ""), new("MinorityEthnicLeaders", "")]);

        SupplierTestData.AssertError(fraction, "Total number of staff must be a whole number");
        SupplierTestData.AssertError(tooMany, "must not be more than the total number of staff");
        SupplierTestData.AssertError(leaders, "must not be more than all staff from those backgrounds");
        Assert.Equal(HttpStatusCode.Redirect, blank.StatusCode);
    }

    [Fact]
    public async Task The_word_limit_is_enforced_by_the_server()
    {
        using var client = HtmlClient.For(site);
        var (start, _) = await client.PostFormAsync("/suppliers/declaration");
        var id = start.Headers.Location!.ToString().Split('/')[3];

        var (_, page) = await client.PostFormAsync($"/suppliers/declaration/{id}/advancement",
            [new("Advancement", string.Join(' ', Enumerable.Repeat("word", 501)))]);

        SupplierTestData.AssertError(page, "must be 500 words or fewer");
    }
}
