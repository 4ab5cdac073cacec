namespace PledgeSite.Core.Entities;

/// <summary>A company that supplies the council, known by its Companies House number.</summary>
public class Supplier
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Companies House number, upper case, no spaces (e.g. "01234567", "SC123456").</summary>
    public string CompanyNumber { get; set; } = "";
    /// <summary>Registered or trading address as last declared, one line per address line.</summary>
    public string? Address { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public List<SupplierDeclaration> Declarations { get; set; } = [];
    public List<SupplierContract> Contracts { get; set; } = [];
}
