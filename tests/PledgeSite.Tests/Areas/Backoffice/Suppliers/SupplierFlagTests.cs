using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Suppliers;

namespace PledgeSite.Tests.Areas.Backoffice.Suppliers;

/// <summary>Each flag is raised by the event that causes it and cleared by the event that resolves it (own site: the clock moves).</summary>
public class SupplierFlagTests
{
    public static DeclarationAnswers Answers(string companyNumber, string contract, DeclaredPledgeStatus status, string? pledgeReference = null,
        DateOnly? signBy = null, DeclarationStage stage = DeclarationStage.Tender) => new()
    {
        SupplierName = "Brick Lane Catering Ltd", CompanyNumber = companyNumber, AddressLine1 = "2 Brick Lane", Town = "London", Postcode = "E1 6RF",
        ContractReference = contract, ContractTitle = "School meals", ValueBand = ContractValueBand.Over2m, Stage = stage,
        PledgeStatus = status, PledgeReference = pledgeReference, WillSignBy = signBy, WillNotReason = status == DeclaredPledgeStatus.WillNotSign ? "No capacity this year." : null,
        Advancement = "Local recruitment and anti-racism training for all staff on the contract.", WorkforceAnswered = true,
        AccountableName = "Sam Uddin", AccountableRole = "Director", AccountableEmail = "sam@catering.example", StatementConfirmed = true, SignedName = "Sam Uddin",
    };

    public static async Task<SupplierDeclaration> DeclareAsync(SiteFactory site, DeclarationAnswers answers, int? supersedes = null)
    {
        SupplierDeclaration? declaration = null;
        await site.WithScopeAsync(async services =>
        {
            var declarations = services.GetRequiredService<SupplierDeclarations>();
            // The commitments question applies while the catalogue (seeded from the action plan) has active commitments.
            answers.CommitmentCodes ??= (await declarations.CommitmentOptionsAsync()).Select(c => c.Code).Take(1).ToList();
            var draft = await declarations.StartAsync(answers, supersedes);
            var (d, error, missing) = await declarations.SubmitAsync(draft);
            Assert.True(d is not null, $"not submitted: {error} {missing}");
            declaration = d;
        });
        return declaration!;
    }

    private static async Task<List<SupplierFlagKind>> FlagsAsync(SiteFactory site, string companyNumber)
    {
        List<SupplierFlagKind> kinds = [];
        await site.WithScopeAsync(async services =>
        {
            var found = await services.GetRequiredService<SupplierChecks>().SearchAsync(null, companyNumber);
            kinds = found.Single().Flags.Select(f => f.Kind).ToList();
        });
        return kinds;
    }

    private static Task UpdatePledgeAsync(SiteFactory site, int id, Action<Pledge> change) => site.WithDbAsync(async db =>
    {
        var pledge = await db.Set<Pledge>().SingleAsync(p => p.Id == id);
        change(pledge);
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Declared_signed_is_flagged_when_the_pledge_is_no_longer_approved_and_cleared_when_it_is_approved_again()
    {
        using var site = new SiteFactory();
        var pledge = await SupplierTestData.AddPledgeAsync(site, "01230001");
        await DeclareAsync(site, Answers("01230001", "C-1", DeclaredPledgeStatus.HasSigned, pledge.Reference));
        Assert.Empty(await FlagsAsync(site, "01230001"));

        await UpdatePledgeAsync(site, pledge.Id, p => p.Status = PledgeStatus.Returned);
        Assert.Equal([SupplierFlagKind.SignedWithoutApprovedPledge], await FlagsAsync(site, "01230001"));

        await UpdatePledgeAsync(site, pledge.Id, p => p.Status = PledgeStatus.Approved);
        Assert.Empty(await FlagsAsync(site, "01230001"));

        // The pledge record removed altogether (for example by the retention purge) raises it too.
        await site.WithDbAsync(async db => { await db.Set<Pledge>().Where(p => p.Id == pledge.Id).ExecuteDeleteAsync(); });
        Assert.Equal([SupplierFlagKind.SignedWithoutApprovedPledge], await FlagsAsync(site, "01230001"));
    }

    [Fact]
    public async Task Claiming_another_organisations_pledge_is_flagged_and_never_shown_as_the_suppliers_own()
    {
        // Given an approved pledge of another company, and one of a charity with no Companies House number
        using var site = new SiteFactory();
        var other = await SupplierTestData.AddPledgeAsync(site, "01239999", name: "Someone Else Ltd");
        var charity = await SupplierTestData.AddPledgeAsync(site, null, name: "A Local Charity");

        // When a supplier declares each as its own signed pledge
        await DeclareAsync(site, Answers("01230007", "C-7", DeclaredPledgeStatus.HasSigned, other.Reference));
        await DeclareAsync(site, Answers("01230008", "C-8", DeclaredPledgeStatus.HasSigned, charity.Reference));

        // Then each is flagged "pledge belongs to another organisation", and the check shows no pledge for the supplier
        await site.WithScopeAsync(async services =>
        {
            var checks = services.GetRequiredService<SupplierChecks>();
            var claimed = (await checks.SearchAsync(null, "01230007")).Single();
            var flag = Assert.Single(claimed.Flags);
            Assert.Equal((SupplierFlagKind.PledgeOfAnotherOrganisation, "Pledge belongs to another organisation"), (flag.Kind, flag.Title));
            Assert.Contains("Someone Else Ltd (Companies House number 01239999)", flag.Message, StringComparison.Ordinal);
            Assert.Null(claimed.Pledge);
            var unnumbered = (await checks.SearchAsync(null, "01230008")).Single();
            Assert.Equal([SupplierFlagKind.PledgeOfAnotherOrganisation], unnumbered.Flags.Select(f => f.Kind));
            Assert.Null(unnumbered.Pledge);
        });
    }

    [Fact]
    public async Task A_pledge_that_lapses_or_is_withdrawn_after_the_declaration_is_flagged_until_put_right()
    {
        using var site = new SiteFactory();
        var pledge = await SupplierTestData.AddPledgeAsync(site, "01230002");
        await UpdatePledgeAsync(site, pledge.Id, p => p.NextReportDueUtc = site.Clock.GetUtcNow().UtcDateTime.AddDays(10));
        var declaration = await DeclareAsync(site, Answers("01230002", "C-2", DeclaredPledgeStatus.HasSigned, pledge.Reference));

        site.Clock.Advance(TimeSpan.FromDays(10 + 91));
        Assert.Equal([SupplierFlagKind.PledgeLapsedOrWithdrawn], await FlagsAsync(site, "01230002"));

        // The organisation files its progress report: the next report is due a year on.
        await UpdatePledgeAsync(site, pledge.Id, p => p.NextReportDueUtc = site.Clock.GetUtcNow().UtcDateTime.AddYears(1));
        Assert.Empty(await FlagsAsync(site, "01230002"));

        await UpdatePledgeAsync(site, pledge.Id, p => { p.Status = PledgeStatus.Withdrawn; p.WithdrawnUtc = site.Clock.GetUtcNow().UtcDateTime; });
        Assert.Equal([SupplierFlagKind.PledgeLapsedOrWithdrawn], await FlagsAsync(site, "01230002"));

        // The supplier corrects its declaration to say it will not sign.
        await DeclareAsync(site, Answers("01230002", "C-2", DeclaredPledgeStatus.WillNotSign), supersedes: declaration.Id);
        Assert.Empty(await FlagsAsync(site, "01230002"));
    }

    [Fact]
    public async Task A_promised_signing_date_that_passes_is_flagged_until_an_approved_pledge_exists()
    {
        using var site = new SiteFactory();
        await DeclareAsync(site, Answers("SC230003", "C-3", DeclaredPledgeStatus.WillSign, signBy: new DateOnly(2026, 12, 31)));
        Assert.Empty(await FlagsAsync(site, "SC230003"));

        site.Clock.Advance(TimeSpan.FromDays(37)); // 31 December 2026: the last day is still in time
        Assert.Empty(await FlagsAsync(site, "SC230003"));
        site.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal([SupplierFlagKind.SignByDatePassed], await FlagsAsync(site, "SC230003"));

        var pledge = await SupplierTestData.AddPledgeAsync(site, "SC230003", PledgeStatus.AwaitingReview);
        Assert.Equal([SupplierFlagKind.SignByDatePassed], await FlagsAsync(site, "SC230003"));
        await UpdatePledgeAsync(site, pledge.Id, p => { p.Status = PledgeStatus.Approved; p.NextReportDueUtc = site.Clock.GetUtcNow().UtcDateTime.AddYears(1); });
        Assert.Empty(await FlagsAsync(site, "SC230003"));
    }

    [Fact]
    public async Task Annual_monitoring_is_flagged_overdue_after_the_configured_months_and_cleared_by_a_monitoring_declaration()
    {
        using var site = new SiteFactory().With("Suppliers:MonitoringOverdueMonths", "6");
        await DeclareAsync(site, Answers("01230004", "C-4", DeclaredPledgeStatus.WillNotSign));

        site.Clock.Advance(TimeSpan.FromDays(181)); // 24 May 2027 10:00: exactly six months, not yet overdue
        Assert.Empty(await FlagsAsync(site, "01230004"));
        site.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([SupplierFlagKind.MonitoringOverdue], await FlagsAsync(site, "01230004"));

        await DeclareAsync(site, Answers("01230004", "C-4", DeclaredPledgeStatus.WillNotSign, stage: DeclarationStage.AnnualMonitoring));
        Assert.Empty(await FlagsAsync(site, "01230004"));
    }

    [Fact]
    public async Task A_registered_contract_is_flagged_on_its_own_monitoring_cycle_not_the_site_wide_period()
    {
        using var site = new SiteFactory().With("Suppliers:MonitoringOverdueMonths", "12");
        await site.WithScopeAsync(services => services.GetRequiredService<ContractRegister>().AddAsync(
            [new ValidContract("C-6", "Youth services", "Brick Lane Catering Ltd", "01230006", new DateOnly(2026, 1, 1), new DateOnly(2029, 12, 31), 3, "officer@towerhamlets.example", "contact@catering.example")], "test"));
        await DeclareAsync(site, Answers("01230006", "C-6", DeclaredPledgeStatus.WillNotSign));

        site.Clock.Advance(TimeSpan.FromDays(80));
        Assert.Empty(await FlagsAsync(site, "01230006"));
        site.Clock.Advance(TimeSpan.FromDays(15)); // past three months, well short of the site-wide twelve

        Assert.Equal([SupplierFlagKind.MonitoringOverdue], await FlagsAsync(site, "01230006"));
    }

    [Fact]
    public async Task Monitoring_is_not_flagged_for_a_registered_contract_that_has_ended()
    {
        using var site = new SiteFactory();
        await DeclareAsync(site, Answers("01230005", "C-5", DeclaredPledgeStatus.WillNotSign));
        await site.WithScopeAsync(services => services.GetRequiredService<ContractRegister>().AddAsync(
            [new ValidContract("C-5", "School meals", "Brick Lane Catering Ltd", "01230005", new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30), 12, "officer@towerhamlets.example", "contact@catering.example")], "test"));

        site.Clock.Advance(TimeSpan.FromDays(400));

        Assert.Empty(await FlagsAsync(site, "01230005"));
    }
}
