using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Media;

namespace PledgeSite.Tests.Pages.Awards;

/// <summary>Pages/Awards/Photo.cshtml (/awards/{year}/photos/{id}): a winner's photo is not served before the announcement.</summary>
public sealed class PhotoTests : IDisposable
{
    private readonly SiteFactory _site = new();

    private async Task<Nomination> WithPhotoAsync(AwardCategory category, string nominee, NominationOutcome outcome, byte[] photo)
    {
        var now = _site.Clock.GetUtcNow().UtcDateTime;
        var nomination = await AwardsTestData.NominationAsync(_site, category, nominee, now, outcome: outcome);
        var stored = await _site.Services.GetRequiredService<AwardFiles>().SaveAsync(photo);
        await _site.WithDbAsync(async db =>
        {
            db.Attach(nomination);
            nomination.PhotoStoredName = stored;
            nomination.PhotoContentType = "image/png";
            nomination.PhotoAltText = $"{nominee} at the Town Hall";
            await db.SaveChangesAsync();
        });
        return nomination;
    }

    [Fact]
    public async Task A_winners_photo_is_not_found_before_the_announcement_and_served_from_it()
    {
        var now = _site.Clock.GetUtcNow().UtcDateTime;
        var cycle = await AwardsTestData.JudgingCycleAsync(_site, 2026, now); // announced in 20 days
        var category = await AwardsTestData.CategoryAsync(_site, cycle, "Young leader", NomineeKind.Individual);
        var photo = MediaForms.Png(80, 60);
        var winner = await WithPhotoAsync(category, "Rahima Khatun", NominationOutcome.Winner, photo);
        var notChosen = await WithPhotoAsync(category, "Tom Jones", NominationOutcome.None, photo);
        using var visitor = HtmlClient.For(_site);
        Task<HttpResponseMessage> GetAsync(int id) => visitor.Http.GetAsync($"/awards/2026/photos/{id}", TestContext.Current.CancellationToken);

        _site.Clock.SetUtcNow(cycle.AnnouncementUtc.AddSeconds(-1));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(winner.Id)).StatusCode);
        var (_, yearDocument) = await visitor.GetAsync("/awards/2026");
        Assert.DoesNotContain($"/awards/2026/photos/{winner.Id}", yearDocument.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Rahima Khatun", yearDocument.DocumentElement.OuterHtml, StringComparison.Ordinal);

        _site.Clock.SetUtcNow(cycle.AnnouncementUtc);
        var served = await GetAsync(winner.Id);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(photo, await served.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        // Never for a nomination that won nothing, nor under another year.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(notChosen.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"/awards/2025/photos/{winner.Id}", TestContext.Current.CancellationToken)).StatusCode);
    }

    public void Dispose() => _site.Dispose();
}
