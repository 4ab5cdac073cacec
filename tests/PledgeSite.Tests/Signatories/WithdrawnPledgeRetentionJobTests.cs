using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Signatories;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.Tests.Signatories;

public class WithdrawnPledgeRetentionJobTests
{
    [Fact]
    public async Task Withdrawn_pledges_lose_their_contacts_once_the_retention_period_has_passed_and_others_keep_theirs()
    {
        using var site = new SiteFactory().With(WithdrawnPledgeRetentionJob.RetentionSetting, "30");
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var withdrawn = await SignatoryData.AddPledgeAsync(site, "Gone Ltd", p => { p.Status = PledgeStatus.Withdrawn; p.WithdrawnUtc = now.AddDays(-10); });
        var active = await SignatoryData.AddPledgeAsync(site, "Staying Ltd");
        async Task RunAsync() => await site.WithScopeAsync(s => s.GetRequiredService<WithdrawnPledgeRetentionJob>().RunAsync(CancellationToken.None));
        Task<int> ContactsAsync(int pledgeId) => site.WithDbAsync(db => db.Set<PledgeContact>().CountAsync(c => c.PledgeId == pledgeId));

        await RunAsync();
        Assert.Equal(2, await ContactsAsync(withdrawn.Id));

        site.Clock.Advance(TimeSpan.FromDays(21));
        await RunAsync();
        await RunAsync();

        Assert.Equal(0, await ContactsAsync(withdrawn.Id));
        Assert.Equal(2, await ContactsAsync(active.Id));
        var history = await site.WithDbAsync(db => db.Set<PledgeHistoryEntry>().Where(h => h.PledgeId == withdrawn.Id).ToListAsync());
        var entry = Assert.Single(history);
        Assert.Equal("Personal data removed", entry.Event);
        var kept = await site.WithDbAsync(db => db.Set<Pledge>().SingleAsync(p => p.Id == withdrawn.Id));
        Assert.Equal("Gone Ltd", kept.OrganisationName);
    }
}
