using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Retention;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.Tests.Retention;

public class JourneyRetentionJobTests
{
    [Fact]
    public async Task Journeys_untouched_for_30_days_are_deleted_with_logos_nothing_else_uses_and_live_ones_are_kept()
    {
        using var site = new SiteFactory();
        var now = site.Clock.GetUtcNow().UtcDateTime;
        PledgeLogo Logo(int daysAgo) => new() { Bytes = [0x89, 0x50, 0x4E, 0x47], ContentType = "image/png", OriginalFileName = "logo.png", UploadedUtc = now.AddDays(-daysAgo) };
        var pledgeLogo = Logo(60);
        var abandonedLogo = Logo(35);
        var liveLogo = Logo(40);
        var pledge = await SignatoryData.AddPledgeAsync(site, "Logo Keepers Ltd", p => p.Logo = pledgeLogo);
        await site.WithDbAsync(async db =>
        {
            db.AddRange(abandonedLogo, liveLogo);
            await db.SaveChangesAsync();
        });
        SignUpJourney Journey(int daysAgo, int? logoId = null, int? pledgeId = null) => new()
        {
            Id = Guid.NewGuid(),
            CreatedUtc = now.AddDays(-daysAgo - 1),
            UpdatedUtc = now.AddDays(-daysAgo),
            StateJson = logoId is null ? """{"organisationName":"Anon"}""" : $$"""{"organisationName":"Anon","logoId":{{logoId}}}""",
            PledgeId = pledgeId,
        };
        var abandoned = Journey(31, abandonedLogo.Id);
        var live = Journey(2, liveLogo.Id);
        var submittedLongAgo = Journey(45, pledgeLogo.Id, pledge.Id);
        var oldDraft = new SupplierDeclarationDraft { Id = Guid.NewGuid(), CreatedUtc = now.AddDays(-60), UpdatedUtc = now.AddDays(-31) };
        var recentDraft = new SupplierDeclarationDraft { Id = Guid.NewGuid(), CreatedUtc = now.AddDays(-60), UpdatedUtc = now.AddDays(-29) };
        await site.WithDbAsync(async db =>
        {
            db.AddRange(abandoned, live, submittedLongAgo, oldDraft, recentDraft);
            await db.SaveChangesAsync();
        });

        await site.WithScopeAsync(s => s.GetRequiredService<JourneyRetentionJob>().RunAsync(CancellationToken.None));

        var journeys = await site.WithDbAsync(db => db.Set<SignUpJourney>().Select(j => j.Id).ToListAsync());
        var drafts = await site.WithDbAsync(db => db.Set<SupplierDeclarationDraft>().Select(d => d.Id).ToListAsync());
        var logos = await site.WithDbAsync(db => db.Set<PledgeLogo>().Select(l => l.Id).ToListAsync());
        Assert.Equal([live.Id], journeys);
        Assert.Equal([recentDraft.Id], drafts);
        Assert.Equal([pledgeLogo.Id, liveLogo.Id], logos.Order());
        Assert.NotNull(await site.WithDbAsync(db => db.Set<Pledge>().SingleOrDefaultAsync(p => p.Id == pledge.Id)));
    }

    [Theory]
    [InlineData("""{"logoId":42}""", 42)]
    [InlineData("""{"logoId":null}""", null)]
    [InlineData("""{}""", null)]
    [InlineData("""not json""", null)]
    [InlineData("""[1,2]""", null)]
    public void The_logo_of_a_journey_is_read_from_its_answers(string state, int? expected) =>
        Assert.Equal(expected, JourneyRetentionJob.LogoIdIn(state));
}
