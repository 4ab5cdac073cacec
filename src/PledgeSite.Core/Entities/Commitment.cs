namespace PledgeSite.Core.Entities;

/// <summary>
/// One commitment in the catalogue that organisations choose from when they sign the pledge, taken from a
/// recommendation of the action plan (for example "R1.D" Targets). Required commitments are part of every pledge.
/// Managed by reviewers in /backoffice/pledges/commitments; the starter set comes from the seeds.
/// </summary>
public class Commitment
{
    public int Id { get; set; }
    /// <summary>Stable code shown to people and used by the seed import, for example "R1.A".</summary>
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>What the organisation commits to, worded as its own commitment ("We will ...").</summary>
    public string Text { get; set; } = "";
    /// <summary>Guidance (optional): the seeded ones quote the Commission's recommendation it answers.</summary>
    public string? Guidance { get; set; }
    /// <summary>Every signatory must make this commitment (the action plan says they "must").</summary>
    public bool IsRequired { get; set; }
    /// <summary>The action plan recommendation it comes from, for example "R1.D" or "R.20".</summary>
    public string? RecommendationCode { get; set; }
    public int SortOrder { get; set; }
    /// <summary>
    /// The organisation types it is offered to, comma-separated enum names (for example "SchoolOrCollege"); null
    /// offers it to every type.
    /// </summary>
    public string? OfferedTo { get; set; }
    /// <summary>Inactive commitments are no longer offered; pledges that made them keep them.</summary>
    public bool IsActive { get; set; } = true;
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    /// <summary>R1.A, the pledge itself: every pledge includes it, whatever the catalogue says.</summary>
    public const string PledgeItselfCode = "R1.A";

    public bool IsPledgeItself => Code == PledgeItselfCode;

    /// <summary>Part of every pledge: marked required, or the pledge itself.</summary>
    public bool IsMandatory => IsRequired || IsPledgeItself;

    /// <summary>Whether an organisation of this type is offered the commitment (a mandatory one always is).</summary>
    public bool IsOfferedTo(OrganisationType? type) =>
        IsMandatory || string.IsNullOrWhiteSpace(OfferedTo) || (type is { } t && OfferedTo.Split(',').Any(o => o.Trim() == t.ToString()));
}

/// <summary>A commitment an organisation made in its pledge.</summary>
public class PledgeCommitment
{
    public int Id { get; set; }
    public int PledgeId { get; set; }
    public Pledge Pledge { get; set; } = null!;
    public int CommitmentId { get; set; }
    public Commitment Commitment { get; set; } = null!;
    public DateTime AddedUtc { get; set; }
    /// <summary>When a reviewer approved it; null while it waits for review (public pages show approved ones only).</summary>
    public DateTime? ApprovedUtc { get; set; }
}
