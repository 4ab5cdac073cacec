using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Jobs;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Suppliers;

/// <summary>
/// Emails the supplier contact and the contract officer when a contract-monitoring point is near (from
/// <see cref="SupplierOptions.ReminderDaysBefore"/> days before it until it passes), once per contract per
/// monitoring date, unless the supplier has already filed a monitoring declaration for it.
/// </summary>
public sealed class ContractMonitoringReminders(PledgeDbContext db, EmailOutbox outbox, SiteClock clock,
    IOptionsMonitor<SupplierOptions> options, IOptions<EmailOptions> email) : IRecurringJob
{
    public string Name => "supplier-contract-monitoring-reminders";
    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var leadDays = options.CurrentValue.ReminderDaysBefore;
        var contracts = await db.Set<SupplierContract>().Include(c => c.Supplier)
            .Where(c => c.EndDate >= today).ToListAsync(cancellationToken);
        var baseUrl = email.Value.PublicBaseUrl.TrimEnd('/');
        foreach (var contract in contracts)
        {
            // The monitoring point in the reminder window: from leadDays before it to the day itself.
            var due = contract.MonitoringDates().FirstOrDefault(d => d >= today && d.AddDays(-leadDays) <= today);
            if (due == default) continue;
            var windowStartUtc = due.AddMonths(-Math.Max(1, contract.MonitoringCycleMonths) / 2).ToDateTime(TimeOnly.MinValue);
            var alreadyDeclared = await db.Set<SupplierDeclaration>().AnyAsync(d => d.ContractReference == contract.Reference
                && d.Stage == DeclarationStage.AnnualMonitoring && d.SubmittedUtc >= windowStartUtc, cancellationToken);
            if (alreadyDeclared) continue;
            var dueText = due.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            var key = $"contract-monitoring:{contract.Id}:{due:yyyy-MM-dd}";
            await outbox.EnqueueOnceAsync(new EmailTemplate($"Contract monitoring due {dueText}: {contract.Reference}", "")
                .Paragraph($"Annual contract monitoring for contract {contract.Reference} ({contract.Title}) with {contract.Supplier!.Name} is due on {dueText}.")
                .Paragraph("The supplier should file an Anti-Racist Pledge declaration for the contract at the 'annual contract monitoring' stage.")
                .Link("File a supplier declaration", baseUrl + "/suppliers/declaration")
                .To(contract.SupplierContactEmail, null, "supplier-monitoring-reminder", key + ":supplier"), cancellationToken);
            await outbox.EnqueueOnceAsync(new EmailTemplate($"Contract monitoring due {dueText}: {contract.Reference}", "")
                .Paragraph($"Annual contract monitoring for contract {contract.Reference} ({contract.Title}) with {contract.Supplier.Name} is due on {dueText}. We have reminded the supplier contact.")
                .Link("Check the supplier", $"{baseUrl}/backoffice/suppliers/{contract.SupplierId}")
                .To(contract.OfficerEmail, null, "supplier-monitoring-reminder", key + ":officer"), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
