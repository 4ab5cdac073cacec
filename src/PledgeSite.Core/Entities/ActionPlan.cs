namespace PledgeSite.Core.Entities;

/// <summary>One of the four themes of the action plan, identified everywhere by its fixed slug.</summary>
public class Theme
{
    public const string AntiRacistBorough = "anti-racist-borough";
    public const string CommunityLeadership = "community-leadership";
    public const string Health = "health";
    public const string EducationAndEmployment = "education-and-employment";

    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
    public List<Outcome> Outcomes { get; set; } = [];
    public List<Recommendation> Recommendations { get; set; } = [];
}

/// <summary>An outcome the theme aims for ("More residents from ... are in community leadership roles").</summary>
public class Outcome
{
    public int Id { get; set; }
    public int ThemeId { get; set; }
    public Theme Theme { get; set; } = default!;
    public int SortOrder { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A recommendation of the Inequalities Commission (R1.A to R1.F, R.2 to R.23) and the council's actions on it.</summary>
public class Recommendation
{
    public int Id { get; set; }
    /// <summary>As written in the plan: "R1.A", "R.12".</summary>
    public string Code { get; set; } = "";
    /// <summary>Permalink segment: /action-plan/r1-a, /action-plan/r12.</summary>
    public string Slug { get; set; } = "";
    public int ThemeId { get; set; }
    public Theme Theme { get; set; } = default!;
    public int SortOrder { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public List<PlanAction> Actions { get; set; } = [];

    public static string SlugFor(string code) =>
        code.ToLowerInvariant().Replace("r.", "r", StringComparison.Ordinal).Replace('.', '-');
}

/// <summary>
/// One action of the plan. Dates keep the plan's own wording (<see cref="DueText"/>: "Mar-22", "On-going",
/// "01/12/2021 Delayed to 01/04/2022") beside the date the site read from it and a note on how it was read.
/// </summary>
public class PlanAction
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public Recommendation Recommendation { get; set; } = default!;
    /// <summary>Position within the recommendation, from 1; with the recommendation code it identifies the action in files.</summary>
    public int SortOrder { get; set; }
    public string Text { get; set; } = "";
    public string? Resource { get; set; }
    public string? StartText { get; set; }
    public DateOnly? StartDate { get; set; }
    public string? StartNote { get; set; }
    /// <summary>The latest due wording (from the progress report when it revised the plan's).</summary>
    public string? DueText { get; set; }
    /// <summary>The plan's original due wording when a progress report revised it.</summary>
    public string? PlannedDueText { get; set; }
    public DateOnly? DueDate { get; set; }
    public string? DueNote { get; set; }
    /// <summary>The plan says the action is on-going rather than due by a date.</summary>
    public bool IsOngoing { get; set; }
    /// <summary>The owner as last written: the seed's wording on import, the owners' names after an editor's change.</summary>
    public string? Owner { get; set; }
    /// <summary>Who owns the action, from the one list of owners (the seed's spelling variants merged; shared owners both listed).</summary>
    public List<ActionOwner> Owners { get; set; } = [];
    public string? ProgressUpdate { get; set; }
    /// <summary>When the current progress update was written; null for one that came with the seed files (undated there).</summary>
    public DateTime? ProgressUpdatedUtc { get; set; }
    /// <summary>Open, or retired from the plan: superseded, or carried into the new plan (completed is the RAG rating).</summary>
    public PlanActionClosure Closure { get; set; }
    /// <summary>Why it was retired, for example what replaced it.</summary>
    public string? ClosureNote { get; set; }
    public RagRating Rag { get; set; }
    /// <summary>Where the row came from in the seed files ("001:95 002:13").</summary>
    public string? SeedSource { get; set; }
    public DateTime? UpdatedUtc { get; set; }
    public string? UpdatedBy { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<PlanActionChange> Changes { get; set; } = [];

    /// <summary>"R1.A-2": how files (CSV, TSV, JSON) name the action.</summary>
    public string Reference => $"{Recommendation.Code}-{SortOrder}";

    public ActionStatus StatusOn(DateOnly today) => this switch
    {
        { Closure: PlanActionClosure.Superseded } => ActionStatus.Superseded,
        { Closure: PlanActionClosure.CarriedIntoNewPlan } => ActionStatus.CarriedIntoNewPlan,
        { Rag: RagRating.Complete } => ActionStatus.Complete,
        { IsOngoing: true } => ActionStatus.Ongoing,
        { DueDate: { } due } when due < today => ActionStatus.Overdue,
        { DueDate: { } due } when due.Year == today.Year => ActionStatus.DueThisYear,
        { DueDate: not null } => ActionStatus.DueLater,
        _ => ActionStatus.NoDueDate,
    };
}

/// <summary>Red / amber / green rating, with complete (blue in the council's BRAG reports).</summary>
public enum RagRating
{
    NotRated,
    Red,
    Amber,
    Green,
    Complete,
}

public enum ActionStatus
{
    Overdue,
    DueThisYear,
    DueLater,
    Ongoing,
    Complete,
    NoDueDate,
    Superseded,
    CarriedIntoNewPlan,
}

/// <summary>Whether an action is still part of the plan, or was retired when the plan was refreshed.</summary>
public enum PlanActionClosure
{
    Open,
    /// <summary>Replaced by other actions, or no longer wanted.</summary>
    Superseded,
    /// <summary>Not finished, and carried into the refreshed plan.</summary>
    CarriedIntoNewPlan,
}

/// <summary>
/// One owner of actions (a director, a board, a partnership), in one spelling: the seed's variants ("Children &amp;
/// Families Executive", "Children and Families Executive") are one owner, so filtering by owner finds all its actions.
/// </summary>
public class ActionOwner
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The name's form for the owner filter's URLs: /action-plan?owner=children-and-families-executive.</summary>
    public string Slug { get; set; } = "";
    public List<PlanAction> Actions { get; set; } = [];
}

/// <summary>One editor's change to an action (its progress, RAG rating, wording, owners, dates or retirement): the history shown in the back office.</summary>
public class PlanActionChange
{
    public int Id { get; set; }
    public int PlanActionId { get; set; }
    public PlanAction PlanAction { get; set; } = default!;
    public DateTime ChangedUtc { get; set; }
    public string ChangedBy { get; set; } = "";
    public string? PreviousProgressUpdate { get; set; }
    public string? ProgressUpdate { get; set; }
    public RagRating PreviousRag { get; set; }
    public RagRating Rag { get; set; }
    /// <summary>"Edited" or "Bulk update from file.csv".</summary>
    public string How { get; set; } = "";
    /// <summary>What else changed, field by field ("Due: Mar-22 → Jun-23"), for edits beyond progress and RAG.</summary>
    public string? Details { get; set; }
}

/// <summary>An uploaded bulk update waiting for the editor's confirmation; nothing is applied until then.</summary>
public class ActionPlanBulkUpdate
{
    public Guid Id { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string CreatedBy { get; set; } = "";
    public string FileName { get; set; } = "";
    /// <summary>The validated changes, as JSON (<c>BulkChange[]</c>).</summary>
    public string ChangesJson { get; set; } = "[]";
    public DateTime? AppliedUtc { get; set; }
}
