using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Signatories;

/// <summary>
/// What a visitor or an open-data client asks of the directory. Every filter is optional; values come from the
/// query string (<c>?q=&amp;type=&amp;sector=&amp;size=&amp;commitment=&amp;standing=&amp;year=</c>).
/// </summary>
public sealed record SignatoryFilter
{
    public string? Name { get; init; }
    public OrganisationType? Type { get; init; }
    public string? Sector { get; init; }
    public string? SizeBand { get; init; }
    public string? Commitment { get; init; }
    public PledgeStanding? Standing { get; init; }
    public int? Year { get; init; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && Type is null && string.IsNullOrWhiteSpace(Sector)
        && string.IsNullOrWhiteSpace(SizeBand) && string.IsNullOrWhiteSpace(Commitment) && Standing is null && Year is null;
}

/// <summary>One line of the directory: the public facts about a published pledge.</summary>
public sealed record SignatoryListItem(
    int Id,
    string Reference,
    string Slug,
    string OrganisationName,
    OrganisationType OrganisationType,
    string? Sector,
    string? SizeBand,
    string? Website,
    string? CompanyNumber,
    string? CharityNumber,
    DateTime SignedUtc,
    DateTime? NextReportDueUtc,
    PledgeStanding Standing);

public sealed record SignatoryPage(IReadOnlyList<SignatoryListItem> Items, int Page, int PageSize, int TotalItems)
{
    public int TotalPages => TotalItems == 0 ? 1 : (TotalItems + PageSize - 1) / PageSize;
}

/// <summary>A commitment in the directory's filter: its code (for example "R1.A") and title.</summary>
public sealed record CommitmentOption(string Code, string Title);

/// <summary>What a signatory page and the open data show beyond the directory line.</summary>
public sealed record SignatoryDetails(int PledgeId, IReadOnlyList<CommitmentOption> Commitments, IReadOnlyList<PublicTarget> Targets);

/// <summary>A public target: from a baseline to a target value by a date, with the values reported so far.</summary>
public sealed record PublicTarget(
    int Id, string Measure, string Unit, string? CommitmentCode, decimal BaselineValue, DateOnly BaselineDate,
    decimal TargetValue, DateOnly TargetDate, IReadOnlyList<PublicReport> Reports)
{
    public TargetProgress ToProgress() => new(Measure, Unit,
        new ProgressPoint(BaselineDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), BaselineValue),
        new ProgressPoint(TargetDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), TargetValue),
        Reports.Select(r => new ProgressPoint(r.ValueDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), r.ValueReached)).ToList());
}

/// <summary>A progress report as published.</summary>
public sealed record PublicReport(
    int Id, int TargetId, decimal ValueReached, DateOnly ValueDate, string Narrative, string? EvidenceUrl, bool HasEvidenceFile,
    DateTime SubmittedUtc, ProgressReportStatus Status);

/// <summary>
/// A signatory's pledge in its own words, as approved: its statement, its commitments as worded for signatories, its
/// own actions with their latest yearly progress, and its yearly reports in words on commitments without a target.
/// </summary>
public sealed record SignatoryOwnWords(
    string? Statement, IReadOnlyList<PublicCommitment> Commitments, IReadOnlyList<PublicAction> Actions, IReadOnlyList<PublicWrittenReport> Reports);

/// <summary>An approved commitment: the recommendation it answers (code and title) and the signatory's commitment.</summary>
public sealed record PublicCommitment(int Id, string Code, string Title, string Text);

/// <summary>An approved own action: what, who leads it, by when, and the commitment it delivers.</summary>
public sealed record PublicAction(int Id, string What, string Lead, DateOnly DueDate, string? CommitmentCode);

/// <summary>A yearly report in words, on an own action or on a commitment, as published.</summary>
public sealed record PublicWrittenReport(int? ActionId, int? CommitmentId, OwnActionProgress? Progress, string Narrative, DateTime SubmittedUtc);

/// <summary>The choices offered by the directory's filters, taken from what is published.</summary>
public sealed record SignatoryFilterOptions(IReadOnlyList<string> Sectors, IReadOnlyList<string> SizeBands, IReadOnlyList<int> Years);

/// <summary>
/// Reads the public directory of signatories: approved pledges only (active, report overdue or lapsed, shown as
/// such), never drafts, pledges under review or withdrawn ones. Every query is a no-tracking projection that
/// starts from <c>Status = Approved</c>, so it runs on the (Status, ...) indexes of the pledges table.
/// </summary>
public sealed class SignatoryDirectory(PledgeDbContext db, SiteClock clock, IMemoryCache? cache = null)
{
    public const int MaxPageSize = 100;

    /// <summary>How long the filter choices (sectors, sizes, years) are reused: reading them scans every published pledge.</summary>
    public static readonly TimeSpan FilterOptionsLifetime = TimeSpan.FromMinutes(1);
    private static readonly object FilterOptionsKey = new();

    /// <summary>Published pledges matching <paramref name="filter"/>, ordered by name. Public so tests can EXPLAIN its SQL.</summary>
    public IQueryable<Pledge> Query(SignatoryFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var now = clock.GetUtcNow().UtcDateTime;
        var query = Published(db).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var pattern = "%" + EscapeLike(filter.Name.Trim()) + "%";
            query = query.Where(p => EF.Functions.Like(p.OrganisationName, pattern, "\\"));
        }
        if (filter.Type is { } type) query = query.Where(p => p.OrganisationType == type);
        if (!string.IsNullOrWhiteSpace(filter.Sector)) query = query.Where(p => p.Sector == filter.Sector);
        if (!string.IsNullOrWhiteSpace(filter.SizeBand)) query = query.Where(p => p.SizeBand == filter.SizeBand);
        if (filter.Year is { } year and > 1900 and < 3000)
        {
            var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var to = from.AddYears(1);
            query = query.Where(p => p.ApprovedUtc >= from && p.ApprovedUtc < to);
        }
        if (!string.IsNullOrWhiteSpace(filter.Commitment))
        {
            var code = filter.Commitment.Trim();
            query = query.Where(p => db.Set<PledgeCommitment>().Any(c => c.PledgeId == p.Id && c.ApprovedUtc != null && c.Commitment.Code == code));
        }
        if (filter.Standing is { } standing)
        {
            // The same thresholds as Pledge.StandingAt, turned round into dates so the database can use an index.
            var overdueBefore = now.AddDays(-30);
            var lapsedBefore = now.AddDays(-90);
            query = standing switch
            {
                PledgeStanding.Active => query.Where(p => p.NextReportDueUtc == null || p.NextReportDueUtc >= overdueBefore),
                PledgeStanding.ReportOverdue => query.Where(p => p.NextReportDueUtc < overdueBefore && p.NextReportDueUtc >= lapsedBefore),
                PledgeStanding.Lapsed => query.Where(p => p.NextReportDueUtc < lapsedBefore),
                _ => query.Where(p => false),
            };
        }
        return query;
    }

    public async Task<SignatoryPage> SearchAsync(SignatoryFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = Query(filter);
        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        var items = await Project(query.OrderBy(p => p.OrganisationName).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return new SignatoryPage(items, page, pageSize, total);
    }

    /// <summary>Every match, in name order, streamed (the CSV download).</summary>
    public async Task<List<SignatoryListItem>> AllAsync(SignatoryFilter filter, CancellationToken cancellationToken) =>
        await Project(Query(filter).OrderBy(p => p.OrganisationName).ThenBy(p => p.Id)).ToListAsync(cancellationToken);

    public async Task<SignatoryListItem?> FindAsync(string slug, CancellationToken cancellationToken) =>
        await Project(Published(db).AsNoTracking().Where(p => p.Slug == slug)).FirstOrDefaultAsync(cancellationToken);

    public async Task<SignatoryFilterOptions> FilterOptionsAsync(CancellationToken cancellationToken)
    {
        if (cache is null) return await ReadFilterOptionsAsync(cancellationToken);
        if (cache.TryGetValue(FilterOptionsKey, out SignatoryFilterOptions? cached) && cached is not null) return cached;
        var options = await ReadFilterOptionsAsync(cancellationToken);
        cache.Set(FilterOptionsKey, options, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = FilterOptionsLifetime, Size = 1 });
        return options;
    }

    private async Task<SignatoryFilterOptions> ReadFilterOptionsAsync(CancellationToken cancellationToken)
    {
        var published = Published(db).AsNoTracking();
        var sectors = await published.Where(p => p.Sector != null).Select(p => p.Sector!).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
        var sizes = (await published.Where(p => p.SizeBand != null).Select(p => p.SizeBand!).Distinct().ToListAsync(cancellationToken))
            .OrderBy(LeadingNumber).ThenBy(s => s, StringComparer.Ordinal).ToList();
        var first = await published.MinAsync(p => p.ApprovedUtc, cancellationToken);
        var thisYear = clock.GetUtcNow().Year;
        var years = first is { } f ? Enumerable.Range(f.Year, Math.Max(0, thisYear - f.Year) + 1).Reverse().ToList() : [];
        return new SignatoryFilterOptions(sectors, sizes, years);
    }

    /// <summary>The commitments a visitor can filter by (from the commitments catalogue).</summary>
    public async Task<IReadOnlyList<CommitmentOption>> CommitmentOptionsAsync(CancellationToken cancellationToken) =>
        await db.Set<Commitment>().AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new CommitmentOption(c.Code, c.Title)).ToListAsync(cancellationToken);

    /// <summary>
    /// The approved commitments and the public, approved targets (with their progress reports) of the given pledges,
    /// read in a few batched queries. Never contacts, never private targets.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, SignatoryDetails>> DetailsAsync(IReadOnlyCollection<int> pledgeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pledgeIds);
        var result = pledgeIds.Distinct().ToDictionary(id => id, id => new SignatoryDetails(id, [], []));
        foreach (var chunk in result.Keys.Chunk(500))
        {
            var commitments = await db.Set<PledgeCommitment>().AsNoTracking()
                .Where(c => chunk.Contains(c.PledgeId) && c.ApprovedUtc != null)
                .OrderBy(c => c.Commitment.SortOrder).ThenBy(c => c.Commitment.Code)
                .Select(c => new { c.PledgeId, c.Commitment.Code, c.Commitment.Title })
                .ToListAsync(cancellationToken);
            var targets = await db.Set<Target>().AsNoTracking()
                .Where(t => chunk.Contains(t.PledgeId) && t.IsPublic && t.ApprovedUtc != null)
                .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
                .Select(t => new
                {
                    t.Id, t.PledgeId, t.Measure, t.Unit, CommitmentCode = t.Commitment == null ? null : t.Commitment.Code,
                    t.BaselineValue, t.BaselineDate, t.TargetValue, t.TargetDate,
                })
                .ToListAsync(cancellationToken);
            var targetIds = targets.Select(t => t.Id).ToList();
            var reports = targetIds.Count == 0 ? [] : await db.Set<ProgressReport>().AsNoTracking()
                .Where(r => targetIds.Contains(r.TargetId))
                .OrderBy(r => r.ValueDate).ThenBy(r => r.Id)
                .Select(r => new PublicReport(r.Id, r.TargetId, r.ValueReached, r.ValueDate, r.Narrative, r.EvidenceUrl,
                    r.EvidenceFileId != null, r.SubmittedUtc, r.Status))
                .ToListAsync(cancellationToken);
            var reportsByTarget = reports.ToLookup(r => r.TargetId);
            foreach (var group in commitments.GroupBy(c => c.PledgeId))
                result[group.Key] = result[group.Key] with { Commitments = group.Select(c => new CommitmentOption(c.Code, c.Title)).ToList() };
            foreach (var group in targets.GroupBy(t => t.PledgeId))
                result[group.Key] = result[group.Key] with
                {
                    Targets = group.Select(t => new PublicTarget(t.Id, t.Measure, t.Unit, t.CommitmentCode, t.BaselineValue, t.BaselineDate,
                        t.TargetValue, t.TargetDate, reportsByTarget[t.Id].ToList())).ToList(),
                };
        }
        return result;
    }

    /// <summary>The pledge's statement, commitments, own actions and reports in words, as approved (a published pledge's only).</summary>
    public async Task<SignatoryOwnWords> OwnWordsAsync(int pledgeId, CancellationToken cancellationToken)
    {
        var statement = await Published(db).AsNoTracking().Where(p => p.Id == pledgeId).Select(p => p.PublishedStatement).FirstOrDefaultAsync(cancellationToken);
        var commitments = await db.Set<PledgeCommitment>().AsNoTracking()
            .Where(c => c.PledgeId == pledgeId && c.ApprovedUtc != null)
            .OrderBy(c => c.Commitment.SortOrder).ThenBy(c => c.Commitment.Code)
            .Select(c => new PublicCommitment(c.CommitmentId, c.Commitment.Code, c.Commitment.Title, c.Commitment.Text))
            .ToListAsync(cancellationToken);
        var actions = await db.Set<OwnAction>().AsNoTracking()
            .Where(a => a.PledgeId == pledgeId && a.ApprovedUtc != null)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new PublicAction(a.Id, a.What, a.Lead, a.DueDate, a.Commitment == null ? null : a.Commitment.Code))
            .ToListAsync(cancellationToken);
        var actionIds = actions.Select(a => a.Id).ToList();
        var commitmentIds = commitments.Select(c => c.Id).ToList();
        var reports = await db.Set<WrittenReport>().AsNoTracking()
            .Where(r => r.PledgeId == pledgeId
                && ((r.OwnActionId != null && actionIds.Contains(r.OwnActionId.Value)) || (r.CommitmentId != null && commitmentIds.Contains(r.CommitmentId.Value))))
            .OrderByDescending(r => r.PeriodDueUtc).ThenByDescending(r => r.Id)
            .Select(r => new PublicWrittenReport(r.OwnActionId, r.CommitmentId, r.Progress, r.Narrative, r.SubmittedUtc))
            .ToListAsync(cancellationToken);
        return new SignatoryOwnWords(statement, commitments, actions, reports);
    }

    /// <summary>The pledges the public may see: approved ones (whatever their reporting standing).</summary>
    public static IQueryable<Pledge> Published(PledgeDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Pledge>().Where(p => p.Status == PledgeStatus.Approved && p.ApprovedUtc != null && p.ConsentToPublish);
    }

    private IQueryable<SignatoryListItem> Project(IQueryable<Pledge> query)
    {
        var rows = query.Select(p => new
        {
            p.Id, p.Reference, p.Slug, p.OrganisationName, p.OrganisationType, p.Sector, p.SizeBand, p.Website,
            p.CompanyNumber, p.CharityNumber, p.ApprovedUtc, p.NextReportDueUtc,
        });
        var now = clock.GetUtcNow().UtcDateTime;
        var overdueBefore = now.AddDays(-30);
        var lapsedBefore = now.AddDays(-90);
        // Standing is worked out from the same column, with the same thresholds, as Pledge.StandingAt.
        return rows.Select(r => new SignatoryListItem(r.Id, r.Reference, r.Slug, r.OrganisationName, r.OrganisationType, r.Sector,
            r.SizeBand, r.Website, r.CompanyNumber, r.CharityNumber, r.ApprovedUtc!.Value, r.NextReportDueUtc,
            r.NextReportDueUtc == null || r.NextReportDueUtc >= overdueBefore ? PledgeStanding.Active
            : r.NextReportDueUtc >= lapsedBefore ? PledgeStanding.ReportOverdue
            : PledgeStanding.Lapsed));
    }

    /// <summary>"50 to 249 people" sorts by 50, "1,000 people or more" by 1000.</summary>
    private static int LeadingNumber(string band)
    {
        var digits = new string(band.TakeWhile(c => char.IsDigit(c) || c == ',').Where(char.IsDigit).ToArray());
        return int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
