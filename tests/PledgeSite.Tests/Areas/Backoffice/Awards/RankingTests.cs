using System.Net;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Awards;

namespace PledgeSite.Tests.Areas.Backoffice.Awards;

public class RankingTests
{
    // The hand-worked example. Criteria: Impact (weight 2, 0–10) and Reach (weight 1, 0–10), so a judge's weighted
    // score is (2 × Impact + Reach) / 30 × 100.
    //
    //                 Judge 1 (harsh)      Judge 2 (lenient)    Judge 3
    //   Ahmed         4,4 → 40%            10,10 → 100%         5,5 → 50%
    //   Bea           2,2 → 20%             8,8  →  80%         9,9 → 90%
    //   Chen          3,3 → 30%             9,9  →  90%         7,7 → 70%
    //
    // Raw averages are all 63.3%: raw scores cannot separate them.
    // Per judge: judge 1 mean 30, population SD √((10² + 10² + 0²)/3) = 8.165; z = +1.225, −1.225, 0.
    //            judge 2 mean 90, SD 8.165;                              z = +1.225, −1.225, 0.
    //            judge 3 mean 70, SD 16.330;                             z = −1.225, +1.225, 0.
    // Normalised: Ahmed (1.225 + 1.225 − 1.225)/3 = +0.408; Bea −0.408; Chen 0.
    // Ranking: Ahmed, Chen, Bea. Spread: Ahmed and Bea 2.449 (≥ 1.5, judges disagree), Chen 0.
    private static readonly AwardCriterion[] Criteria =
    [
        new() { Id = 1, Name = "Impact", Weight = 2, MinScore = 0, MaxScore = 10 },
        new() { Id = 2, Name = "Reach", Weight = 1, MinScore = 0, MaxScore = 10 },
    ];

    private static JudgeScoreSheet Sheet(string judge, int nomination, int impact, int reach) =>
        new(judge, nomination, new Dictionary<int, int> { [1] = impact, [2] = reach });

    private static readonly JudgeScoreSheet[] Example =
    [
        Sheet("j1", 1, 4, 4), Sheet("j1", 2, 2, 2), Sheet("j1", 3, 3, 3),
        Sheet("j2", 1, 10, 10), Sheet("j2", 2, 8, 8), Sheet("j2", 3, 9, 9),
        Sheet("j3", 1, 5, 5), Sheet("j3", 2, 9, 9), Sheet("j3", 3, 7, 7),
    ];

    [Fact]
    public void Weighted_per_judge_normalised_ranking_matches_the_hand_worked_example()
    {
        var ranked = AwardRanking.Rank(Criteria, [1, 2, 3], Example);

        Assert.Equal([1, 3, 2], ranked.Select(r => r.NominationId));
        var ahmed = ranked[0];
        var chen = ranked[1];
        var bea = ranked[2];
        Assert.Equal(0.408, ahmed.NormalisedScore, 3);
        Assert.Equal(0.000, chen.NormalisedScore, 3);
        Assert.Equal(-0.408, bea.NormalisedScore, 3);
        Assert.All(ranked, r => Assert.Equal(63.333, r.MeanWeightedPercent, 3));
        Assert.Equal(2.449, ahmed.Spread, 3);
        Assert.True(ahmed.JudgesDisagree);
        Assert.True(bea.JudgesDisagree);
        Assert.False(chen.JudgesDisagree);
        Assert.Equal(1.225, ahmed.ZScoreByJudge["j1"], 3);
        Assert.Equal(-1.225, ahmed.ZScoreByJudge["j3"], 3);
    }

    [Fact]
    public void Incomplete_score_sheets_do_not_count()
    {
        var sheets = Example.Append(new JudgeScoreSheet("j4", 2, new Dictionary<int, int> { [1] = 10 })).ToList();

        var ranked = AwardRanking.Rank(Criteria, [1, 2, 3], sheets);

        Assert.Equal(3, ranked.Single(r => r.NominationId == 2).JudgeCount);
    }

    [Fact]
    public async Task Ranking_page_shows_the_example_in_order_and_a_conflicted_judges_scores_do_not_count()
    {
        using var site = new SiteFactory();
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var cycle = await AwardsTestData.JudgingCycleAsync(site, 2031, now);
        var category = await AwardsTestData.CategoryAsync(site, cycle, "Community champion", NomineeKind.Individual);
        var ahmed = await AwardsTestData.NominationAsync(site, category, "Ahmed", now);
        var bea = await AwardsTestData.NominationAsync(site, category, "Bea", now);
        var chen = await AwardsTestData.NominationAsync(site, category, "Chen", now);
        var j1 = await AwardsTestData.JudgeAsync(site, "judge1.rank@example.org", category);
        var j2 = await AwardsTestData.JudgeAsync(site, "judge2.rank@example.org", category);
        var j3 = await AwardsTestData.JudgeAsync(site, "judge3.rank@example.org", category);
        foreach (var (judge, scores) in new[] { (j1, new[] { 4, 2, 3 }), (j2, new[] { 10, 8, 9 }), (j3, new[] { 5, 9, 7 }) })
        {
            await AwardsTestData.ScoreAsync(site, judge, ahmed, category, scores[0], scores[0]);
            await AwardsTestData.ScoreAsync(site, judge, bea, category, scores[1], scores[1]);
            await AwardsTestData.ScoreAsync(site, judge, chen, category, scores[2], scores[2]);
        }
        await site.CreateStaffAsync("manager.rank@example.org", AwardsTestData.Password, StaffRoles.AwardsManager);
        using var client = await AwardsTestData.StaffClientAsync(site, "manager.rank@example.org");

        var page = await client.GetPageAsync("/backoffice/awards/2031/ranking");

        var names = page.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Ahmed", "Chen", "Bea"], names);
        Assert.Equal(2, page.QuerySelectorAll("tbody .govuk-tag--red").Length);

        // When judge 3 declares a conflict on Ahmed, judge 3's score for Ahmed stops counting.
        using var judgeClient = await AwardsTestData.StaffClientAsync(site, "judge3.rank@example.org");
        var (conflict, _) = await judgeClient.PostFormAsync($"/backoffice/judging/nominations/{ahmed.Id}", selector: "form[action$='handler=Conflict']");
        Assert.Equal(HttpStatusCode.Redirect, conflict.StatusCode);

        var after = await client.GetPageAsync("/backoffice/awards/2031/ranking");
        var ahmedRow = after.QuerySelectorAll("tbody tr").First(tr => tr.TextContent.Contains("Ahmed"));
        Assert.Equal("2", ahmedRow.QuerySelector("td:nth-child(5)")!.TextContent.Trim());
        var ranked = await site.WithDbAsync(db => AwardRanking.RankCategoryAsync(db, category.Id, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(j3.Id, ranked.Single(r => r.NominationId == ahmed.Id).ZScoreByJudge.Keys);
    }
}
