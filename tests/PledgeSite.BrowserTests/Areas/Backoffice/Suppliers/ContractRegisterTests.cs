using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;

namespace PledgeSite.BrowserTests.Areas.Backoffice.Suppliers;

public class ContractRegisterTests(BrowserFixture browser)
{
    private const string Password = "Limehouse basin at dusk 2026";

    [Fact]
    public async Task Contract_register_add_and_upload_pages_and_a_declaration_have_no_accessibility_violations()
    {
        // Given a submitted declaration and a procurement officer
        var reference = "";
        await browser.Site.WithScopeAsync(async services =>
        {
            var declarations = services.GetRequiredService<SupplierDeclarations>();
            var draft = await declarations.StartAsync(new DeclarationAnswers
            {
                SupplierName = "Shadwell Cleaning Ltd", CompanyNumber = "OC445577", AddressLine1 = "2 Cable Street", Town = "London", Postcode = "E1 0BL",
                ContractReference = "THC-2026-0410", ContractTitle = "Office cleaning", ValueBand = ContractValueBand.Under25k, Stage = DeclarationStage.Tender,
                PledgeStatus = DeclaredPledgeStatus.WillNotSign, WillNotReason = "We are a sole trader with no staff.", Advancement = "Living wage and local hiring.", WorkforceAnswered = true,
                AccountableName = "Ana Silva", AccountableRole = "Director", AccountableEmail = "ana@shadwell.example", StatementConfirmed = true, SignedName = "Ana Silva",
            });
            var (declaration, error, missing) = await declarations.SubmitAsync(draft);
            Assert.True(declaration is not null, $"{error} {missing}");
            reference = declaration.Reference;
        });
        await browser.Site.CreateStaffAsync("contracts.browser@towerhamlets.example", Password, StaffRoles.ProcurementOfficer);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("contracts.browser@towerhamlets.example", Password);

        // The declaration as the officer sees it
        await page.GotoAsync($"/backoffice/suppliers/declarations/{reference}");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Declaration {reference}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Shadwell Cleaning Ltd");
        await page.AssertNoAxeViolationsAsync();

        // The register, and adding a contract with errors
        await page.GotoAsync("/backoffice/suppliers/contracts");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Contract register");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync("/backoffice/suppliers/contracts/new");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contract" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await page.AssertNoAxeViolationsAsync();

        // Uploading a CSV shows a preview before anything is added
        await page.GotoAsync("/backoffice/suppliers/contracts/upload");
        await page.AssertNoAxeViolationsAsync();
        var csv = "reference,title,supplier_name,company_number,start_date,end_date,monitoring_cycle_months,officer_email,supplier_contact_email\n" +
                  "BR-UP-1,Grounds maintenance,Green Spaces Ltd,01110001,2026-04-01,2029-03-31,12,officer@towerhamlets.example,contact@green.example\n";
        await page.GetByLabel("CSV file of contracts").SetInputFilesAsync(new FilePayload { Name = "contracts.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("Green Spaces Ltd");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Officer_adds_a_contract_and_signs_out_without_JavaScript()
    {
        await browser.Site.CreateStaffAsync("contracts.nojs.browser@towerhamlets.example", Password, StaffRoles.ProcurementOfficer);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsStaffAsync("contracts.nojs.browser@towerhamlets.example", Password);

        await page.GotoAsync("/backoffice/suppliers/contracts/new");
        await page.GetByLabel("Contract reference").FillAsync("BR-NOJS-1");
        await page.GetByLabel("Contract title").FillAsync("Street lighting repairs");
        await page.GetByLabel("Supplier name").FillAsync("Bright Lights Ltd");
        await page.GetByLabel("Supplier's Companies House number").FillAsync("07770001");
        await FillDateAsync(page, "Start date", "1", "4", "2026");
        await FillDateAsync(page, "End date", "31", "3", "2029");
        await page.GetByLabel("Monitoring cycle").FillAsync("12");
        await page.GetByLabel("Contract officer's email address").FillAsync("officer@towerhamlets.example");
        await page.GetByLabel("Supplier contact's email address").FillAsync("contact@brightlights.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contract" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("1 contract added to the register");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("BR-NOJS-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have signed out");
        await page.Context.CloseAsync();
    }

    private static async Task FillDateAsync(IPage page, string legend, string day, string month, string year)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend });
        await group.GetByLabel("Day").FillAsync(day);
        await group.GetByLabel("Month").FillAsync(month);
        await group.GetByLabel("Year").FillAsync(year);
    }
}
