using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Areas.Backoffice.ActionPlan;

/// <summary>Editors keep the action plan current: wording, owners, resource and dates, new actions, retired ones.</summary>
public class EditTests
{
    private static async Task<HtmlClient> SignedInEditorAsync(SiteFactory site)
    {
        await site.CreateStaffAsync("plan.editor@towerhamlets.gov.uk", "correct horse battery", StaffRoles.Editor);
        var client = new HtmlClient(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));
        await client.SignInAsStaffAsync("plan.editor@towerhamlets.gov.uk", "correct horse battery");
        return client;
    }

    private static Task<PlanAction> ActionAsync(SiteFactory site, string code, int order) =>
        site.WithDbAsync(db => db.Set<PlanAction>().Include(a => a.Owners).Include(a => a.Changes).AsNoTracking()
            .SingleAsync(a => a.Recommendation.Code == code && a.SortOrder == order));

    [Fact]
    public async Task An_editor_changes_an_actions_wording_owners_resource_and_dates_and_each_change_is_recorded()
    {
        using var site = new SiteFactory();
        using var client = await SignedInEditorAsync(site);
        var action = await ActionAsync(site, "R.22", 5);
        var url = $"/backoffice/action-plan/actions/{action.Id}";

        // Wrong answers: every problem listed, nothing saved
        var (invalid, errors) = await client.PostFormAsync(url, [
            new("Details.Text", ""), new("Details.Owners", null), new("Details.NewOwner", ""), new("Details.Due", "sometime soon")], "form[action$='handler=Details']");
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var messages = HtmlClient.ErrorSummary(errors).ToList();
        Assert.Contains("Enter what the action is", messages);
        Assert.Contains("Select who owns the action, or add a new owner", messages);
        Assert.Contains("Enter the due date as a month like Jun-23 or June 2023, a day like 30/06/2023, or On-going", messages);

        // A new wording, a second owner typed with the seed's other spelling, a new resource and a month-only due date
        var (saved, _) = await client.PostFormAsync(url, [
            new("Details.Text", "Deliver the Schools Leadership Programme every year to 2027."),
            new("Details.NewOwner", "Children and Families Executive"), new("Details.Resource", "£60,000"),
            new("Details.Start", "April 2022"), new("Details.Due", "July 2027")], "form[action$='handler=Details']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await ActionAsync(site, "R.22", 5);
        Assert.Equal("Deliver the Schools Leadership Programme every year to 2027.", after.Text);
        Assert.Equal(["Children & Families Executive", "Tracey Smith Executive Director, THEP"], after.Owners.Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Equal(("Apr-22", "Jul-27", new DateOnly(2027, 7, 31), "Apr-25"), (after.StartText, after.DueText, after.DueDate, after.PlannedDueText));
        var change = Assert.Single(after.Changes);
        Assert.Equal("plan.editor@towerhamlets.gov.uk", change.ChangedBy);
        Assert.Contains("Action wording changed", change.Details, StringComparison.Ordinal);
        Assert.Contains("Resource: £50,000 → £60,000", change.Details, StringComparison.Ordinal);
        Assert.Contains("Due: Apr-25 → Jul-27", change.Details, StringComparison.Ordinal);
        Assert.True(await site.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(PlanAction) && e.EntityKey == action.Id.ToString() && e.Changes.Contains("Jul-27"))));

        // The public plan shows the new owners and the month; the owner filter finds the action under its new owner
        using var visitor = HtmlClient.For(site);
        var page = (await visitor.GetPageAsync("/action-plan/r22")).QuerySelector("#action-r22-5")!.TextContent;
        Assert.Contains("Children & Families Executive; Tracey Smith Executive Director, THEP", page, StringComparison.Ordinal);
        Assert.Contains("July 2027", page, StringComparison.Ordinal);
        Assert.Contains("The plan said April 2025.", page, StringComparison.Ordinal);
        var owned = await visitor.GetPageAsync("/action-plan?Owner=children-and-families-executive");
        Assert.NotNull(owned.QuerySelector("#action-r22-5"));
    }

    [Fact]
    public async Task An_editor_adds_an_action_retires_others_and_the_public_plan_shows_their_statuses_and_the_date_of_each_progress_update()
    {
        using var site = new SiteFactory();
        using var client = await SignedInEditorAsync(site);

        // Add an action to R.16 for the refreshed plan
        var (missing, form) = await client.PostFormAsync("/backoffice/action-plan/new", [new("Recommendation", "")]);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Select the recommendation the action answers", HtmlClient.ErrorSummary(form));
        var (added, _) = await client.PostFormAsync("/backoffice/action-plan/new?recommendation=r16", [
            new("Recommendation", "r16"), new("Details.Text", "Run mock assessment centres with three Canary Wharf employers each year."),
            new("Details.Owners", "growth-and-economic-development-board"), new("Details.Start", "Apr-27"), new("Details.Due", "On-going")]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var created = await ActionAsync(site, "R.16", 2);
        Assert.Equal("Added to the plan", Assert.Single(created.Changes).How);
        Assert.True(created.IsOngoing);

        // Retire two actions: one superseded (a note is needed), one carried into the new plan
        var superseded = await ActionAsync(site, "R.16", 1);
        var (noNote, refused) = await client.PostFormAsync($"/backoffice/action-plan/actions/{superseded.Id}", [new("Closure", "Superseded"), new("ClosureNote", "")], "form[action$='handler=Close']");
        Assert.Equal(HttpStatusCode.OK, noNote.StatusCode);
        Assert.Contains("Say why the action is retired, for example which action replaces it", HtmlClient.ErrorSummary(refused));
        var (retired, _) = await client.PostFormAsync($"/backoffice/action-plan/actions/{superseded.Id}", [new("Closure", "Superseded"), new("ClosureNote", "Replaced by R.16-2.")], "form[action$='handler=Close']");
        Assert.Equal($"/backoffice/action-plan/actions/{superseded.Id}", retired.Headers.Location?.OriginalString);
        var carried = await ActionAsync(site, "R.17", 2);
        await client.PostFormAsync($"/backoffice/action-plan/actions/{carried.Id}", [new("Closure", "CarriedIntoNewPlan"), new("ClosureNote", "Continues in the 2026 plan.")], "form[action$='handler=Close']");

        // And a progress update, dated (the test clock is 24 November 2026)
        var (updated, _) = await client.PostFormAsync($"/backoffice/action-plan/actions/{created.Id}", [new("ProgressUpdate", "Two employers have signed up."), new("Rag", "Green")]);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);

        using var visitor = HtmlClient.For(site);
        var r16 = await visitor.GetPageAsync("/action-plan/r16");
        Assert.Contains("Superseded", r16.QuerySelector("#action-r16-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Replaced by R.16-2.", r16.QuerySelector("#action-r16-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Updated on 24 November 2026.", r16.QuerySelector("#action-r16-2")!.TextContent, StringComparison.Ordinal);
        var r17 = await visitor.GetPageAsync("/action-plan/r17");
        Assert.Contains("Carried into the new plan", r17.QuerySelector("#action-r17-2")!.TextContent, StringComparison.Ordinal);
        var byStatus = await visitor.GetPageAsync("/action-plan?Status=CarriedIntoNewPlan");
        Assert.Equal(["action-r17-2"], byStatus.QuerySelectorAll(".app-action").Select(a => a.Id));
        // A seed progress update is not given a date it does not have
        Assert.Contains("progress report, which is not dated", (await visitor.GetPageAsync("/action-plan/r6")).QuerySelector("#action-r6-1")!.TextContent, StringComparison.Ordinal);

        var csv = (await visitor.Http.GetStringAsync("/action-plan/download.csv?Recommendation=r16", TestContext.Current.CancellationToken)).TrimStart('\uFEFF').Split("\r\n");
        var header = csv[0].Split(',');
        Assert.Contains("progress_updated", header);
        var row = csv.Single(l => l.StartsWith("R.16-2,", StringComparison.Ordinal));
        Assert.Contains(",2026-11-24,", row, StringComparison.Ordinal);
        Assert.Contains("Superseded", csv.Single(l => l.StartsWith("R.16-1,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
