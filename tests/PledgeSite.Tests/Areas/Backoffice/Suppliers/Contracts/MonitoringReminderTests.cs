using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Suppliers;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.Suppliers.Contracts;

public class MonitoringReminderTests
{
    private static Task RunJobAsync(SiteFactory site) => site.WithScopeAsync(s =>
        s.GetRequiredService<ContractMonitoringReminders>().RunAsync(CancellationToken.None));

    [Fact]
    public async Task Reminders_go_to_the_supplier_contact_and_the_officer_once_per_contract_per_due_date()
    {
        using var site = new SiteFactory();
        // Monitoring falls due on 10 December 2026 (a year after the start); the clock says 24 November 2026.
        await site.WithScopeAsync(s => s.GetRequiredService<ContractRegister>().AddAsync(
        [
            new ValidContract("REM-1", "Street cleaning", "Clean Streets Ltd", "02220001", new DateOnly(2025, 12, 10), new DateOnly(2028, 12, 9), 12, "officer@towerhamlets.example", "contact@streets.example"),
            new ValidContract("REM-2", "Parks", "Parks Ltd", "02220002", new DateOnly(2026, 6, 1), new DateOnly(2029, 5, 31), 12, "officer@towerhamlets.example", "contact@parks.example"),
        ], "test"));

        await RunJobAsync(site);
        await RunJobAsync(site);

        var sent = await site.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "supplier-monitoring-reminder").OrderBy(m => m.ToAddress).ToListAsync());
        Assert.Equal(["contact@streets.example", "officer@towerhamlets.example"], sent.Select(m => m.ToAddress));
        Assert.All(sent, m => Assert.Contains("REM-1", m.Subject, StringComparison.Ordinal));
        Assert.All(sent, m => Assert.Contains("10 December 2026", m.TextBody, StringComparison.Ordinal));

        // A year on, the next monitoring point gets its own reminders.
        site.Clock.Advance(TimeSpan.FromDays(365));
        await RunJobAsync(site);
        Assert.Equal(4, await site.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "supplier-monitoring-reminder" && m.Subject.Contains("REM-1"))));
    }
}
