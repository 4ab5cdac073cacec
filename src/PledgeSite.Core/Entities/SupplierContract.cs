namespace PledgeSite.Core.Entities;

/// <summary>A council contract in the register, with its contract-monitoring cycle.</summary>
public class SupplierContract
{
    public int Id { get; set; }
    /// <summary>The council's contract reference; declarations name it.</summary>
    public string Reference { get; set; } = "";
    public string Title { get; set; } = "";
    public int SupplierId { get; set; }
    public Supplier? Supplier { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    /// <summary>Months between contract-monitoring points, counted from the start date.</summary>
    public int MonitoringCycleMonths { get; set; } = 12;
    public string OfficerEmail { get; set; } = "";
    public string SupplierContactEmail { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedUtc { get; set; }

    /// <summary>Monitoring points from the first anniversary of the cycle up to the end date.</summary>
    public IEnumerable<DateOnly> MonitoringDates()
    {
        for (var k = 1; k < 1000; k++)
        {
            var due = StartDate.AddMonths(k * Math.Max(1, MonitoringCycleMonths));
            if (due > EndDate) yield break;
            yield return due;
        }
    }
}
