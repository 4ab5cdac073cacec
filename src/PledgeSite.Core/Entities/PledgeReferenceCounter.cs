namespace PledgeSite.Core.Entities;

/// <summary>
/// The last pledge reference number given out in a year ("ARP-2026-0042" is number 42 of 2026). Incremented in the
/// submitting transaction, so two submissions never get the same number, on any provider or number of instances.
/// </summary>
[NotAudited]
public class PledgeReferenceCounter
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
