namespace PledgeSite.Core.Entities;

/// <summary>
/// A resident whose story the 'I can be' campaign tells (recommendation R.4). Published only with a consent record;
/// withdrawing consent unpublishes the story and deletes the photo.
/// </summary>
public class RoleModel
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>The leadership role they hold, e.g. "Chair of governors".</summary>
    public string Role { get; set; } = "";
    public string? Organisation { get; set; }
    public string? Community { get; set; }
    /// <summary>Theme slugs, comma-separated (see <see cref="Theme"/>).</summary>
    public string ThemeSlugs { get; set; } = "";
    public string Story { get; set; } = "";
    public string? Quote { get; set; }
    public bool IsFeatured { get; set; }

    public string? ConsentGivenBy { get; set; }
    public DateTime? ConsentGivenUtc { get; set; }
    /// <summary>What they agreed to, in the words they were shown.</summary>
    public string? ConsentScope { get; set; }
    public DateTime? ConsentWithdrawnUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }
    public RoleModelPhoto? Photo { get; set; }

    public bool HasConsent => ConsentGivenUtc is not null && ConsentWithdrawnUtc is null && !string.IsNullOrWhiteSpace(ConsentGivenBy);
    public bool IsPublished => PublishedUtc is not null && HasConsent;
    public IEnumerable<string> Themes => ThemeSlugs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A role model's photo, kept in the database (outside wwwroot) and served only while the story is published.</summary>
public class RoleModelPhoto
{
    public int Id { get; set; }
    public int RoleModelId { get; set; }
    public byte[] Content { get; set; } = [];
    public string ContentType { get; set; } = "";
    public string AltText { get; set; } = "";
    public DateTime UploadedUtc { get; set; }
}

/// <summary>A resident's suggestion of a role model, waiting in the editors' queue.</summary>
public class RoleModelSuggestion
{
    public int Id { get; set; }
    public string SuggestedName { get; set; } = "";
    public string? SuggestedEmail { get; set; }
    public string? SuggestedPhone { get; set; }
    public string? SuggestedRole { get; set; }
    public string Reason { get; set; } = "";
    public string SuggesterName { get; set; } = "";
    public string SuggesterEmail { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public SuggestionStatus Status { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedUtc { get; set; }
}

public enum SuggestionStatus
{
    New,
    Contacted,
    Declined,
}

/// <summary>A community leadership opportunity (R.3, R.5): open until its closing date, then shown as closed.</summary>
public class Opportunity
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public OpportunityType Type { get; set; }
    public string Organisation { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Eligibility { get; set; }
    /// <summary>Where it happens; null when online only.</summary>
    public string? Location { get; set; }
    public bool IsOnline { get; set; }
    public string? TimeCommitment { get; set; }
    public bool IsPaid { get; set; }
    /// <summary>The last day to apply (Europe/London): the opportunity leaves the lists the day after.</summary>
    public DateOnly ClosingDate { get; set; }
    public string HowToApply { get; set; } = "";
    public string? ApplyUrl { get; set; }
    public string ThemeSlugs { get; set; } = "";
    public OpportunityStatus Status { get; set; }
    /// <summary>For opportunities proposed by a signatory: their pledge reference, checked as approved.</summary>
    public string? PledgeReference { get; set; }
    public string? ProposerName { get; set; }
    public string? ProposerEmail { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedUtc { get; set; }

    public IEnumerable<string> Themes => ThemeSlugs.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    public bool IsOpenOn(DateOnly today) => Status == OpportunityStatus.Published && ClosingDate >= today;
}

public enum OpportunityType
{
    SchoolGovernor,
    Trustee,
    BoardMember,
    Mentoring,
    LeadershipProgramme,
    Volunteering,
    JobOrApprenticeship,
    Bursary,
}

public enum OpportunityStatus
{
    /// <summary>Proposed by an organisation; waits for an editor.</summary>
    Proposed,
    Published,
    Rejected,
    Withdrawn,
}
