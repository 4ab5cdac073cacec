namespace PledgeSite.Core.Suppliers;

/// <summary>Configuration section "Suppliers".</summary>
public sealed class SupplierOptions
{
    public const string Section = "Suppliers";
    /// <summary>Months after the last declaration for a contract before annual contract monitoring is flagged overdue.</summary>
    public int MonitoringOverdueMonths { get; set; } = 12;
    /// <summary>Days before a contract-monitoring point that the reminder is emailed.</summary>
    public int ReminderDaysBefore { get; set; } = 28;
}
