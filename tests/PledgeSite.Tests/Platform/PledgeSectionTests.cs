using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Staff;
using PledgeSite.Tests.Infrastructure;
using Umbraco.Cms.Core.Manifest;

namespace PledgeSite.Tests.Platform;

/// <summary>Issue 17: the "Pledge" section in Umbraco's back office, whose dashboard leads to our workflow pages.</summary>
[Collection(SharedSite.Name)]
public class PledgeSectionTests(SiteFactory site)
{
    [Fact]
    public async Task Umbraco_reads_the_Pledge_section_its_dashboard_and_the_authenticator_app_from_our_package()
    {
        var manifests = await site.Services.GetRequiredService<IPackageManifestService>().GetAllPackageManifestsAsync();

        var ours = Assert.Single(manifests, m => m.Name == "PledgeSite");
        var extensions = JsonSerializer.Serialize(ours.Extensions);
        Assert.Contains("\"PledgeSite.Section.Pledge\"", extensions, StringComparison.Ordinal);
        Assert.Contains("\"PledgeSite.Dashboard.Workflows\"", extensions, StringComparison.Ordinal);
        Assert.Contains("\"/App_Plugins/PledgeSite/pledge-dashboard.js\"", extensions, StringComparison.Ordinal);
        Assert.Contains("\"mfaLoginProvider\"", extensions, StringComparison.Ordinal);
        using var client = site.CreateClient();
        using var script = await client.GetAsync("/App_Plugins/PledgeSite/pledge-dashboard.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_says_what_waits_for_a_reviewer_and_an_administrator()
    {
        // Given a pledge waiting for review and an email that failed
        await PledgeSite.Tests.Pages.Signatories.SignatoryData.AddPledgeAsync(site, "Waiting Review Cafe", p => p.Status = PledgeSite.Core.Entities.PledgeStatus.AwaitingReview);
        await site.WithDbAsync(async db =>
        {
            db.Add(new PledgeSite.Core.Entities.OutboxMessage
            {
                ToAddress = "someone@example.org", Subject = "Failed", TextBody = "Failed", Kind = "test", CreatedUtc = DateTime.UtcNow,
                NextAttemptUtc = DateTime.UtcNow, FailedUtc = DateTime.UtcNow, Attempts = 5, LastError = "refused",
            });
            await db.SaveChangesAsync();
        });
        await site.CreateStaffAsync("section.reviewer@example.org", StaffAccounts.Password, StaffRoles.PledgeReviewer);

        // Then the reviewer's Pledges entry says how many wait for review, and the administrator's outbox how many failed
        var reviewer = await SectionsAsync("section.reviewer@example.org");
        Assert.Matches("^[0-9]+ pledges? to review", reviewer["/backoffice/pledges"]);
        var administrator = await SectionsAsync(StaffAccounts.AdministratorEmail);
        Assert.Matches("^[0-9]+ emails? failed$", administrator["/backoffice/outbox"]);
        Assert.Null(administrator["/backoffice/audit"]);
    }

    private async Task<Dictionary<string, string?>> SectionsAsync(string email)
    {
        using var client = HtmlClient.For(site);
        await client.SignInAsStaffAsync(email);
        using var response = await client.Http.GetAsync("/backoffice/sections.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("href").GetString()!,
            s => s.GetProperty("waiting").ValueKind == JsonValueKind.Null ? null : s.GetProperty("waiting").GetString());
    }

    [Fact]
    public async Task The_dashboard_lists_only_the_workflow_pages_the_users_groups_open()
    {
        await site.CreateStaffAsync("section.procurement@towerhamlets.example", StaffAccounts.Password, StaffRoles.ProcurementOfficer);
        using var anonymous = HtmlClient.For(site);
        using var refused = await anonymous.Http.GetAsync("/backoffice/sections.json", TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        using var client = HtmlClient.For(site);
        await client.SignInAsStaffAsync("section.procurement@towerhamlets.example");
        using var response = await client.Http.GetAsync("/backoffice/sections.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var hrefs = json.RootElement.EnumerateArray().Select(s => s.GetProperty("href").GetString()).ToList();
        Assert.Equal(["/backoffice/suppliers"], hrefs);
    }
}
