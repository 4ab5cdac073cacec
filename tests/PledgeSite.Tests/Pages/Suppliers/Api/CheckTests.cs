using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;
using PledgeSite.Tests.Areas.Backoffice.Suppliers;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Suppliers.Api;

/// <summary>/api/v1/suppliers/check: API keys, the answer, and limits per key (own site: a low rate limit).</summary>
public sealed class CheckTests : IDisposable
{
    private readonly SiteFactory _site = new SiteFactory().With("RateLimits:ApiRequestsPerMinute", "5");

    public void Dispose() => _site.Dispose();

    private async Task<(ApiKey Key, string Plain)> IssueAsync(string name)
    {
        (ApiKey, string) issued = default;
        await _site.WithScopeAsync(async s => issued = await s.GetRequiredService<ApiKeys>().IssueAsync(name, "admin@towerhamlets.example"));
        return issued;
    }

    private async Task<HttpResponseMessage> CallAsync(string query, string? key)
    {
        using var client = _site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/suppliers/check" + query);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Missing_wrong_and_revoked_keys_are_refused()
    {
        var (revoked, revokedPlain) = await IssueAsync("Old portal");
        await _site.WithScopeAsync(s => s.GetRequiredService<ApiKeys>().RevokeAsync(revoked.Id, "admin@towerhamlets.example"));

        using var missing = await CallAsync("?companyNumber=01234567", null);
        using var wrong = await CallAsync("?companyNumber=01234567", "thp_not-a-real-key");
        using var wasRevoked = await CallAsync("?companyNumber=01234567", revokedPlain);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Contains("missing-api-key", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wasRevoked.StatusCode);
        Assert.Contains("invalid-api-key", await wasRevoked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supplier_claiming_another_organisations_pledge_is_flagged_and_not_answered_as_having_it()
    {
        var other = await Pages.Suppliers.SupplierTestData.AddPledgeAsync(_site, "OC309999", name: "Pledged Company LLP");
        await SupplierFlagTests.DeclareAsync(_site, SupplierFlagTests.Answers("OC305555", "API-9", DeclaredPledgeStatus.HasSigned, other.Reference));
        var (_, plain) = await IssueAsync("Procurement portal");

        using var response = await CallAsync("?companyNumber=OC305555", plain);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var supplier = json.RootElement.GetProperty("suppliers").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, supplier.GetProperty("pledge").ValueKind);
        var flag = supplier.GetProperty("openFlags").EnumerateArray().Single();
        Assert.Equal("pledge-belongs-to-another-organisation", flag.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_valid_key_gets_pledge_status_reference_latest_declaration_and_flags_without_any_email_address()
    {
        var pledge = await Pages.Suppliers.SupplierTestData.AddPledgeAsync(_site, "OC301234");
        await SupplierFlagTests.DeclareAsync(_site, SupplierFlagTests.Answers("OC301234", "API-1", DeclaredPledgeStatus.HasSigned, pledge.Reference));
        await _site.WithDbAsync(async db =>
        {
            var p = await db.Set<PledgeSite.Core.Entities.Pledge>().SingleAsync(x => x.Id == pledge.Id);
            p.Status = PledgeStatus.Withdrawn;
            await db.SaveChangesAsync();
        });
        var (key, plain) = await IssueAsync("Procurement portal");

        using var response = await CallAsync("?companyNumber=oc301234&name=catering", plain);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Uddin", body, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var supplier = json.RootElement.GetProperty("suppliers").EnumerateArray().Single();
        Assert.Equal("OC301234", supplier.GetProperty("companyNumber").GetString());
        Assert.Equal(pledge.Reference, supplier.GetProperty("pledge").GetProperty("reference").GetString());
        Assert.Equal("withdrawn", supplier.GetProperty("pledge").GetProperty("status").GetString());
        Assert.Equal("2026-11-24", supplier.GetProperty("latestDeclarationDate").GetString());
        Assert.Equal("pledge-lapsed-or-withdrawn", supplier.GetProperty("openFlags").EnumerateArray().Single().GetProperty("kind").GetString());
        var used = await _site.WithDbAsync(db => db.Set<ApiKey>().SingleAsync(k => k.Id == key.Id));
        Assert.Equal(_site.Clock.GetUtcNow().UtcDateTime, used.LastUsedUtc);
    }

    [Fact]
    public async Task Calls_are_limited_per_key()
    {
        var (_, first) = await IssueAsync("Portal A");
        var (_, second) = await IssueAsync("Portal B");

        var statuses = new List<HttpStatusCode>();
        var lastBody = "";
        string? lastType = null;
        for (var i = 0; i < 6; i++)
        {
            using var response = await CallAsync("?name=anything", first);
            statuses.Add(response.StatusCode);
            lastType = response.Content.Headers.ContentType?.MediaType;
            lastBody = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }
        using var other = await CallAsync("?name=anything", second);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("application/json", lastType);
        using var error = System.Text.Json.JsonDocument.Parse(lastBody);
        Assert.Equal("rate-limited", error.RootElement.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_check_is_described_in_the_OpenAPI_document_with_every_property_it_answers()
    {
        var pledge = await Pages.Suppliers.SupplierTestData.AddPledgeAsync(_site, "01239999");
        await SupplierFlagTests.DeclareAsync(_site, SupplierFlagTests.Answers("01239999", "API-2", DeclaredPledgeStatus.HasSigned, pledge.Reference));
        var (_, plain) = await IssueAsync("Portal C");
        using var client = _site.CreateClient();

        var doc = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json", TestContext.Current.CancellationToken)).RootElement;
        using var answer = await CallAsync("?companyNumber=01239999", plain);

        var operation = doc.GetProperty("paths").GetProperty("/api/v1/suppliers/check").GetProperty("get");
        Assert.Equal("SupplierApiKey", operation.GetProperty("security")[0].EnumerateObject().Single().Name);
        Assert.Equal("X-Api-Key", doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("SupplierApiKey").GetProperty("name").GetString());
        var schemas = doc.GetProperty("components").GetProperty("schemas");
        string[] Described(string schema) => schemas.GetProperty(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
        var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.All(body.EnumerateObject(), p => Assert.Contains(p.Name, Described("SupplierCheck")));
        var supplier = body.GetProperty("suppliers")[0];
        Assert.All(supplier.EnumerateObject(), p => Assert.Contains(p.Name, Described("SupplierCheckResult")));
    }
}
