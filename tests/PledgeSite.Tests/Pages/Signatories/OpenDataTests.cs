using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Tests.Pages.Signatories;

using Pledge = PledgeSite.Core.Entities.Pledge;

/// <summary>A site of its own, filled by the demo-data command (Bogus), shared by the open-data tests.</summary>
public sealed class DemoSite : SiteFactory, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await SignatoryData.EnsureCommitmentsAsync(this);
        await WithScopeAsync(async services =>
        {
            var command = services.GetServices<ICommand>().Single(c => c.Name == "demo-data");
            Assert.Equal(0, await command.RunAsync(services, ["--signatories", "120"]));
        });
    }
}

public class OpenDataTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static async Task<List<JsonElement>> AllItemsAsync(HttpClient http, string filter)
    {
        var items = new List<JsonElement>();
        string? next = "/api/v1/signatories?pageSize=100" + filter;
        while (next is not null)
        {
            var json = await http.GetStringAsync(next, TestContext.Current.CancellationToken);
            var page = JsonDocument.Parse(json).RootElement;
            items.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.Clone()));
            next = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        }
        return items;
    }

    private static async Task<List<string[]>> CsvRowsAsync(HttpClient http, string url)
    {
        var text = await http.GetStringAsync(url, TestContext.Current.CancellationToken);
        // RFC 4180: fields separated by commas, quoted when needed, quotes doubled, records end with CRLF.
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { fields.Add(field.ToString()); field.Clear(); rows.Add([.. fields]); fields.Clear(); }
            else if (c != '\r') field.Append(c);
        }
        return rows;
    }

    [Fact]
    public async Task Open_data_never_contains_an_email_address_or_a_private_target()
    {
        using var client = HtmlClient.For(site);
        var privateTargets = await site.WithDbAsync(db => db.Set<Target>().Where(t => !t.IsPublic)
            .Select(t => new { t.Pledge.Reference, t.Measure }).ToListAsync());
        var emails = await site.WithDbAsync(db => db.Set<PledgeContact>().Select(c => c.Email).ToListAsync());
        Assert.NotEmpty(privateTargets);
        Assert.NotEmpty(emails);

        var json = await client.Http.GetStringAsync("/api/v1/signatories?pageSize=100", TestContext.Current.CancellationToken);
        var items = await AllItemsAsync(client.Http, "");
        var csv = await client.Http.GetStringAsync("/api/v1/signatories.csv", TestContext.Current.CancellationToken);

        Assert.Equal(120, items.Count);
        Assert.DoesNotContain("@", json);
        Assert.DoesNotContain("@", csv);
        Assert.DoesNotContain(emails, e => csv.Contains(e, StringComparison.OrdinalIgnoreCase));
        foreach (var hidden in privateTargets)
        {
            var item = items.Single(i => i.GetProperty("reference").GetString() == hidden.Reference);
            var measures = item.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("measure").GetString()).ToList();
            Assert.DoesNotContain(hidden.Measure, measures);
        }
    }

    [Fact]
    public async Task JSON_and_CSV_hold_exactly_the_signatories_matching_the_filters()
    {
        using var client = HtmlClient.For(site);
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var pledges = await site.WithDbAsync(db => db.Set<Pledge>().AsNoTracking()
            .Include(p => p.Commitments).ThenInclude(c => c.Commitment).ToListAsync());
        var expected = pledges
            .Where(p => p.OrganisationType == OrganisationType.Business && p.StandingAt(now) == PledgeStanding.Active
                && p.Commitments.Any(c => c.Commitment.Code == "R.20"))
            .Select(p => p.Reference).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        const string filter = "&type=business&standing=active&commitment=R.20";

        var items = await AllItemsAsync(client.Http, filter);
        var rows = await CsvRowsAsync(client.Http, "/api/v1/signatories.csv?" + filter.TrimStart('&'));

        Assert.Equal(expected, items.Select(i => i.GetProperty("reference").GetString()!).Order(StringComparer.Ordinal).ToList());
        Assert.All(items, i => Assert.Equal("business", i.GetProperty("organisationType").GetString()));
        Assert.Equal("Reference", rows[0][0]);
        Assert.Equal(expected, rows.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal).ToList());
        Assert.All(rows.Skip(1), r => Assert.Contains("R.20", r[12].Split(';')));
    }

    [Fact]
    public async Task Open_data_may_be_read_from_any_origin_and_is_described_by_an_OpenAPI_document()
    {
        using var client = HtmlClient.For(site);

        using var response = await client.Http.GetAsync("/api/v1/signatories?year=2025", TestContext.Current.CancellationToken);
        using var description = await client.Http.GetAsync("/api/v1/openapi.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.NotNull(response.Headers.ETag);
        var doc = JsonDocument.Parse(await description.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/signatories", out _));
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/signatories.csv", out _));
        // Every property the feed writes is described.
        var described = doc.GetProperty("components").GetProperty("schemas").GetProperty("Signatory").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).ToHashSet();
        var item = JsonDocument.Parse(await client.Http.GetStringAsync("/api/v1/signatories?pageSize=1", TestContext.Current.CancellationToken))
            .RootElement.GetProperty("items")[0];
        Assert.All(item.EnumerateObject(), p => Assert.Contains(p.Name, described));
    }
}
