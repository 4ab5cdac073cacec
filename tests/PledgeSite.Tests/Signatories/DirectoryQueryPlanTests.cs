using PledgeSite.Core.Time;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Signatories;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Signatories;

/// <summary>Issue 9: the directory and open-data queries run on indexes, never a full scan of the pledges table.</summary>
[Collection(SharedSite.Name)]
public class DirectoryQueryPlanTests(SiteFactory site)
{
    public static TheoryData<string> Filters => new()
    {
        "type", "sector", "size", "standing", "year", "name", "commitment", "type+standing+year",
    };

    private static SignatoryFilter Filter(string name) => name switch
    {
        "type" => new() { Type = OrganisationType.Housing },
        "sector" => new() { Sector = "Education" },
        "size" => new() { SizeBand = "10 to 49 people" },
        "standing" => new() { Standing = PledgeStanding.Lapsed },
        "year" => new() { Year = 2026 },
        "name" => new() { Name = "trust" },
        "commitment" => new() { Commitment = "R1.A" },
        _ => new() { Type = OrganisationType.Business, Standing = PledgeStanding.Active, Year = 2025 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filtered_directory_query_searches_an_index_instead_of_scanning_pledges(string filter)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var directory = scope.ServiceProvider.GetRequiredService<SignatoryDirectory>();
        var db = scope.ServiceProvider.GetRequiredService<PledgeDbContext>();
        var page = directory.Query(Filter(filter)).OrderBy(p => p.OrganisationName).ThenBy(p => p.Id).Skip(20).Take(20)
            .Select(p => new { p.Id, p.OrganisationName });
        var count = directory.Query(Filter(filter)).Select(p => p.Id);

        foreach (var query in new[] { page.ToQueryString(), count.ToQueryString() })
        {
            var plan = await ExplainAsync(db, query);
            Assert.True(plan.Any(step => step.Contains("USING", StringComparison.Ordinal) && step.Contains("INDEX", StringComparison.Ordinal)), string.Join("\n", plan));
            Assert.DoesNotContain(plan, step => Regex.IsMatch(step, @"^SCAN (p|Pledges)\b"));
        }
    }

    [Fact]
    public async Task Every_query_of_the_directory_page_signatory_page_and_open_data_uses_indexes_on_the_large_tables()
    {
        var pledge = await Pages.Signatories.SignatoryData.AddPledgeAsync(site, "Dugong Planning", p =>
            p.Targets.Add(Pages.Signatories.SignatoryData.Target("Board members from minority ethnic backgrounds", isPublic: true)));
        var capture = new CapturedCommands();
        var options = new DbContextOptionsBuilder<PledgeDbContext>()
            .UseSqlite($"Data Source={site.DatabasePath}").AddInterceptors(capture).Options;
        await using var db = new PledgeDbContext(options);
        var directory = new SignatoryDirectory(db, new SiteClock(site.Clock));
        var token = TestContext.Current.CancellationToken;

        // What /signatories, /api/v1/signatories and /signatories/{slug} run.
        var page = await directory.SearchAsync(new SignatoryFilter { Name = "dugong", Type = OrganisationType.Business }, 1, 50, token);
        await directory.SearchAsync(new SignatoryFilter { Commitment = "R1.A", Standing = PledgeStanding.Active }, 2, 50, token);
        await directory.FilterOptionsAsync(token);
        await directory.CommitmentOptionsAsync(token);
        await directory.DetailsAsync(page.Items.Select(i => i.Id).Append(pledge.Id).ToList(), token);
        Assert.NotNull(await directory.FindAsync(pledge.Slug, token));

        Assert.True(capture.Commands.Count >= 8, $"only {capture.Commands.Count} queries captured");
        foreach (var (sql, parameters) in capture.Commands)
        {
            var large = Regex.Matches(sql, "\"(\\w+)\" AS \"(\\w+)\"")
                .Where(m => m.Groups[1].Value is "Pledge" or "PledgeCommitment" or "Target" or "ProgressReport")
                .Select(m => m.Groups[2].Value).ToHashSet();
            var plan = await ExplainAsync(db, sql, parameters);
            Assert.DoesNotContain(plan, step => step.StartsWith("SCAN ", StringComparison.Ordinal)
                && large.Contains(step.Split(' ')[1]) && !step.Contains("INDEX", StringComparison.Ordinal));
        }
    }

    public static TheoryData<string> CountedFilters => new() { "none", "name", "type", "sector", "size", "year", "standing" };

    [Theory]
    [MemberData(nameof(CountedFilters))]
    public async Task Counting_the_matches_reads_an_index_alone_never_the_pledge_rows(string filter)
    {
        var capture = new CapturedCommands();
        var options = new DbContextOptionsBuilder<PledgeDbContext>()
            .UseSqlite($"Data Source={site.DatabasePath}").AddInterceptors(capture).Options;
        await using var db = new PledgeDbContext(options);
        var directory = new SignatoryDirectory(db, new SiteClock(site.Clock));

        await directory.SearchAsync(filter == "none" ? new SignatoryFilter() : Filter(filter), 1, 20, TestContext.Current.CancellationToken);

        var (sql, parameters) = Assert.Single(capture.Commands, c => c.Sql.Contains("COUNT(*)", StringComparison.Ordinal));
        var plan = await ExplainAsync(db, sql, parameters);
        Assert.True(plan.Count == 1 && plan[0].Contains("USING COVERING INDEX", StringComparison.Ordinal), string.Join("\n", plan));
    }

    /// <summary>Records the SQL and parameter values of every query EF runs.</summary>
    private sealed class CapturedCommands : DbCommandInterceptor
    {
        public List<(string Sql, List<(string Name, object Value)> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value)).ToList()));
            return ValueTask.FromResult(result);
        }
    }

    private static async Task<List<string>> ExplainAsync(PledgeDbContext db, string sql, List<(string Name, object Value)> parameters)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) plan.Add(reader.GetString(3));
        return plan;
    }

    /// <summary>Runs EXPLAIN QUERY PLAN on EF's SQL, binding the parameters ToQueryString declares with ".param set".</summary>
    private static async Task<List<string>> ExplainAsync(PledgeDbContext db, string sql)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        var lines = sql.Split('\n');
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var match = Regex.Match(line, @"^\.param set (\S+) (.*)$");
            var raw = match.Groups[2].Value.Trim();
            object value = raw.StartsWith('\'') ? raw.Trim('\'').Replace("''", "'") : raw == "NULL" ? DBNull.Value : long.Parse(raw);
            command.Parameters.AddWithValue(match.Groups[1].Value, value);
        }
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param set ", StringComparison.Ordinal)));
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken)) plan.Add(reader.GetString(3));
        return plan;
    }
}
