using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Email;
using PledgeSite.Core.Time;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>
/// Tests share one Umbraco host (<see cref="SiteHost.Shared"/>): each new site must still look new, or tests would
/// pass or fail by the order they run in.
/// </summary>
public class SiteFactoryTests
{
    [Fact]
    public async Task A_new_site_does_not_see_what_the_previous_test_stored_or_sent()
    {
        // Given a test that queued and sent an email on the shared site
        using (var first = new SiteFactory())
        {
            await first.WithScopeAsync(async services =>
            {
                services.GetRequiredService<EmailOutbox>().Enqueue(new EmailMessage("someone@example.org", null, "Hello", "Hello", "<p>Hello</p>", "test"));
                await services.GetRequiredService<PledgeSite.Core.Data.PledgeDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
            });
            await first.SendQueuedEmailAsync();
            Assert.Single(first.PickedUpEmails());
        }

        // When the next test takes a site
        using var second = new SiteFactory();

        // Then it is the same host, but with an empty outbox and no emails picked up
        Assert.Equal(0, await second.WithDbAsync(db => db.OutboxMessages.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Empty(second.PickedUpEmails());
    }

    [Fact]
    public void Each_site_has_its_own_clock_starting_on_24_November_2026()
    {
        // Given a test that moved its clock a year on
        using (var first = new SiteFactory())
        {
            first.Clock.Advance(TimeSpan.FromDays(365));
            Assert.Equal(2027, first.Services.GetRequiredService<SiteClock>().GetUtcNow().Year);
        }

        // When the next test takes a site, then the site's clock is that test's
        using var second = new SiteFactory();
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), second.Services.GetRequiredService<SiteClock>().GetUtcNow());
    }

    [Fact]
    public async Task Staff_made_again_by_a_later_test_have_exactly_the_groups_and_password_it_asks_for()
    {
        // Given staff made by an earlier test, who then locked themselves out
        const string email = "made.twice@example.org";
        using (var first = new SiteFactory())
        {
            await first.CreateStaffAsync(email, StaffAccounts.Password, StaffRoles.PledgeReviewer, StaffRoles.Judge);
            await first.WithScopeAsync(services =>
            {
                var users = services.GetRequiredService<IUserService>();
                var user = users.GetByEmail(email)!;
                user.IsLockedOut = true;
                users.Save(user);
                return Task.CompletedTask;
            });
        }

        // When a later test makes them again, in one group
        using var second = new SiteFactory();
        await second.CreateStaffAsync(email, StaffAccounts.Password, StaffRoles.Editor);

        // Then they are in that group alone, unlocked, and can sign in
        await second.WithScopeAsync(services =>
        {
            var user = services.GetRequiredService<IUserService>().GetByEmail(email)!;
            Assert.Equal([StaffRoles.Editor], user.Groups.Select(g => g.Alias));
            Assert.False(user.IsLockedOut);
            return Task.CompletedTask;
        });
        using var client = HtmlClient.For(second);
        await client.SignInAsStaffAsync(email);
    }
}
