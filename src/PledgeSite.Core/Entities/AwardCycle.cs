namespace PledgeSite.Core.Entities;

/// <summary>
/// One year of the recognition awards: nominations open and close, judges score until the judging deadline,
/// winners are published at the announcement. Personal data is deleted <see cref="RetentionDays"/> after close.
/// </summary>
public class AwardCycle
{
    public int Id { get; set; }
    public int Year { get; set; }
    public DateTime NominationsOpenUtc { get; set; }
    public DateTime NominationsCloseUtc { get; set; }
    public DateTime JudgingDeadlineUtc { get; set; }
    public DateTime AnnouncementUtc { get; set; }
    /// <summary>Days after nominations close when nominators' and unsuccessful individual nominees' personal data is deleted.</summary>
    public int RetentionDays { get; set; } = 180;
    /// <summary>Set by the retention job when it has deleted the cycle's personal data.</summary>
    public DateTime? PersonalDataDeletedUtc { get; set; }
    /// <summary>When a manager emailed the nominees their results (before publication).</summary>
    public DateTime? NomineesEmailedUtc { get; set; }
    public List<AwardCategory> Categories { get; set; } = [];

    public DateTime RetentionEndsUtc => NominationsCloseUtc.AddDays(RetentionDays);
    public bool IsOpenAt(DateTime utcNow) => utcNow >= NominationsOpenUtc && utcNow < NominationsCloseUtc;
    public bool IsPublishedAt(DateTime utcNow) => utcNow >= AnnouncementUtc;
}

public enum NomineeKind
{
    Organisation,
    Individual,
}

/// <summary>An award within a cycle, for organisations or for individuals, with its eligibility rules, questions and criteria.</summary>
public class AwardCategory
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public AwardCycle Cycle { get; set; } = default!;
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public NomineeKind NomineeKind { get; set; }
    /// <summary>Organisation nominees must be signatories with an approved pledge in good standing.</summary>
    public bool RequiresApprovedSignatory { get; set; }
    /// <summary>Individual nominees must live, work or study in Tower Hamlets.</summary>
    public bool RequiresTowerHamletsConnection { get; set; }
    public bool SelfNominationAllowed { get; set; }
    public int SortOrder { get; set; }
    /// <summary>The judging panel's decision note, recorded by a manager.</summary>
    public string? DecisionNote { get; set; }
    public List<AwardQuestion> Questions { get; set; } = [];
    public List<AwardCriterion> Criteria { get; set; } = [];
    public List<JudgeAssignment> Judges { get; set; } = [];
}

/// <summary>A question the nominator answers, with a word limit the server enforces.</summary>
public class AwardQuestion
{
    public int Id { get; set; }
    public int CategoryId { get; set; }
    public string Text { get; set; } = "";
    public string? Hint { get; set; }
    public int MaxWords { get; set; } = 250;
    public int SortOrder { get; set; }
}

/// <summary>A judging criterion: each judge scores it between <see cref="MinScore"/> and <see cref="MaxScore"/>; <see cref="Weight"/> sets its share of the total.</summary>
public class AwardCriterion
{
    public int Id { get; set; }
    public int CategoryId { get; set; }
    public string Name { get; set; } = "";
    public string? Guidance { get; set; }
    public int Weight { get; set; } = 1;
    public int MinScore { get; set; }
    public int MaxScore { get; set; } = 10;
    public int SortOrder { get; set; }
}

/// <summary>A staff member with the Judge role assigned to score a category.</summary>
public class JudgeAssignment
{
    public int Id { get; set; }
    public int CategoryId { get; set; }
    public string JudgeUserId { get; set; } = "";
}
