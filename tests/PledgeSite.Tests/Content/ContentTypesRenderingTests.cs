using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Content;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Migrations;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Tests.Content;

/// <summary>
/// Issue 18, step 1, on a site of its own: these tests write Umbraco content and rerun the migration, which the
/// shared site's other tests should not see.
/// </summary>
public class ContentTypesRenderingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly Guid User = Constants.Security.SuperUserKey;

    [Fact]
    public async Task Running_the_migration_again_changes_nothing()
    {
        // Given the site has started and the plan has run
        var before = await SnapshotAsync();

        // When the plan's steps run again from the beginning, and the set-up runs once more
        await using var scope = site.Services.CreateAsyncScope();
        var executed = await scope.ServiceProvider.GetRequiredService<IMigrationPlanExecutor>().ExecutePlanAsync(new ContentTypesMigrationPlan(), fromState: string.Empty);
        var changes = await scope.ServiceProvider.GetRequiredService<ContentSchemaSetup>().EnsureAsync();

        // Then both succeed without creating or changing anything
        Assert.True(executed.Successful, executed.Exception?.ToString());
        Assert.Equal(0, changes);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_content_page_published_in_english_and_bengali_is_served_by_umbraco_in_the_govuk_layout()
    {
        // Given a Home bound to /bn/ for Bengali, and a content page under it, both published in English and Bengali
        var services = site.Services;
        var editing = services.GetRequiredService<IContentEditingService>();
        var publishing = services.GetRequiredService<IContentPublishingService>();
        var domains = services.GetRequiredService<IDomainService>();
        var home = await CreateAsync(editing, ContentSchema.DocumentTypes.Home.Key, parent: null, ("ct-home-en", "Rendering test home"), ("ct-home-bn", "পরীক্ষার হোম"));
        var page = await CreateAsync(editing, ContentSchema.DocumentTypes.ContentPage.Key, home, ("ct-rendered-page", "Our approach to fairness"), ("ct-rendered-page-bn", "ন্যায্যতার প্রতি আমাদের দৃষ্টিভঙ্গি"));
        try
        {
            foreach (var key in new[] { home, page })
            {
                var published = await publishing.PublishAsync(key, [new CulturePublishScheduleModel { Culture = "en-GB" }, new CulturePublishScheduleModel { Culture = "bn" }], User);
                Assert.True(published.Success, $"Publishing failed: {published.Status}");
            }
            var bound = await domains.UpdateDomainsAsync(home, new DomainsUpdateModel
            {
                DefaultIsoCode = "en-GB",
                Domains = [new DomainModel { DomainName = "/bn", IsoCode = "bn" }],
            });
            Assert.True(bound.Success, $"Binding /bn failed: {bound.Status}");
            using var client = HtmlClient.For(site);

            // When a reader asks for the page in English and in Bengali
            var (english, englishPage) = await client.GetAsync("/ct-rendered-page");
            var (bengali, bengaliPage) = await client.GetAsync("/bn/ct-rendered-page-bn");

            // Then Umbraco serves both inside the site's GOV.UK layout, each in its own language
            Assert.Equal(HttpStatusCode.OK, english.StatusCode);
            Assert.Equal(HttpStatusCode.OK, bengali.StatusCode);
            Assert.Equal("Our approach to fairness", englishPage.QuerySelector("main h1.govuk-heading-xl")?.TextContent);
            Assert.Equal("ন্যায্যতার প্রতি আমাদের দৃষ্টিভঙ্গি", bengaliPage.QuerySelector("main h1.govuk-heading-xl")?.TextContent);
            Assert.Equal("The summary, in English", englishPage.QuerySelector("main p.govuk-body-l")?.TextContent);
            Assert.Contains("Our approach to fairness – Tower Hamlets Anti-Racist Pledge", englishPage.Title, StringComparison.Ordinal);
            Assert.Equal("en-GB", englishPage.DocumentElement.GetAttribute("lang"));
            Assert.Equal("bn", bengaliPage.DocumentElement.GetAttribute("lang"));
            Assert.Equal("ltr", bengaliPage.DocumentElement.GetAttribute("dir"));
            foreach (var document in new[] { englishPage, bengaliPage })
            {
                Assert.NotNull(document.QuerySelector("header.th-header"));
                Assert.NotNull(document.QuerySelector("footer.govuk-footer"));
                Assert.NotNull(document.QuerySelector("main#main-content .govuk-body.th-prose p"));
            }

            // And the site's own home page and CMS pages still answer as before
            var (root, rootPage) = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, root.StatusCode);
            Assert.DoesNotContain("Rendering test home", rootPage.Title, StringComparison.Ordinal);
        }
        finally
        {
            await domains.UpdateDomainsAsync(home, new DomainsUpdateModel { Domains = [] });
            await editing.DeleteAsync(page, User);
            await editing.DeleteAsync(home, User);
        }
    }

    private static async Task<Guid> CreateAsync(IContentEditingService editing, Guid type, Guid? parent, (string Name, string Title) english, (string Name, string Title) bengali)
    {
        var created = await editing.CreateAsync(new ContentCreateModel
        {
            ContentTypeKey = type,
            ParentKey = parent,
            Variants = [new VariantModel { Culture = "en-GB", Name = english.Name }, new VariantModel { Culture = "bn", Name = bengali.Name }],
            Properties =
            [
                new PropertyValueModel { Alias = "title", Culture = "en-GB", Value = english.Title },
                new PropertyValueModel { Alias = "title", Culture = "bn", Value = bengali.Title },
                new PropertyValueModel { Alias = "summary", Culture = "en-GB", Value = "The summary, in English" },
                new PropertyValueModel { Alias = "body", Culture = "en-GB", Value = "<p>The body, in English.</p>" },
                new PropertyValueModel { Alias = "body", Culture = "bn", Value = "<p>বাংলায়।</p>" },
            ],
        }, User);
        Assert.True(created.Success, $"Creating {english.Name} failed: {created.Status}");
        return created.Result.Content!.Key;
    }

    /// <summary>Every language, data type and content type with when it last changed.</summary>
    private async Task<string[]> SnapshotAsync()
    {
        var services = site.Services;
        var languages = (await services.GetRequiredService<ILanguageService>().GetAllAsync()).Select(l => $"language {l.IsoCode} {l.IsDefault} {l.FallbackIsoCode}");
        var dataTypes = (await services.GetRequiredService<IDataTypeService>().GetAllAsync()).Select(d => $"data type {d.Key} {d.Name} {d.UpdateDate:O}");
        var contentTypes = services.GetRequiredService<IContentTypeService>().GetAll().Select(t =>
            $"content type {t.Key} {t.Alias} {t.UpdateDate:O} {t.Variations} {t.PropertyTypes.Count()} {string.Join(",", t.AllowedContentTypes?.Select(a => a.Alias) ?? [])}");
        var templates = (await services.GetRequiredService<ITemplateService>().GetAllAsync()).Select(t => $"template {t.Key} {t.Alias} {t.UpdateDate:O}");
        return [.. languages.Concat(dataTypes).Concat(contentTypes).Concat(templates).Order(StringComparer.Ordinal)];
    }
}
