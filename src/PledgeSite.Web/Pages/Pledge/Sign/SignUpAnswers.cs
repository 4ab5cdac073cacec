using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Sign;

/// <summary>
/// Everything typed into the sign-up journey so far, as typed (so a half-finished answer saved with "come back later"
/// is shown again unchanged). Checked page by page, and all together on check-your-answers.
/// </summary>
public sealed class SignUpAnswers
{
    public string? OrganisationName { get; set; }
    public string? OrganisationType { get; set; }
    public string? Sector { get; set; }
    public string? SizeBand { get; set; }
    public string? CompanyNumber { get; set; }
    public string? CharityNumber { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Website { get; set; }
    public int? LogoId { get; set; }
    public string? LogoFileName { get; set; }
    public PersonAnswers Contact { get; set; } = new();
    public PersonAnswers Sponsor { get; set; } = new();
    public List<int> CommitmentIds { get; set; } = [];
    /// <summary>The organisation's own statement: why it signs and what it will change.</summary>
    public string? Statement { get; set; }
    /// <summary>The organisation's own actions: what, who leads it, by when.</summary>
    public List<ActionAnswers> Actions { get; set; } = [];
    public List<TargetAnswers> Targets { get; set; } = [];
    public WorkforceAnswers Workforce { get; set; } = new();
    public string? ConsentToPublish { get; set; }
    public bool DeclarationAccepted { get; set; }
    /// <summary>Steps answered and accepted, so "come back later" resumes at the first one still to do.</summary>
    public HashSet<string> Completed { get; set; } = [];

    public OrganisationType? Type => Enum.TryParse<OrganisationType>(OrganisationType, out var t) && !int.TryParse(OrganisationType, out _) ? t : null;

    /// <summary>
    /// The commitments this pledge makes: those chosen and every mandatory one, of those offered to the organisation's
    /// type (a school's R.22 is dropped if the type is changed to a business).
    /// </summary>
    public List<Commitment> Chosen(IEnumerable<Commitment> catalogue) =>
        catalogue.Where(c => c.IsOfferedTo(Type) && (c.IsMandatory || CommitmentIds.Contains(c.Id))).ToList();
}

public sealed class ActionAnswers
{
    public string? What { get; set; }
    public string? Lead { get; set; }
    public DateParts DueDate { get; set; } = new();
    public int? CommitmentId { get; set; }
}

public sealed class PersonAnswers
{
    public string? Name { get; set; }
    public string? JobTitle { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public sealed class TargetAnswers
{
    public string? Measure { get; set; }
    public string? Unit { get; set; }
    public string? BaselineValue { get; set; }
    public DateParts BaselineDate { get; set; } = new();
    public string? TargetValue { get; set; }
    public DateParts TargetDate { get; set; } = new();
    public int? CommitmentId { get; set; }
    public string? IsPublic { get; set; }
}

public sealed class WorkforceAnswers
{
    public DateParts AsAtDate { get; set; } = new();
    public string? TotalStaff { get; set; }
    public string? MinorityEthnicStaff { get; set; }
    public string? SeniorStaff { get; set; }
    public string? MinorityEthnicSeniorStaff { get; set; }

    public bool IsEmpty => AsAtDate.IsEmpty && string.IsNullOrWhiteSpace(TotalStaff) && string.IsNullOrWhiteSpace(MinorityEthnicStaff)
        && string.IsNullOrWhiteSpace(SeniorStaff) && string.IsNullOrWhiteSpace(MinorityEthnicSeniorStaff);
}

/// <summary>Loads and saves sign-up journeys (one database row each, keyed by the id in the URL).</summary>
public sealed class SignUpJourneys(PledgeDbContext db, SiteClock clock)
{
    /// <summary>Journeys untouched for this long are treated as gone.</summary>
    public static readonly TimeSpan Lifetime = PledgeSite.Core.Retention.JourneyRetentionJob.Lifetime;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The journey row's form of the answers.</summary>
    public static string Serialize(SignUpAnswers answers) => JsonSerializer.Serialize(answers, Json);

    public async Task<SignUpJourney> StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var journey = new SignUpJourney { Id = Guid.NewGuid(), CreatedUtc = now, UpdatedUtc = now, StateJson = Serialize(new SignUpAnswers()) };
        db.Set<SignUpJourney>().Add(journey);
        await db.SaveChangesAsync(cancellationToken);
        return journey;
    }

    public async Task<(SignUpJourney Journey, SignUpAnswers Answers)?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var journey = await db.Set<SignUpJourney>().SingleOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (journey is null || journey.UpdatedUtc < clock.GetUtcNow().UtcDateTime - Lifetime) return null;
        return (journey, JsonSerializer.Deserialize<SignUpAnswers>(journey.StateJson, Json) ?? new SignUpAnswers());
    }

    public async Task SaveAsync(SignUpJourney journey, SignUpAnswers answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journey);
        journey.StateJson = Serialize(answers);
        journey.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
