using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Content;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Tests.Content;

/// <summary>Issue 18, step 1: the migration plan gives Umbraco the site's languages, blocks and document types on start.</summary>
[Collection(SharedSite.Name)]
public class ContentTypesMigrationPlanTests(SiteFactory site)
{
    /// <summary>Every page type editors create, and whether its template exists: written out here, not read from the plan.</summary>
    public static readonly string[] PageTypes =
        ["home", "contentPage", "theme", "journeyStartPage", "campaignPage", "roleModel", "opportunity", "event", "newsItem", "newsListing", "youSaidWeDid"];

    public static readonly string[] BlockTypes = ["callToAction", "insetText", "details", "imageWithCaption"];

    [Fact]
    public async Task After_start_english_bengali_and_somali_are_languages_with_english_the_default_and_the_fallback()
    {
        // Given the site has started
        var languages = site.Services.GetRequiredService<ILanguageService>();

        // When its languages are read
        var all = (await languages.GetAllAsync()).ToDictionary(l => l.IsoCode, StringComparer.OrdinalIgnoreCase);

        // Then en-GB is the default and Bengali and Somali fall back to it, with no American English left over
        Assert.Equal(["bn", "en-GB", "so"], all.Keys.Order(StringComparer.OrdinalIgnoreCase));
        Assert.True(all["en-GB"].IsDefault);
        Assert.Equal("en-GB", all["bn"].FallbackIsoCode);
        Assert.Equal("en-GB", all["so"].FallbackIsoCode);
    }

    [Fact]
    public async Task After_start_the_block_element_types_exist_and_the_content_blocks_data_type_offers_them()
    {
        // Given the site has started
        var contentTypes = site.Services.GetRequiredService<IContentTypeService>();
        var dataTypes = site.Services.GetRequiredService<IDataTypeService>();

        // When the element types and the Content blocks data type are read
        var elements = BlockTypes.Append("outcome").Select(alias => contentTypes.Get(alias)).ToList();
        var blocks = await dataTypes.GetAsync(ContentSchema.DataTypes.ContentBlocks);

        // Then each is an element type with its stable key, and the block list offers the four blocks
        Assert.All(elements, element => Assert.True(element is { IsElement: true }));
        Assert.Equal(ContentSchema.ElementTypes.CallToAction.Key, elements[0]!.Key);
        Assert.NotNull(blocks);
        Assert.Equal(Constants.PropertyEditors.Aliases.BlockList, blocks.EditorAlias);
        var offered = ((BlockListConfiguration)blocks.ConfigurationObject!).Blocks.Select(b => b.ContentElementTypeKey).ToHashSet();
        Assert.Equal(BlockTypes.Select(alias => contentTypes.Get(alias)!.Key).ToHashSet(), offered);
    }

    [Fact]
    public async Task After_start_every_page_type_exists_varies_by_culture_and_has_its_template_and_the_common_fields()
    {
        // Given the site has started
        var contentTypes = site.Services.GetRequiredService<IContentTypeService>();
        var templates = site.Services.GetRequiredService<ITemplateService>();

        foreach (var alias in PageTypes)
        {
            // When the page type is read
            var type = contentTypes.Get(alias);

            // Then it exists with its stable key, varies by culture, renders with its own template and has the common fields
            Assert.True(type is not null, $"No {alias} document type");
            Assert.Equal(ContentSchema.DocumentTypes.Pages.Single(p => p.Alias == alias).Key, type.Key);
            Assert.False(type.IsElement);
            Assert.Equal(ContentVariation.Culture, type.Variations);
            Assert.Equal(alias, type.DefaultTemplate?.Alias);
            Assert.NotNull(await templates.GetAsync(alias));
            var properties = type.CompositionPropertyTypes.ToDictionary(p => p.Alias);
            foreach (var common in new[] { "title", "summary", "body", "blocks", "metaDescription", "image", "themes" })
                Assert.True(properties.ContainsKey(common), $"{alias} has no {common}");
            Assert.Equal(ContentVariation.Culture, properties["title"].Variations);
            Assert.Equal(ContentVariation.Nothing, properties["image"].Variations);
        }
    }

    [Fact]
    public void After_start_the_campaign_types_have_their_own_fields_and_the_tree_is_shaped()
    {
        // Given the site has started
        var contentTypes = site.Services.GetRequiredService<IContentTypeService>();
        IContentType Type(string alias) => contentTypes.Get(alias) ?? throw new InvalidOperationException($"No {alias}");
        string[] Own(string alias) => Type(alias).PropertyTypes.Select(p => p.Alias).ToArray();
        string[] Children(string alias) => Type(alias).AllowedContentTypes!.Select(c => c.Alias).Order().ToArray();

        // Then the role model records consent, the opportunity and event carry their details
        Assert.Equal(["recordedConsent", "consentDate"], Own("roleModel"));
        Assert.Equal(["opportunityType", "organisation", "closingDate", "rolling", "eligibility", "howToApply"], Own("opportunity"));
        Assert.Equal(["eventDate", "eventTime", "place", "accessibility", "bookingLink"], Own("event"));
        Assert.Equal(["outcomes"], Own("theme"));
        Assert.Equal(["youSaid", "weDid"], Own("youSaidWeDid"));
        Assert.Equal(Constants.PropertyEditors.Aliases.Boolean, Type("roleModel").PropertyTypes.First().PropertyEditorAlias);

        // And only Home sits at the root, holding the other pages; news items sit under the news listing
        Assert.Equal(["home"], PageTypes.Where(alias => Type(alias).AllowedAsRoot));
        Assert.Equal(["campaignPage", "contentPage", "journeyStartPage", "newsListing", "theme", "youSaidWeDid"], Children("home"));
        Assert.Equal(["newsItem"], Children("newsListing"));
        Assert.Equal(["contentPage", "event", "opportunity", "roleModel"], Children("campaignPage"));
    }
}
