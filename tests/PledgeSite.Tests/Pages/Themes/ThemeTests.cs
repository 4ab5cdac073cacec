using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Themes;

public class ThemeTests
{
    [Fact]
    public async Task A_theme_page_shows_the_published_cms_intro_for_its_slug()
    {
        using var site = new SiteFactory();
        using var client = HtmlClient.For(site);
        var before = await client.GetPageAsync("/themes/health");
        Assert.Null(before.QuerySelector(".app-cms-body"));

        await site.WithScopeAsync(async services =>
        {
            var workflow = services.GetRequiredService<ContentWorkflow>();
            var (item, errors) = await workflow.CreateAsync(ContentType.ThemeContent, null, "Health", "health", TestContext.Current.CancellationToken);
            Assert.Empty(errors);
            var saved = await workflow.SaveAsync(new ContentEdit
            {
                Key = item!.Key, Culture = ContentCultures.Default, ItemVersion = item.Version, VariantVersion = item.Variants.FirstOrDefault()?.Version,
                Title = "Health", Summary = "Fair access to care.", Body = "<p>Health inequalities <script>alert(1)</script>are not inevitable.</p>",
            }, TestContext.Current.CancellationToken);
            Assert.True(saved.Saved, saved.StaleMessage ?? string.Join("; ", saved.Errors.Values));
            await workflow.PublishAsync(item.Key, ContentCultures.Default, TestContext.Current.CancellationToken);
        });

        var after = await client.GetPageAsync("/themes/health");
        var intro = after.QuerySelector(".app-cms-body")!;
        Assert.Contains("Health inequalities", intro.TextContent, StringComparison.Ordinal);
        Assert.Null(intro.QuerySelector("script"));
        Assert.Equal(9, after.QuerySelectorAll("section.app-recommendation").Length);
    }
}
