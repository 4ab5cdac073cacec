using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;
using PledgeSite.Tests.Areas.Backoffice.Suppliers;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.ApiKeys;

[Collection(SharedSite.Name)]
public class IndexTests(SiteFactory site)
{
    [Fact]
    public async Task An_administrator_sees_a_new_key_once_and_only_its_hash_is_stored_then_revokes_it()
    {
        using var admin = await StaffClient.SignedInAsync(site, StaffRoles.Administrator);
        var name = $"Portal {Guid.NewGuid():N}";

        var (created, _) = await admin.PostFormAsync("/backoffice/api-keys", [new("Name", name)], "main form[action*=issue]");
        var shown = await admin.GetPageAsync("/backoffice/api-keys");
        var plain = shown.QuerySelector("#new-key")!.TextContent.Trim();
        var again = await admin.GetPageAsync("/backoffice/api-keys");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.StartsWith("thp_", plain, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("#new-key"));
        var stored = await site.WithDbAsync(db => db.Set<ApiKey>().SingleAsync(k => k.Name == name));
        Assert.Equal(PledgeSite.Core.Suppliers.ApiKeys.Hash(plain), stored.KeyHash);
        Assert.DoesNotContain(await site.WithDbAsync(db => db.AuditEntries.Select(a => a.Changes).ToListAsync()), c => c != null && c.Contains(plain, StringComparison.Ordinal));

        var form = again.QuerySelectorAll("main form").First(f => f.GetAttribute("action")!.Contains($"id={stored.Id}", StringComparison.Ordinal));
        var (revoked, _) = await admin.SubmitAsync(again, selector: $"main form[action='{form.GetAttribute("action")}']");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await site.WithDbAsync(db => db.Set<ApiKey>().SingleAsync(k => k.Id == stored.Id));
        Assert.NotNull(after.RevokedUtc);
        Assert.NotEmpty(after.RevokedBy!);
    }
}
