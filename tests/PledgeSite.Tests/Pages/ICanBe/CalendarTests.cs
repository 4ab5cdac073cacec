using System.Net;
using System.Text;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Campaign;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.ICanBe;

public class CalendarTests
{
    private static readonly CampaignEvent Celebration = new(
        "celebration-2027", "Celebrating community leaders; role models, allies", new DateTime(2027, 3, 18, 18, 30, 0, DateTimeKind.Utc),
        new DateTime(2027, 3, 18, 21, 0, 0, DateTimeKind.Utc), "Town Hall, 160 Whitechapel Road, London E1 1BJ",
        "The annual celebration of Black, Asian and Minority Ethnic community leaders (R.4).\nAll welcome.",
        "Step-free access, hearing loop and BSL interpreters.", "https://example.org/book", new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc));

    private sealed class OneEvent : ICampaignEvents
    {
        public Task<IReadOnlyList<CampaignEvent>> UpcomingAsync(DateTime fromUtc, int take, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<CampaignEvent>>([Celebration]);

        public Task<CampaignEvent?> FindAsync(string slug, CancellationToken cancellationToken) =>
            Task.FromResult(slug == Celebration.Slug ? Celebration : null);
    }

    [Fact]
    public void Ics_escapes_text_uses_london_time_and_folds_lines_at_75_octets()
    {
        var ics = Calendar.ToIcs(Celebration, "https://example.org/i-can-be", "example.org", new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc));

        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Celebrating community leaders\\; role models\\, allies\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/London:20270318T183000\r\n", unfolded, StringComparison.Ordinal); // GMT in March before the clocks change
        Assert.Contains("LOCATION:Town Hall\\, 160 Whitechapel Road\\, London E1 1BJ\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("(R.4).\\nAll welcome.", unfolded, StringComparison.Ordinal);
        Assert.Contains("UID:celebration-2027@example.org\r\n", unfolded, StringComparison.Ordinal);
    }

    [Fact]
    public void Summer_times_are_written_as_british_summer_time()
    {
        var summer = Celebration with { StartUtc = new DateTime(2027, 7, 1, 17, 0, 0, DateTimeKind.Utc), EndUtc = null };
        var ics = Calendar.ToIcs(summer, "https://example.org", "example.org", DateTime.UtcNow).Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=Europe/London:20270701T180000\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/London:20270701T200000\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Folding_never_splits_a_multibyte_character()
    {
        var folded = Calendar.Fold("SUMMARY:" + new string('é', 60));
        Assert.All(folded.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75));
        Assert.Equal("SUMMARY:" + new string('é', 60), folded.Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd('\r', '\n'));
    }

    [Fact]
    public async Task The_campaign_page_lists_events_with_an_add_to_calendar_download()
    {
        using var site = new SiteFactory().WithTestServices(s => s.AddScoped<ICampaignEvents, OneEvent>());
        using var client = new HtmlClient(site.CreateClient());

        var page = await client.GetPageAsync("/i-can-be");
        var link = page.QuerySelector("a[href='/i-can-be/events/celebration-2027.ics']")!;
        Assert.Contains("Add to calendar", link.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thursday 18 March 2027, 6:30pm to 9:00pm", page.QuerySelector(".app-event")!.TextContent, StringComparison.Ordinal);

        var response = await client.Http.GetAsync("/i-can-be/events/celebration-2027.ics", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_cms_event_appears_on_the_campaign_page_with_its_calendar_file()
    {
        using var site = new SiteFactory();
        await site.WithScopeAsync(async services =>
        {
            var workflow = services.GetRequiredService<PledgeSite.Core.Content.ContentWorkflow>();
            var (home, _) = await workflow.CreateAsync(PledgeSite.Core.Entities.ContentType.Home, null, "Home", null, TestContext.Current.CancellationToken);
            var (item, errors) = await workflow.CreateAsync(PledgeSite.Core.Entities.ContentType.Event, home!.Key, "Community leaders celebration", null, TestContext.Current.CancellationToken);
            Assert.Empty(errors);
            var saved = await workflow.SaveAsync(new PledgeSite.Core.Content.ContentEdit
            {
                Key = item!.Key, Culture = "en-GB", ItemVersion = item.Version, VariantVersion = item.Variants.FirstOrDefault()?.Version,
                Title = "Community leaders celebration", Summary = "Celebrating role models (R.4).", Venue = "Town Hall, Whitechapel",
                AccessibilityInformation = "Step-free access",
                Settings = new PledgeSite.Core.Content.ContentSettings
                {
                    Slug = "community-leaders-celebration",
                    EventStartUtc = new DateTime(2027, 3, 18, 18, 30, 0, DateTimeKind.Utc), EventEndUtc = new DateTime(2027, 3, 18, 21, 0, 0, DateTimeKind.Utc),
                },
            }, TestContext.Current.CancellationToken);
            Assert.True(saved.Saved, saved.StaleMessage ?? string.Join("; ", saved.Errors.Values));
            await workflow.PublishAsync(home.Key, "en-GB", TestContext.Current.CancellationToken);
            await workflow.PublishAsync(item.Key, "en-GB", TestContext.Current.CancellationToken);
        });
        using var client = HtmlClient.For(site);

        var page = await client.GetPageAsync("/i-can-be");

        var calendar = page.QuerySelector(".app-event a[href$='.ics']")!.GetAttribute("href")!;
        Assert.Contains("Community leaders celebration", page.QuerySelector(".app-event")!.TextContent, StringComparison.Ordinal);
        var ics = await client.Http.GetStringAsync(calendar, TestContext.Current.CancellationToken);
        Assert.Contains("SUMMARY:Community leaders celebration", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Town Hall\\, Whitechapel", ics, StringComparison.Ordinal);
    }
}
