using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.Users;

public partial class InviteTests
{
    private const string Password = "amber lighthouse pebble four";

    [GeneratedRegex(@"https?://\S+/backoffice/set-password\?\S+")]
    private static partial Regex SetPasswordLink();

    [Fact]
    public async Task Administrator_invites_a_user_who_sets_a_password_from_the_emailed_link_and_the_audit_log_records_who()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("lead.admin@example.org", Password, StaffRoles.Administrator);
        using var admin = HtmlClient.For(site);
        await admin.SignInAsStaffAsync("lead.admin@example.org", Password);

        var (invalid, invalidPage) = await admin.PostFormAsync("/backoffice/users/invite", [new("DisplayName", ""), new("Email", "not-an-email")]);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Equivalent(new[] { "Enter their full name", "Enter an email address in the correct format, like name@towerhamlets.gov.uk", "Select at least one role" },
            HtmlClient.ErrorSummary(invalidPage).ToArray(), strict: true);

        var (invited, _) = await admin.PostFormAsync("/backoffice/users/invite",
            [new("DisplayName", "Rahima Khatun"), new("Email", "rahima@example.org"), new("Roles", StaffRoles.PledgeReviewer)]);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var details = await admin.GetPageAsync(invited.Headers.Location!.OriginalString);
        Assert.Contains("Invitation sent to rahima@example.org", details.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Invited", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var (duplicate, duplicatePage) = await admin.PostFormAsync("/backoffice/users/invite",
            [new("DisplayName", "Someone Else"), new("Email", "rahima@example.org"), new("Roles", StaffRoles.Editor)]);
        Assert.Equal(["There is already an account with this email address"], HtmlClient.ErrorSummary(duplicatePage));

        await site.SendQueuedEmailAsync();
        var email = Assert.Single(site.PickedUpEmails(), m => m.To.Mailboxes.Any(a => a.Address == "rahima@example.org"));
        var link = new Uri(SetPasswordLink().Match(email.TextBody ?? "").Value);

        using var invitee = HtmlClient.For(site);
        var (common, commonPage) = await invitee.PostFormAsync(link.PathAndQuery, [new("Password", "password1234"), new("ConfirmPassword", "password1234")]);
        Assert.Equal(HttpStatusCode.OK, common.StatusCode);
        Assert.NotEmpty(HtmlClient.ErrorSummary(commonPage));
        var (set, _) = await invitee.PostFormAsync(link.PathAndQuery, [new("Password", "saffron kettle meadow bridge"), new("ConfirmPassword", "saffron kettle meadow bridge")]);
        Assert.Equal("/backoffice", set.Headers.Location?.OriginalString);
        Assert.Contains("Pledges", (await invitee.GetPageAsync("/backoffice")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The link works once.
        using var replay = HtmlClient.For(site);
        var replayPage = await replay.GetPageAsync(link.PathAndQuery);
        Assert.Contains("expired or has already been used", replayPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(StaffUser) && a.Action == "Created").ToListAsync());
        var created = Assert.Single(audit, a => a.Changes.Contains("rahima@example.org", StringComparison.Ordinal));
        Assert.Equal("lead.admin@example.org", created.Actor);
        Assert.NotNull(created.ActorId);
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_open_session_and_enabling_lets_them_back()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("boss.admin@example.org", Password, StaffRoles.Administrator);
        var editor = await site.CreateStaffAsync("leaving.editor@example.org", Password, StaffRoles.Editor);
        using var admin = HtmlClient.For(site);
        await admin.SignInAsStaffAsync("boss.admin@example.org", Password);
        using var session = HtmlClient.For(site);
        await session.SignInAsStaffAsync("leaving.editor@example.org", Password);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/backoffice")).Response.StatusCode);

        var details = await admin.GetPageAsync($"/backoffice/users/{editor.Id}");
        await admin.SubmitAsync(details, selector: "form[action*='handler=Disable']");
        site.Clock.Advance(TimeSpan.FromMinutes(2));

        var (afterDisable, _) = await session.GetAsync("/backoffice");
        Assert.Equal(HttpStatusCode.Redirect, afterDisable.StatusCode);
        Assert.Contains("/backoffice/sign-in", afterDisable.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var retry = HtmlClient.For(site);
        await retry.SignInAsStaffAsync("leaving.editor@example.org", Password);
        Assert.Equal(HttpStatusCode.Redirect, (await retry.GetAsync("/backoffice")).Response.StatusCode);

        details = await admin.GetPageAsync($"/backoffice/users/{editor.Id}");
        await admin.SubmitAsync(details, selector: "form[action*='handler=Enable']");
        await retry.SignInAsStaffAsync("leaving.editor@example.org", Password);
        Assert.Equal(HttpStatusCode.OK, (await retry.GetAsync("/backoffice")).Response.StatusCode);
    }

    [Fact]
    public async Task Administrator_changes_roles_but_cannot_remove_their_own_administrator_role()
    {
        using var site = new SiteFactory();
        var me = await site.CreateStaffAsync("roles.admin@example.org", Password, StaffRoles.Administrator);
        var judge = await site.CreateStaffAsync("roles.judge@example.org", Password, StaffRoles.Judge);
        using var admin = HtmlClient.For(site);
        await admin.SignInAsStaffAsync("roles.admin@example.org", Password);

        var page = await admin.GetPageAsync($"/backoffice/users/{judge.Id}");
        await admin.SubmitAsync(page, [new("Roles", StaffRoles.AwardsManager)], "form[action*='handler=Roles']");
        var (_, own) = await admin.SubmitAsync(await admin.GetPageAsync($"/backoffice/users/{me.Id}"), [new("Roles", StaffRoles.Editor)], "form[action*='handler=Roles']");

        Assert.Equal(["You cannot remove your own Administrator role. Ask another administrator"], HtmlClient.ErrorSummary(own));
        var roles = await site.WithDbAsync(db => (from ur in db.Set<Microsoft.AspNetCore.Identity.IdentityUserRole<string>>()
                                                   join r in db.Set<Microsoft.AspNetCore.Identity.IdentityRole>() on ur.RoleId equals r.Id
                                                   where ur.UserId == judge.Id
                                                   select r.Name).ToListAsync());
        Assert.Equal([StaffRoles.AwardsManager], roles);
        Assert.Contains("IdentityUserRole`1", await site.WithDbAsync(db => db.AuditEntries.Where(a => a.Actor == "roles.admin@example.org").Select(a => a.EntityType).ToListAsync()));
    }

    [Fact]
    public async Task Resending_an_invitation_sends_a_new_link_and_the_old_one_stops_working()
    {
        using var site = new SiteFactory();
        await site.CreateStaffAsync("resend.admin@example.org", Password, StaffRoles.Administrator);
        using var admin = HtmlClient.For(site);
        await admin.SignInAsStaffAsync("resend.admin@example.org", Password);
        var (invited, _) = await admin.PostFormAsync("/backoffice/users/invite",
            [new("DisplayName", "Tomasz Nowak"), new("Email", "tomasz@example.org"), new("Roles", StaffRoles.Editor)]);
        var detailsUrl = invited.Headers.Location!.OriginalString;

        await admin.SubmitAsync(await admin.GetPageAsync(detailsUrl), selector: "form[action*='handler=SendLink']");
        await site.SendQueuedEmailAsync();

        var links = site.PickedUpEmails().Where(m => m.To.Mailboxes.Any(a => a.Address == "tomasz@example.org"))
            .Select(m => new Uri(SetPasswordLink().Match(m.TextBody ?? "").Value).PathAndQuery).ToList();
        Assert.Equal(2, links.Count);
        using var client = HtmlClient.For(site);
        var pages = new List<string>();
        foreach (var link in links) pages.Add((await client.GetPageAsync(link)).QuerySelector("main")!.TextContent);
        Assert.Single(pages, p => p.Contains("expired or has already been used", StringComparison.Ordinal));
    }
}
