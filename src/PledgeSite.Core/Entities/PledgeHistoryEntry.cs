namespace PledgeSite.Core.Entities;

/// <summary>One change in a pledge's life: who, when, from which status to which, and their comment.</summary>
public class PledgeHistoryEntry
{
    public int Id { get; set; }
    public int PledgeId { get; set; }
    public Pledge Pledge { get; set; } = null!;
    public DateTime OccurredUtc { get; set; }
    public PledgeStatus? FromStatus { get; set; }
    public PledgeStatus ToStatus { get; set; }
    /// <summary>Who made the change as people see it: a staff member's name, "the organisation (name)", or "the site".</summary>
    public string Actor { get; set; } = "";
    public HistoryActorKind ActorKind { get; set; }
    /// <summary>What happened in words, for example "Returned with comments" or "Commitments changed".</summary>
    public string Event { get; set; } = "";
    /// <summary>The reviewer's comments or the organisation's answer; shown to the organisation and staff only.</summary>
    public string? Comment { get; set; }
}

public enum HistoryActorKind
{
    Organisation,
    Staff,
    System,
}
