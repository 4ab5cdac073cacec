namespace PledgeSite.Core.Entities;

/// <summary>
/// A supplier's signed declaration for one contract at one stage (tender or annual contract monitoring).
/// Never changed once submitted: a correction is a new declaration that supersedes this one; both are kept.
/// </summary>
public class SupplierDeclaration
{
    public int Id { get; set; }
    /// <summary>Reference quoted to the supplier, for example "SD-2026-7KQ4M2".</summary>
    public string Reference { get; set; } = "";
    public int SupplierId { get; set; }
    public Supplier? Supplier { get; set; }

    public string SupplierName { get; set; } = "";
    public string CompanyNumber { get; set; } = "";
    public string Address { get; set; } = "";

    public string ContractReference { get; set; } = "";
    public string ContractTitle { get; set; } = "";
    public ContractValueBand ValueBand { get; set; }
    public DeclarationStage Stage { get; set; }

    public DeclaredPledgeStatus PledgeStatus { get; set; }
    /// <summary>The pledge reference claimed when <see cref="PledgeStatus"/> is Signed (verified as approved when submitted).</summary>
    public string? PledgeReference { get; set; }
    /// <summary>The pledge's standing when the declaration was submitted, so a later lapse or withdrawal can be flagged.</summary>
    public PledgeStanding? PledgeStandingWhenDeclared { get; set; }
    public DateOnly? WillSignBy { get; set; }
    public string? WillNotReason { get; set; }

    public string Advancement { get; set; } = "";
    /// <summary>Codes of the pledge commitments this contract serves, comma-separated.</summary>
    public string? CommitmentCodes { get; set; }

    public int? TotalStaff { get; set; }
    public int? MinorityEthnicStaff { get; set; }
    public int? MinorityEthnicLeaders { get; set; }

    public string AccountableName { get; set; } = "";
    public string AccountableRole { get; set; } = "";
    public string AccountableEmail { get; set; } = "";
    /// <summary>The name typed as a signature under the statement of truth.</summary>
    public string SignedName { get; set; } = "";
    public DateTime SubmittedUtc { get; set; }

    /// <summary>The declaration this one corrects.</summary>
    public int? SupersedesId { get; set; }
    public SupplierDeclaration? Supersedes { get; set; }
    /// <summary>Set when a correction replaces this declaration.</summary>
    public int? SupersededById { get; set; }
    public SupplierDeclaration? SupersededBy { get; set; }
    public DateTime? SupersededUtc { get; set; }

    public bool IsCurrent => SupersededById is null;
}

public enum DeclarationStage
{
    Tender,
    AnnualMonitoring,
}

public enum DeclaredPledgeStatus
{
    HasSigned,
    WillSign,
    WillNotSign,
}

public enum ContractValueBand
{
    Under25k,
    From25kTo100k,
    From100kTo500k,
    From500kTo2m,
    Over2m,
}
