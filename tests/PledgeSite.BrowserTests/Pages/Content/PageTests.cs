using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Pages.Content;

namespace PledgeSite.BrowserTests.Pages.Content;

public class PageTests(BrowserFixture browser)
{
    /// <summary>Publishes a page with an English and a Bengali text through the real workflow.</summary>
    private async Task<Guid> PublishAsync(string slug, string? bengaliTitle)
    {
        await using var scope = browser.Site.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<ContentWorkflow>();
        var (item, _) = await workflow.CreateAsync(ContentType.ContentPage, null, "How the pledge works", slug);
        var result = await workflow.SaveAsync(new ContentEdit
        {
            Key = item!.Key, Culture = ContentCultures.Default, ItemVersion = item.Version, VariantVersion = item.Variants[0].Version,
            Title = "How the pledge works", Summary = "Organisations sign, set targets and report every year.",
            Body = "<h2>Signing</h2><p>Choose your commitments and <a href=\"/pledge\">sign the pledge</a>.</p><ul><li>Set targets</li><li>Report progress</li></ul>",
            Settings = new ContentSettings { Slug = slug },
        });
        Assert.True(result.Saved);
        await workflow.PublishAsync(item.Key, ContentCultures.Default);
        if (bengaliTitle is not null)
        {
            var saved = await workflow.SaveAsync(new ContentEdit
            {
                Key = item.Key, Culture = ContentCultures.Bengali, ItemVersion = await ItemVersionAsync(item.Key), VariantVersion = null,
                Title = bengaliTitle, Summary = "প্রতিষ্ঠানগুলি স্বাক্ষর করে, লক্ষ্য নির্ধারণ করে এবং প্রতি বছর রিপোর্ট করে।",
                Body = "<p>আপনার প্রতিশ্রুতি বেছে নিন।</p>",
            });
            Assert.True(saved.Saved);
            await workflow.PublishAsync(item.Key, ContentCultures.Bengali);
        }
        return item.Key;
    }

    private async Task<Guid> ItemVersionAsync(Guid key) =>
        await browser.Site.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
            .SingleAsync(db.Set<ContentItem>(), c => c.Key == key)).ContinueWith(t => t.Result.Version, TaskScheduler.Default);

    [Fact]
    public async Task Content_page_and_its_Bengali_variant_have_no_accessibility_violations()
    {
        await PublishAsync("how-the-pledge-works", "প্রতিজ্ঞা কীভাবে কাজ করে");
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/how-the-pledge-works");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("How the pledge works");
        await page.AssertNoAxeViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "বাংলা" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "bn");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("প্রতিজ্ঞা কীভাবে কাজ করে");
        await page.AssertNoAxeViolationsAsync();

        // An untranslated page in Somali: English text, a note in Somali.
        await page.GotoAsync("/so/how-the-pledge-works");
        await Assertions.Expect(page.Locator(".th-fallback-note")).ToContainTextAsync("af-Soomaali");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Draft_shared_by_a_preview_link_shows_the_preview_banner_without_accessibility_violations()
    {
        // Given a page saved as a draft only
        string path = "";
        await using (var scope = browser.Site.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<ContentWorkflow>();
            var (item, _) = await workflow.CreateAsync(ContentType.ContentPage, null, "Draft for sign-off", "draft-for-sign-off-browser", TestContext.Current.CancellationToken);
            var saved = await workflow.SaveAsync(new ContentEdit
            {
                Key = item!.Key, Culture = ContentCultures.Default, ItemVersion = item.Version, VariantVersion = item.Variants[0].Version,
                Title = "Draft for sign-off", Summary = "Waiting for the head of communications.", Body = "<p>Our plans for the spring.</p>",
                Settings = new ContentSettings { Slug = "draft-for-sign-off-browser" },
            }, TestContext.Current.CancellationToken);
            Assert.True(saved.Saved);
            path = scope.ServiceProvider.GetRequiredService<PreviewLinks>().Create(item.Key, ContentCultures.Default).Path;
        }
        var page = await browser.NewPageAsync();

        // When someone without an account opens the preview link
        await page.GotoAsync(path);

        // Then they see the draft, marked as a preview
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Draft for sign-off");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Preview");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
