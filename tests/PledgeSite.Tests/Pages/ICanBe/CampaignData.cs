using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.ICanBe;

/// <summary>Test data for the campaign pages, written straight to the database, and a signed-in editor.</summary>
public static class CampaignData
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    public static async Task<RoleModel> AddRoleModelAsync(SiteFactory site, string name, bool published = true, bool consent = true, bool photo = true)
    {
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var roleModel = new RoleModel
        {
            Slug = name.ToLowerInvariant().Replace(' ', '-'),
            Name = name,
            Role = "Chair of governors",
            Organisation = "Bow Primary School",
            Community = "Somali",
            ThemeSlugs = "community-leadership,education-and-employment",
            Story = "I started as a parent helper.\nNow I chair the governing body.",
            Quote = "If I can do it, so can you.",
            ConsentGivenBy = consent ? name : null,
            ConsentGivenUtc = consent ? now.AddDays(-10) : null,
            ConsentScope = consent ? "Name, photo and story on the website" : null,
            PublishedUtc = published ? now.AddDays(-1) : null,
            CreatedUtc = now,
            UpdatedUtc = now,
            Photo = photo ? new RoleModelPhoto { Content = Png, ContentType = "image/png", AltText = $"{name} smiling", UploadedUtc = now } : null,
        };
        await site.WithDbAsync(async db => { db.Add(roleModel); await db.SaveChangesAsync(); });
        await EvictAsync(site);
        return roleModel;
    }

    public static async Task<Opportunity> AddOpportunityAsync(SiteFactory site, string title, DateOnly closing, OpportunityType type = OpportunityType.SchoolGovernor,
        string themes = "education-and-employment", OpportunityStatus status = OpportunityStatus.Published)
    {
        var opportunity = new Opportunity
        {
            Slug = title.ToLowerInvariant().Replace(' ', '-'),
            Title = title,
            Type = type,
            Organisation = "Tower Hamlets Education Partnership",
            Description = "Help run a local school.",
            Location = "Bow",
            TimeCommitment = "6 meetings a year",
            ClosingDate = closing,
            HowToApply = "Email governors@example.org",
            ThemeSlugs = themes,
            Status = status,
            CreatedUtc = site.Clock.GetUtcNow().UtcDateTime,
        };
        await site.WithDbAsync(async db => { db.Add(opportunity); await db.SaveChangesAsync(); });
        await EvictAsync(site);
        return opportunity;
    }

    /// <summary>Data written straight to the database bypasses the pages that evict the output cache.</summary>
    private static Task EvictAsync(SiteFactory site) =>
        site.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync("campaign", default).AsTask();

    public static async Task<HtmlClient> SignedInEditorAsync(SiteFactory site, string email)
    {
        await site.CreateStaffAsync(email, "correct horse battery", StaffRoles.Editor);
        // Staff cookies are Secure outside Development, so the client speaks https.
        var client = new HtmlClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));
        await client.SignInAsStaffAsync(email, "correct horse battery");
        return client;
    }
}
