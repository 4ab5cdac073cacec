using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Jobs;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Retention;

/// <summary>
/// Deletes online journeys nobody has touched for <see cref="Lifetime"/>: pledge sign-ups (and the logos uploaded in
/// them that no pledge uses) and supplier declaration drafts, finished or not. Their answers are personal data that
/// the pledge or declaration, once submitted, holds in its own right; an abandoned one should not be kept at all.
/// </summary>
public sealed class JourneyRetentionJob(PledgeDbContext db, SiteClock clock, ILogger<JourneyRetentionJob> log) : IRecurringJob
{
    /// <summary>How long a journey lives after its last change: its links stop working then, and it is deleted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public string Name => "journey-retention";
    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Lifetime;

        var journeys = await db.Set<SignUpJourney>().Where(j => j.UpdatedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        var drafts = await db.Set<SupplierDeclarationDraft>().Where(d => d.UpdatedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
        var logos = await DeleteUnusedLogosAsync(cutoff, cancellationToken);

        if (journeys + drafts + logos > 0)
        {
            log.LogInformation("Deleted {Journeys} sign-up journey(s), {Drafts} supplier declaration draft(s) and {Logos} unused logo(s) untouched since {Cutoff:yyyy-MM-dd}",
                journeys, drafts, logos, cutoff);
        }
    }

    /// <summary>Logos uploaded before the cut-off that no pledge shows and no journey still open refers to.</summary>
    private async Task<int> DeleteUnusedLogosAsync(DateTime cutoff, CancellationToken cancellationToken)
    {
        var candidates = await db.Set<PledgeLogo>()
            .Where(l => l.UploadedUtc < cutoff && !db.Set<Pledge>().Any(p => p.LogoId == l.Id))
            .Select(l => l.Id)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0) return 0;

        var stillWanted = new HashSet<int>();
        var openJourneys = await db.Set<SignUpJourney>().AsNoTracking()
            .Where(j => j.PledgeId == null)
            .Select(j => j.StateJson)
            .ToListAsync(cancellationToken);
        foreach (var state in openJourneys)
        {
            if (LogoIdIn(state) is { } id) stillWanted.Add(id);
        }
        var unused = candidates.Where(id => !stillWanted.Contains(id)).ToList();
        var deleted = 0;
        foreach (var batch in unused.Chunk(200))
        {
            deleted += await db.Set<PledgeLogo>().Where(l => batch.Contains(l.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        return deleted;
    }

    /// <summary>The <c>logoId</c> a sign-up journey's answers refer to, if any.</summary>
    public static int? LogoIdIn(string stateJson)
    {
        try
        {
            using var document = JsonDocument.Parse(stateJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("logoId", out var logo)
                   && logo.ValueKind == JsonValueKind.Number
                ? logo.GetInt32()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
