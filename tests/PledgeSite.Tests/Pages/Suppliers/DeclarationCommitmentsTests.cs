using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Areas.Backoffice.Suppliers;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Suppliers;

/// <summary>With a commitments catalogue (own site, so other journeys do not meet the extra question).</summary>
public sealed class DeclarationCommitmentsTests : IDisposable
{
    private readonly SiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_declaration_asks_which_commitments_the_contract_serves_and_procurement_sees_them_with_the_pledge_targets()
    {
        var now = _site.Clock.GetUtcNow().UtcDateTime;
        var pledge = await SupplierTestData.AddPledgeAsync(_site, "01237777");
        await _site.WithDbAsync(async db =>
        {
            db.AddRange(
                new Commitment { Code = "TST.1", Title = "Test leadership", Text = "Lead it.", SortOrder = 901, CreatedUtc = now, UpdatedUtc = now },
                new Commitment { Code = "TST.2", Title = "Test targets", Text = "Set targets.", SortOrder = 902, CreatedUtc = now, UpdatedUtc = now },
                new Commitment { Code = "TST.OLD", Title = "Retired", Text = "No longer offered.", IsActive = false, SortOrder = 903, CreatedUtc = now, UpdatedUtc = now });
            db.Add(new Target
            {
                PledgeId = pledge.Id, Measure = "Managers from Black, Asian and minority ethnic backgrounds", Unit = "%", BaselineValue = 12, BaselineDate = new DateOnly(2026, 1, 1),
                TargetValue = 25, TargetDate = new DateOnly(2029, 1, 1), CreatedUtc = now, UpdatedUtc = now, ApprovedUtc = now,
            });
            db.Add(new WorkforceFigures { PledgeId = pledge.Id, AsAtDate = new DateOnly(2026, 3, 31), TotalStaff = 300, MinorityEthnicStaff = 120, CreatedUtc = now });
            await db.SaveChangesAsync();
        });
        using var client = HtmlClient.For(_site);
        var (start, _) = await client.PostFormAsync("/suppliers/declaration");
        var id = start.Headers.Location!.ToString().Split('/')[3];
        await _site.WithDbAsync(async db =>
        {
            var draft = await db.Set<SupplierDeclarationDraft>().SingleAsync(d => d.Id == Guid.Parse(id));
            PledgeSite.Core.Suppliers.DeclarationAnswers answers = SupplierFlagTests.Answers("01237777", "COM-1", DeclaredPledgeStatus.HasSigned, pledge.Reference);
            answers.StatementConfirmed = true;
            answers.SaveTo(draft);
            await db.SaveChangesAsync();
        });

        // The journey is not complete until the commitments question is answered.
        var (check, _) = await client.GetAsync($"/suppliers/declaration/{id}/check-answers");
        Assert.Equal($"/suppliers/declaration/{id}/commitments", check.Headers.Location!.ToString());
        var question = await client.GetPageAsync($"/suppliers/declaration/{id}/commitments");
        var offered = question.QuerySelectorAll("input[name=CommitmentCodes]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("TST.1", offered);
        Assert.Contains("TST.2", offered);
        Assert.DoesNotContain("TST.OLD", offered);
        var (_, noneChosen) = await client.PostFormAsync($"/suppliers/declaration/{id}/commitments");
        SupplierTestData.AssertError(noneChosen, "Select the pledge commitments this contract serves");
        var (chosen, _) = await client.PostFormAsync($"/suppliers/declaration/{id}/commitments", [new("CommitmentCodes", "TST.2"), new("CommitmentCodes", "TST.OLD")]);
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var reference = await SupplierTestData.SubmitAsync(client, $"/suppliers/declaration/{id}/check-answers");

        var saved = await _site.WithDbAsync(db => db.Set<SupplierDeclaration>().SingleAsync(d => d.Reference == reference));
        Assert.Equal("TST.2", saved.CommitmentCodes);
        using var officer = await StaffClient.SignedInAsync(_site, StaffRoles.ProcurementOfficer);
        var declarationPage = await officer.GetPageAsync($"/backoffice/suppliers/declarations/{reference}");
        Assert.Contains("TST.2: Test targets", declarationPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var supplierPage = await officer.GetPageAsync($"/backoffice/suppliers/{saved.SupplierId}");
        var main = supplierPage.QuerySelector("main")!.TextContent;
        Assert.Contains("Managers from Black, Asian and minority ethnic backgrounds", main, StringComparison.Ordinal);
        Assert.Contains("25 % by Jan 2029", main, StringComparison.Ordinal);
        Assert.Contains("300 staff, of whom 120", main, StringComparison.Ordinal);
    }
}
