using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.ActionPlan;

/// <summary>The action plan imported on first start from seeds/action-plan, checked against the council's tables (seeds 001 and 002).</summary>
[Collection(SharedSite.Name)]
public class SeedImportTests(SiteFactory site)
{
    private Task<PlanAction> ActionAsync(string code, int order) =>
        site.WithDbAsync(db => db.Set<PlanAction>().Include(a => a.Recommendation)
            .SingleAsync(a => a.Recommendation.Code == code && a.SortOrder == order, TestContext.Current.CancellationToken));

    [Fact]
    public async Task First_start_imports_every_theme_outcome_recommendation_and_action()
    {
        var counts = await site.WithDbAsync(db => db.Set<Theme>().OrderBy(t => t.SortOrder)
            .Select(t => new { t.Slug, t.Name, Outcomes = t.Outcomes.Count, Recommendations = t.Recommendations.Count, Actions = t.Recommendations.Sum(r => r.Actions.Count) })
            .ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal(
            [
                new { Slug = "anti-racist-borough", Name = "Anti-Racist Borough", Outcomes = 4, Recommendations = 6, Actions = 17 },
                new { Slug = "community-leadership", Name = "Community Leadership", Outcomes = 4, Recommendations = 4, Actions = 9 },
                new { Slug = "health", Name = "Health", Outcomes = 5, Recommendations = 9, Actions = 27 },
                new { Slug = "education-and-employment", Name = "Education & Employment", Outcomes = 4, Recommendations = 9, Actions = 26 },
            ], counts);
        var codes = await site.WithDbAsync(db => db.Set<Recommendation>().OrderBy(r => r.SortOrder).Select(r => r.Code).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["R1.A", "R1.B", "R1.C", "R1.D", "R1.E", "R1.F", .. Enumerable.Range(2, 22).Select(n => $"R.{n}")], codes);
    }

    [Fact]
    public async Task Recommendations_keep_their_titles_and_descriptions_even_where_the_seed_ran_them_together()
    {
        var r1d = await site.WithDbAsync(db => db.Set<Recommendation>().SingleAsync(r => r.Code == "R1.D", TestContext.Current.CancellationToken));
        Assert.Equal("Targets", r1d.Title);
        Assert.Equal("r1-d", r1d.Slug);
        Assert.StartsWith("Organisations signing up to the Race Equality Pledge must set ambitious targets", r1d.Description, StringComparison.Ordinal);

        var r4 = await site.WithDbAsync(db => db.Set<Recommendation>().Include(r => r.Actions).SingleAsync(r => r.Code == "R.4", TestContext.Current.CancellationToken));
        Assert.Equal("Role Models and Allies", r4.Title);
        Assert.Equal("", r4.Description); // the seed goes straight to the actions
        Assert.Equal(2, r4.Actions.Count);
    }

    [Fact]
    public async Task A_month_due_date_is_read_as_the_end_of_that_month_with_the_wording_kept()
    {
        var action = await ActionAsync("R1.A", 1);

        Assert.Equal("Develop the Tower Hamlets Anti Racist Pledge which asks organisations in the borough to publicly demonstrate their commitment and actions they will take to become an Anti-Racist organisation", action.Text);
        Assert.Equal("Existing Resources", action.Resource);
        Assert.Equal(("May-21", new DateOnly(2021, 5, 31)), (action.StartText, action.StartDate));
        Assert.Equal(("Jul-21", new DateOnly(2021, 7, 31)), (action.DueText, action.DueDate));
        Assert.Equal("The plan gives a month only; read as the end of July 2021.", action.DueNote);
        Assert.Equal("Sharon Godman Director Strategy, Improvement and Transformation", action.Owner);
        Assert.Equal(RagRating.NotRated, action.Rag);
    }

    [Fact]
    public async Task On_going_actions_have_no_due_date()
    {
        var action = await ActionAsync("R1.C", 1);
        Assert.Equal("On-going", action.DueText);
        Assert.Null(action.DueDate);
        Assert.True(action.IsOngoing);
        Assert.Equal(ActionStatus.Ongoing, action.StatusOn(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public async Task Health_actions_carry_the_progress_report_with_its_revised_due_date()
    {
        var action = await ActionAsync("R.9", 2);

        Assert.Equal("01/12/2021 Delayed to 01/04/2022", action.DueText);
        Assert.Equal("Dec-21", action.PlannedDueText);
        Assert.Equal(new DateOnly(2022, 4, 1), action.DueDate);
        Assert.Equal("Delayed from 1 December 2021 to 1 April 2022.", action.DueNote);
        Assert.StartsWith("A sub-group of the THT Board has been formed which will be meeting with the equality charity BRAP", action.ProgressUpdate, StringComparison.Ordinal);
        Assert.Equal("001:111 002:28", action.SeedSource);
    }

    [Fact]
    public async Task A_due_date_the_site_cannot_read_is_left_undated_with_the_wording_and_a_note()
    {
        var action = await ActionAsync("R.18", 1);

        Assert.Equal("Q3 21/21", action.DueText);
        Assert.Null(action.DueDate);
        Assert.Contains("not a date the site can read", action.DueNote, StringComparison.Ordinal);
        Assert.Equal("Met from trust resources", action.Resource);
        Assert.Equal(ActionStatus.NoDueDate, action.StatusOn(new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public async Task Resource_cross_references_are_kept_as_written()
    {
        var action = await ActionAsync("R.22", 7);
        Assert.Equal("see rec 3", action.Resource);
        Assert.StartsWith("As per recommendation 3 under community leadership section", action.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Running_the_import_again_adds_nothing()
    {
        var before = await site.WithDbAsync(db => db.Set<PlanAction>().CountAsync(TestContext.Current.CancellationToken));

        ActionPlanImport.Result? result = null;
        await site.WithScopeAsync(async services =>
        {
            var import = services.GetRequiredService<ActionPlanImport>();
            result = await import.ImportAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "action-plan"), TestContext.Current.CancellationToken);
        });

        Assert.Equal(new ActionPlanImport.Result(0, 0, 0, 0), result);
        Assert.Equal(before, await site.WithDbAsync(db => db.Set<PlanAction>().CountAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("Mar-22", "2022-03-31", false)]
    [InlineData("On-going", null, true)]
    [InlineData("Ongoing", null, true)]
    [InlineData("01/03/2022", "2022-03-01", false)]
    [InlineData("01/04/2022 On track", "2022-04-01", false)]
    [InlineData("2021/22", "2022-03-31", false)]
    [InlineData("see rec 3", null, false)]
    public void Seed_dates_are_read_or_left_undated(string text, string? expected, bool ongoing)
    {
        var reading = SeedDate.Read(text);
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading.Date);
        Assert.Equal(ongoing, reading.Ongoing);
    }
}
