using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using PledgeSite.Core.Staff;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Content;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.Models.ContentPublishing;
using Umbraco.Cms.Core.Routing;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.BrowserTests.Umbraco;

/// <summary>The comms team's everyday work in Umbraco's back office: a page written, previewed, scheduled and published.</summary>
public class ContentEditingTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_editor_creates_previews_and_schedules_a_page_and_the_public_sees_it_at_its_time()
    {
        // Given an editor signed in at Umbraco's login, and the site's home page
        var home = await HomeAsync();
        const string email = "editor.schedules@towerhamlets.example";
        await browser.Site.CreateStaffAsync(email, StaffAccounts.Password, StaffRoles.Editor);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync(email);
        var stamp = DateTime.UtcNow.ToString("HHmmssfff", CultureInfo.InvariantCulture);
        var name = $"Community listening events {stamp}";

        // When they create a content page under the home page and save it as a draft
        await page.GotoAsync($"/umbraco/section/content/workspace/document/create/parent/document/{home}/{ContentSchema.DocumentTypes.ContentPage.Key}");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Enter a name..." }).FillAsync(name, new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Field for Title" }).FillAsync(name);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Field for Summary" }).FillAsync("Come and tell us what the pledge should do next.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save…", Exact = true }).ClickAsync();
        await page.Locator("uui-modal-dialog").GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/workspace/document/edit/[0-9a-f-]{36}"), new() { Timeout = 30_000 });
        var key = Guid.Parse(page.Url.Split("/edit/")[1][..36]);

        // Then it is a draft the public cannot see
        var content = await ContentAsync(key);
        Assert.False(content.Published);
        using var visitor = new HttpClient { BaseAddress = browser.BaseUri };
        var path = "/" + name.ToLowerInvariant().Replace(' ', '-') + "/";
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await visitor.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);

        // When they preview it, Umbraco's preview screen shows the draft in the site's own layout
        var popup = page.WaitForPopupAsync(new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and preview…", Exact = true }).ClickAsync();
        var preview = await popup;
        var previewed = preview.Locator("iframe").First.ContentFrame;
        await Assertions.Expect(previewed.Locator("h1")).ToHaveTextAsync(name, new() { Timeout = 30_000 });
        await Assertions.Expect(previewed.Locator(".govuk-service-navigation")).ToBeVisibleAsync();
        await preview.CloseAsync();
        await page.BringToFrontAsync();

        // When they schedule it (the arrow beside "Save and publish") to be published at the next whole minute at least 40 seconds away
        var now = DateTimeOffset.UtcNow;
        var publishAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(now.Second < 20 ? 1 : 2);
        await page.Locator("umb-workspace-footer").GetByRole(AriaRole.Button, new() { Name = "View more options" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule publish", Exact = true }).ClickAsync();
        var dialog = page.Locator("uui-modal-dialog");
        // The field takes the browser's local time
        var local = await page.EvaluateAsync<string>(
            "ms => { const d = new Date(ms), p = n => String(n).padStart(2, '0'); return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`; }",
            publishAt.ToUnixTimeMilliseconds());
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Publish at", Exact = true }).FillAsync(local);
        var scheduled = page.WaitForResponseAsync(r => r.Request.Method == "PUT" && r.Url.Contains($"/document/{key}/publish", StringComparison.Ordinal), new() { Timeout = 30_000 });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Schedule publish", Exact = true }).ClickAsync();
        var answer = await scheduled;
        Assert.True(answer.Ok, $"Umbraco refused the schedule: {answer.Status} for {answer.Request.PostData}");

        // Then Umbraco holds the schedule, and the public sees the page from its time and not before
        var schedule = browser.Site.Services.GetRequiredService<IContentService>().GetContentScheduleByContentId(content.Id);
        var release = Assert.Single(schedule.FullSchedule);
        Assert.Equal(publishAt.UtcDateTime, release.Date.ToUniversalTime());
        System.Net.HttpStatusCode status;
        do
        {
            status = (await visitor.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode;
            if (status == System.Net.HttpStatusCode.OK) break;
            await Task.Delay(1_000, TestContext.Current.CancellationToken);
        }
        while (DateTimeOffset.UtcNow < publishAt.AddSeconds(90));
        Assert.True(status == System.Net.HttpStatusCode.OK, $"{path} still answered {status} 90 seconds after its publishing time");
        Assert.True(DateTimeOffset.UtcNow >= publishAt, $"{path} was public before its time {publishAt:O}");
        var html = await visitor.GetStringAsync(path, TestContext.Current.CancellationToken);
        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.True((await ContentAsync(key)).Published);
        await page.Context.CloseAsync();
    }

    private async Task<global::Umbraco.Cms.Core.Models.IContent> ContentAsync(Guid key)
    {
        await Task.Yield();
        return browser.Site.Services.GetRequiredService<IContentService>().GetById(key) ?? throw new InvalidOperationException($"No document {key}");
    }

    /// <summary>The published home page at the root (the starter content's), made here if the site has none.</summary>
    private async Task<Guid> HomeAsync()
    {
        var services = browser.Site.Services;
        var existing = services.GetRequiredService<IContentService>().GetRootContent()
            .FirstOrDefault(c => c.ContentType.Alias == ContentSchema.DocumentTypes.Home.Alias && c.Published);
        if (existing is not null) return existing.Key;
        var created = await services.GetRequiredService<IContentEditingService>().CreateAsync(new ContentCreateModel
        {
            ContentTypeKey = ContentSchema.DocumentTypes.Home.Key,
            Variants = [new VariantModel { Culture = ContentSchema.DefaultCulture, Name = "Home" }],
            Properties = [new PropertyValueModel { Alias = "title", Culture = ContentSchema.DefaultCulture, Value = "Tower Hamlets Anti-Racist Pledge" }],
        }, Constants.Security.SuperUserKey);
        Assert.True(created.Success, $"Creating the home page failed: {created.Status} {string.Join("; ", created.Result.ValidationResult.ValidationErrors.Select(e => e.Alias + " " + string.Join(",", e.ErrorMessages)))}");
        var key = created.Result.Content!.Key;
        var published = await services.GetRequiredService<IContentPublishingService>()
            .PublishAsync(key, [new CulturePublishScheduleModel { Culture = ContentSchema.DefaultCulture }], Constants.Security.SuperUserKey);
        Assert.True(published.Success, $"Publishing the home page failed: {published.Status}");
        return key;
    }
}
