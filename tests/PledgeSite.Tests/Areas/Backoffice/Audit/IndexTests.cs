using System.Reflection;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.Audit;

public class IndexTests
{
    private const string Password = "cobalt window thistle eight";

    [Fact]
    public async Task Administrator_filters_the_audit_log_by_type_actor_text_and_date()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("audit.admin@example.org", Password, StaffRoles.Administrator);
        using var admin = HtmlClient.For(site);
        await admin.SignInAsStaffAsync("audit.admin@example.org", Password);
        // Staff accounts are Umbraco's (and audited there); an API key is a change made through our workflow pages.
        await admin.PostFormAsync("/backoffice/api-keys", [new("Name", "Portal for nasrin@example.org")], "main form[action*=issue]");

        var byActorAndType = await admin.GetPageAsync("/backoffice/audit?EntityType=ApiKey&Actor=audit.admin");
        var rows = byActorAndType.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains("audit.admin@example.org", r, StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("nasrin@example.org", StringComparison.Ordinal));

        var byText = await admin.GetPageAsync("/backoffice/audit?Text=nasrin%40example.org");
        Assert.NotEmpty(byText.QuerySelectorAll("tbody tr"));
        var today = await admin.GetPageAsync("/backoffice/audit?Text=nasrin&From.Day=24&From.Month=11&From.Year=2026&To.Day=24&To.Month=11&To.Year=2026");
        Assert.NotEmpty(today.QuerySelectorAll("tbody tr"));
        var tomorrow = await admin.GetPageAsync("/backoffice/audit?Text=nasrin&From.Day=25&From.Month=11&From.Year=2026");
        Assert.Empty(tomorrow.QuerySelectorAll("tbody tr"));
        var badDate = await admin.GetPageAsync("/backoffice/audit?From.Day=31&From.Month=2&From.Year=2026");
        Assert.Equal(["The start date must be a real date"], HtmlClient.ErrorSummary(badDate));
    }

    [Fact]
    public async Task Audit_log_is_paginated_fifty_to_a_page()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("pages.admin@example.org", Password, StaffRoles.Administrator);
        await site.WithDbAsync(async db =>
        {
            for (var i = 0; i < 60; i++)
                db.AuditEntries.Add(new AuditEntry { OccurredUtc = site.Clock.GetUtcNow().UtcDateTime, Actor = "system", Action = "Updated", EntityType = "Sample", EntityKey = i.ToString() });
            await db.SaveChangesAsync();
        });
        using var admin = HtmlClient.For(site);
        await admin.SignInAsStaffAsync("pages.admin@example.org", Password);

        var first = await admin.GetPageAsync("/backoffice/audit?EntityType=Sample");
        var second = await admin.GetPageAsync("/backoffice/audit?EntityType=Sample&page=2");

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(10, second.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(first.QuerySelector("a[rel=next][href*='page=2'][href*='EntityType=Sample']"));
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted_through_the_site()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("tamper.editor@example.org", Password, StaffRoles.Editor);

        var change = await Record.ExceptionAsync(() => site.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.Actor = "someone else";
            await db.SaveChangesAsync();
        }));
        var delete = await Record.ExceptionAsync(() => site.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            await db.SaveChangesAsync();
        }));

        Assert.IsType<InvalidOperationException>(change);
        Assert.IsType<InvalidOperationException>(delete);
        Assert.False(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Actor == "someone else")));
        // The page itself only reads: no handler other than OnGet.
        var handlers = typeof(PledgeSite.Web.Areas.Backoffice.Pages.Audit.IndexModel).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.Name.StartsWith("On", StringComparison.Ordinal)).Select(m => m.Name).ToList();
        Assert.Equal(["OnGetAsync"], handlers);
    }
}
