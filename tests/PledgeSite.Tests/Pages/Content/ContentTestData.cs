using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Content;

/// <summary>Creates content through the real workflow, as an editor would.</summary>
public static class ContentTestData
{
    public static async Task<Guid> CreatePageAsync(this SiteFactory site, string title, string slug, string body,
        Guid? parent = null, bool publish = true, ContentType type = ContentType.ContentPage, bool showInNavigation = false)
    {
        ArgumentNullException.ThrowIfNull(site);
        Guid key = default;
        await site.WithScopeAsync(async sp =>
        {
            var workflow = sp.GetRequiredService<ContentWorkflow>();
            var (item, errors) = await workflow.CreateAsync(type, parent, title, slug);
            Assert.True(item is not null, string.Join("; ", errors.Values));
            key = item!.Key;
            var result = await workflow.SaveAsync(new ContentEdit
            {
                Key = key,
                Culture = ContentCultures.Default,
                ItemVersion = item.Version,
                VariantVersion = item.Variants[0].Version,
                Title = title,
                Summary = $"About {title}",
                Body = body,
                Settings = new ContentSettings
                {
                    Slug = item.Slug,
                    ShowInNavigation = showInNavigation,
                    EventStartUtc = type == ContentType.Event ? new DateTime(2026, 12, 1, 18, 0, 0, DateTimeKind.Utc) : null,
                },
            });
            Assert.True(result.Saved, result.StaleMessage + string.Join("; ", result.Errors.Values));
            if (publish) await workflow.PublishAsync(key, ContentCultures.Default);
        });
        return key;
    }

    /// <summary>
    /// A client signed in as a new staff member with the given roles. Over https, since the staff cookie is
    /// Secure outside Development.
    /// </summary>
    public static async Task<HtmlClient> StaffClientAsync(this SiteFactory site, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(site);
        var email = $"staff-{Guid.NewGuid():N}@example.org";
        await site.CreateStaffAsync(email, "purple elephant dancing", roles);
        var client = new HtmlClient(site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        }));
        await client.SignInAsStaffAsync(email, "purple elephant dancing");
        return client;
    }

    public static async Task<ContentEdit> EditOfAsync(this SiteFactory site, Guid key, string culture = ContentCultures.Default)
    {
        ArgumentNullException.ThrowIfNull(site);
        return await site.WithDbAsync(async db =>
        {
            var item = await db.Set<ContentItem>().Include(c => c.Variants).SingleAsync(c => c.Key == key);
            var variant = item.Variants.FirstOrDefault(v => v.Culture == culture);
            return new ContentEdit
            {
                Key = key,
                Culture = culture,
                ItemVersion = item.Version,
                VariantVersion = variant?.Version,
                Title = variant?.Title ?? "",
                Summary = variant?.Summary ?? "",
                Body = variant?.BodyHtml ?? "",
            };
        });
    }

    public static async Task<T> WithWorkflowAsync<T>(this SiteFactory site, Func<ContentWorkflow, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ContentWorkflow>());
    }

    public static async Task WithWorkflowAsync(this SiteFactory site, Func<ContentWorkflow, Task> action)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = site.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<ContentWorkflow>());
    }
}
