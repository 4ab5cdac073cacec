using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Staff;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Awards;

/// <summary>
/// One cycle: its dates, its categories, counts, and the manager's actions (email nominees their results,
/// export CSV). The export leaves out nominators' contact details unless the manager ticks the box for it.
/// </summary>
[Authorize(Policy = StaffPolicies.AwardsManager)]
public class CycleModel(PledgeDbContext db, SiteClock clock, EmailOutbox outbox, IOptions<EmailOptions> email, IOutputCacheStore cache) : CycleFormHost
{
    public AwardCycle Current { get; private set; } = default!;
    public IReadOnlyList<(AwardCategory Category, int Submitted, int Eligible)> Categories { get; private set; } = [];
    public int Drafts { get; private set; }
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;
    [TempData] public string? Message { get; set; }

    [BindProperty] public string? NewCategoryName { get; set; }
    [BindProperty] public string? NewCategoryKind { get; set; }
    public IReadOnlyList<GovUkOption> Kinds { get; } = [new("Organisation", "Organisations"), new("Individual", "Individuals")];

    private async Task<bool> LoadAsync(int year)
    {
        var cycle = await db.Set<AwardCycle>().FirstOrDefaultAsync(c => c.Year == year);
        if (cycle is null) return false;
        Current = cycle;
        var categories = await db.Set<AwardCategory>().Where(c => c.CycleId == cycle.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
        var nominations = await db.Set<Nomination>().Where(n => n.CycleId == cycle.Id)
            .Select(n => new { n.CategoryId, n.Status, n.Eligibility }).ToListAsync();
        Categories = categories.Select(c => (c,
            nominations.Count(n => n.CategoryId == c.Id && n.Status == NominationStatus.Submitted),
            nominations.Count(n => n.CategoryId == c.Id && n.Status == NominationStatus.Submitted && n.Eligibility == NominationEligibility.Eligible))).ToList();
        Drafts = nominations.Count(n => n.Status == NominationStatus.Draft);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int year)
    {
        if (!await LoadAsync(year)) return NotFound();
        Cycle = CycleForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostDatesAsync(int year)
    {
        if (!await LoadAsync(year)) return NotFound();
        var candidate = new AwardCycle();
        if (Cycle.TryApply(candidate, ModelState, nameof(Cycle)))
        {
            if (candidate.Year != Current.Year && await db.Set<AwardCycle>().AnyAsync(c => c.Year == candidate.Year))
                ModelState.AddModelError("Cycle.Year", $"There is already a {candidate.Year} cycle");
            else if (await db.Set<AwardCycle>().AnyAsync(c => c.Id != Current.Id && c.NominationsOpenUtc < candidate.NominationsCloseUtc && candidate.NominationsOpenUtc < c.NominationsCloseUtc))
                ModelState.AddModelError("Cycle.Opens", "The nomination dates overlap another cycle's");
        }
        if (!ModelState.IsValid) return Page();
        Current.Year = candidate.Year;
        Current.NominationsOpenUtc = candidate.NominationsOpenUtc;
        Current.NominationsCloseUtc = candidate.NominationsCloseUtc;
        Current.JudgingDeadlineUtc = candidate.JudgingDeadlineUtc;
        Current.AnnouncementUtc = candidate.AnnouncementUtc;
        Current.RetentionDays = candidate.RetentionDays;
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync("awards", HttpContext.RequestAborted);
        await cache.EvictByTagAsync("signatories", HttpContext.RequestAborted); // winners' badges on signatory pages
        Message = "Dates saved.";
        return Redirect($"/backoffice/awards/{Current.Year}");
    }

    public async Task<IActionResult> OnPostCategoryAsync(int year)
    {
        if (!await LoadAsync(year)) return NotFound();
        ModelState.Clear();
        NewCategoryName = NewCategoryName?.Trim();
        if (string.IsNullOrEmpty(NewCategoryName)) ModelState.AddModelError(nameof(NewCategoryName), "Enter the name of the award");
        else if (NewCategoryName.Length > 150) ModelState.AddModelError(nameof(NewCategoryName), "The name must be 150 characters or fewer");
        if (!Enum.TryParse<NomineeKind>(NewCategoryKind, out var kind) || !Enum.IsDefined(kind))
            ModelState.AddModelError(nameof(NewCategoryKind), "Select whether the award is for organisations or individuals");
        if (!ModelState.IsValid)
        {
            Cycle = CycleForm.From(Current);
            return Page();
        }
        var category = new AwardCategory
        {
            CycleId = Current.Id,
            Name = NewCategoryName!,
            NomineeKind = kind,
            RequiresApprovedSignatory = kind == NomineeKind.Organisation,
            RequiresTowerHamletsConnection = kind == NomineeKind.Individual,
            SortOrder = Categories.Count + 1,
        };
        db.Add(category);
        await db.SaveChangesAsync();
        return Redirect($"/backoffice/awards/categories/{category.Id}");
    }

    /// <summary>Emails every nominee with an email address their result, before the results are published. Once per nomination.</summary>
    public async Task<IActionResult> OnPostEmailNomineesAsync(int year)
    {
        if (!await LoadAsync(year)) return NotFound();
        if (Current.IsPublishedAt(UtcNow))
        {
            Message = "The results are already published; nominees were not emailed.";
            return Redirect($"/backoffice/awards/{year}");
        }
        var nominations = await db.Set<Nomination>().Include(n => n.Category)
            .Where(n => n.CycleId == Current.Id && n.Status == NominationStatus.Submitted && n.NomineeEmail != null && n.NomineeEmailedUtc == null
                        && n.Eligibility != NominationEligibility.Merged)
            .ToListAsync();
        var site = email.Value.PublicBaseUrl.TrimEnd('/');
        foreach (var n in nominations)
        {
            var award = n.Category!.Name;
            var result = n.Outcome switch
            {
                NominationOutcome.Winner => $"Congratulations: {n.NomineeName} has won the {award} award.",
                NominationOutcome.HighlyCommended => $"Congratulations: {n.NomineeName} has been highly commended in the {award} award.",
                NominationOutcome.Shortlisted => $"Congratulations: {n.NomineeName} was shortlisted for the {award} award.",
                _ => $"Thank you for the work that led to {n.NomineeName}'s nomination for the {award} award. This year the judges chose other nominees; we hope you will be nominated again.",
            };
            var greeting = n.Category.NomineeKind == NomineeKind.Individual ? n.NomineeName ?? "" : "";
            outbox.Enqueue(new EmailTemplate($"Your result in the {Current.Year} Anti-Racist Pledge awards", greeting)
                .Paragraph(result)
                .Paragraph($"The results will be published on {AwardTimes.Format(Current.AnnouncementUtc)}. Please keep them to yourself until then.")
                .Link("About the awards", site + "/awards")
                .To(n.NomineeEmail!, n.Category.NomineeKind == NomineeKind.Individual ? n.NomineeName : null, "award-nominee-result", $"award-nominee-result:{n.Id}"));
            n.NomineeEmailedUtc = UtcNow;
        }
        Current.NomineesEmailedUtc = UtcNow;
        await db.SaveChangesAsync();
        Message = nominations.Count == 1 ? "1 nominee emailed." : $"{nominations.Count} nominees emailed.";
        return Redirect($"/backoffice/awards/{year}");
    }

    /// <summary>
    /// CSV of nominations with each judge's weighted total. Nominators' names and contact details are included only
    /// when the manager asks for them explicitly (ticks the box); the download is recorded in the log.
    /// </summary>
    public async Task<IActionResult> OnGetExportAsync(int year, bool includeNominatorContacts, [FromServices] ILogger<CycleModel> logger)
    {
        if (!await LoadAsync(year)) return NotFound();
        var nominations = await db.Set<Nomination>().Include(n => n.Category).Include(n => n.Answers)
            .Where(n => n.CycleId == Current.Id && n.Status == NominationStatus.Submitted).OrderBy(n => n.Reference).ToListAsync();
        var judges = (await HttpContext.RequestServices.GetRequiredService<IStaffDirectory>().InRoleAsync(StaffRoles.Judge)).ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal);
        var ranks = new Dictionary<int, RankedNomination>();
        var sheets = new List<JudgeScoreSheet>();
        foreach (var (category, _, _) in Categories)
        {
            foreach (var r in await AwardRanking.RankCategoryAsync(db, category.Id)) ranks[r.NominationId] = r;
        }
        var criteria = await db.Set<AwardCriterion>().Where(c => Categories.Select(x => x.Category.Id).Contains(c.CategoryId)).ToListAsync();
        sheets.AddRange(await AwardRanking.ScoreSheetsAsync(db, nominations.Select(n => n.Id).ToList()));

        var csv = new StringBuilder();
        var header = new List<string> { "Reference", "Award", "Nominee", "Signatory pledge id", "Self-nomination", "Submitted (UTC)", "Eligibility", "Eligibility reason", "Outcome", "Rank", "Normalised score", "Mean weighted %", "Judges scored", "Spread", "Judges disagree", "Scores by judge (weighted %)" };
        if (includeNominatorContacts) header.AddRange(["Nominator name", "Nominator email", "Nominator phone", "Relationship", "Nominee email", "Nominee phone"]);
        csv.AppendLine(string.Join(',', header.Select(Cell)));
        foreach (var n in nominations)
        {
            ranks.TryGetValue(n.Id, out var r);
            var categoryCriteria = criteria.Where(c => c.CategoryId == n.CategoryId).ToList();
            var byJudge = string.Join("; ", sheets.Where(s => s.NominationId == n.Id && categoryCriteria.All(c => s.Scores.ContainsKey(c.Id)))
                .Select(s => $"{judges.GetValueOrDefault(s.JudgeUserId, "judge")}: {AwardRanking.WeightedPercent(categoryCriteria, s.Scores).ToString("0.0", CultureInfo.InvariantCulture)}"));
            var row = new List<string?>
            {
                n.Reference, n.Category?.Name, n.NomineeName, n.NomineePledgeId?.ToString(CultureInfo.InvariantCulture), n.IsSelfNomination ? "yes" : "no",
                n.SubmittedUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), n.Eligibility.ToString(), n.EligibilityReason, n.Outcome.ToString(),
                r?.Rank.ToString(CultureInfo.InvariantCulture), r?.NormalisedScore.ToString("0.000", CultureInfo.InvariantCulture),
                r?.MeanWeightedPercent.ToString("0.0", CultureInfo.InvariantCulture), r?.JudgeCount.ToString(CultureInfo.InvariantCulture),
                r?.Spread.ToString("0.00", CultureInfo.InvariantCulture), r is null ? "" : r.JudgesDisagree ? "yes" : "no", byJudge,
            };
            if (includeNominatorContacts) row.AddRange([n.NominatorName, n.NominatorEmail, n.NominatorPhone, n.NominatorRelationship, n.NomineeEmail, n.NomineePhone]);
            csv.AppendLine(string.Join(',', row.Select(Cell)));
        }
        if (includeNominatorContacts)
            logger.LogInformation("{User} exported the {Year} nominations with nominators' contact details", User.Identity?.Name, year);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8",
            $"awards-{year}-nominations{(includeNominatorContacts ? "-with-contacts" : "")}.csv");
    }

    /// <summary>A CSV cell: quoted, and with a leading quote mark where a spreadsheet would read a formula.</summary>
    internal static string Cell(string? value)
    {
        var v = value ?? "";
        if (v.Length > 0 && "=+-@\t\r".Contains(v[0], StringComparison.Ordinal)) v = "'" + v;
        return "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
