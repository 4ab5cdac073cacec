using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Content;

public class ContentQueryTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public ContentQueryTests(SiteFactory site) => _site = site;

    private async Task<T> QueryAsync<T>(Func<ContentQuery, Task<T>> action)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ContentQuery>());
    }

    [Fact]
    public async Task Theme_text_is_found_by_theme_slug_and_has_no_url_of_its_own()
    {
        await _site.CreatePageAsync("Community Leadership", "community-leadership", "<p>More residents in community leadership roles.</p>", type: ContentType.ThemeContent);

        var theme = await QueryAsync(q => q.FindThemeContentAsync("community-leadership", ContentCultures.Bengali));
        using var client = HtmlClient.For(_site);

        Assert.NotNull(theme);
        Assert.True(theme.IsFallback);
        Assert.Contains("community leadership roles", theme.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/community-leadership")).Response.StatusCode);
    }

    [Fact]
    public async Task Upcoming_events_are_listed_and_an_event_page_shows_when_where_and_how_to_book()
    {
        var events = await _site.CreatePageAsync("Events", "events", "<p>What's on</p>");
        var key = await _site.CreatePageAsync("Leadership evening", "leadership-evening", "<p>Meet local leaders.</p>", events, type: ContentType.Event);

        var upcoming = await QueryAsync(q => q.UpcomingEventsAsync(ContentCultures.Default));
        using var client = HtmlClient.For(_site);
        var page = await client.GetPageAsync("/events/leadership-evening");

        Assert.Contains(upcoming, e => e.Key == key && e.EventStartUtc == new DateTime(2026, 12, 1, 18, 0, 0, DateTimeKind.Utc));
        Assert.Contains("Tuesday 1 December 2026, 6pm", page.QuerySelector(".govuk-summary-list")!.TextContent, StringComparison.Ordinal);
        using var editor = await _site.StaffClientAsync(StaffRoles.Editor);
        var form = await editor.GetPageAsync($"/backoffice/content/{key}");
        Assert.Equal("18:00", form.QuerySelector("input[name=EventStartTime]")!.GetAttribute("value"));
    }
}
