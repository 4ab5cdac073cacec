using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;

namespace PledgeSite.BrowserTests.Areas.Backoffice.Suppliers;

public class SupplierCheckTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_supplier_check_page_and_the_flags_dashboard_have_no_accessibility_violations()
    {
        // Given a supplier that declared a pledge which has since been returned to the organisation for changes
        var now = DateTime.UtcNow;
        var pledge = new PledgeSite.Core.Entities.Pledge
        {
            Reference = $"ARP-2026-{Random.Shared.Next(100000, 999999)}", OrganisationName = "Poplar Facilities Ltd", CompanyNumber = "NI778899",
            OrganisationType = OrganisationType.Business, Status = PledgeStatus.Approved, CreatedUtc = now.AddMonths(-2), ApprovedUtc = now.AddMonths(-1),
            NextReportDueUtc = now.AddMonths(11),
        };
        pledge.Slug = pledge.Reference.ToLowerInvariant();
        await browser.Site.WithDbAsync(async db => { db.Add(pledge); await db.SaveChangesAsync(); });
        await browser.Site.WithScopeAsync(async services =>
        {
            var declarations = services.GetRequiredService<SupplierDeclarations>();
            var draft = await declarations.StartAsync(new DeclarationAnswers
            {
                SupplierName = "Poplar Facilities Ltd", CompanyNumber = "NI778899", AddressLine1 = "1 Poplar High Street", Town = "London", Postcode = "E14 0BB",
                ContractReference = "THC-2026-0300", ContractTitle = "Facilities management", ValueBand = ContractValueBand.Over2m, Stage = DeclarationStage.Tender,
                PledgeStatus = DeclaredPledgeStatus.HasSigned, PledgeReference = pledge.Reference, Advancement = "Local hiring.", WorkforceAnswered = true,
                AccountableName = "Lee Chen", AccountableRole = "Director", AccountableEmail = "lee@poplar.example", StatementConfirmed = true, SignedName = "Lee Chen",
            });
            var (declaration, error, missing) = await declarations.SubmitAsync(draft);
            Assert.True(declaration is not null, $"{error} {missing}");
        });
        await browser.Site.WithDbAsync(db => db.Set<PledgeSite.Core.Entities.Pledge>().Where(p => p.Id == pledge.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PledgeStatus.Returned)));
        await browser.Site.CreateStaffAsync("procurement.browser@towerhamlets.example", "purple elephant dancing", StaffRoles.ProcurementOfficer);

        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("procurement.browser@towerhamlets.example", "purple elephant dancing");
        await page.GotoAsync("/backoffice/suppliers?q=NI778899");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Poplar Facilities Ltd" }).ClickAsync();

        await Assertions.Expect(page.Locator("#flags")).ToContainTextAsync("Declared signed, no approved pledge");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Awaiting review");
        await page.AssertNoAxeViolationsAsync();

        await page.GotoAsync("/backoffice/suppliers/flags");
        await Assertions.Expect(page.Locator("#flags")).ToContainTextAsync("Poplar Facilities Ltd");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
