using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

using PledgeSite.Web.Staff;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Judging;

/// <summary>
/// A judge scores one nomination: each criterion with a comment, saved as they go. The page shows the nominee
/// and the answers only: nothing about the nominator, and not the nominee's contact details. A judge may open only
/// eligible nominations in categories assigned to them and not ones they declared a conflict on (404 otherwise).
/// </summary>
[Authorize(Policy = StaffPolicies.Judge)]
public class NominationModel(PledgeDbContext db, SiteClock clock, AwardFiles files) : PageModel
{
    /// <summary>What a judge may see of a nomination (no nominator or contact fields are loaded).</summary>
    public sealed record JudgeView(int Id, int CategoryId, string NomineeName, TowerHamletsConnection? Connection, bool IsSelfNomination,
        string? SupportingFileName, string? SupportingFileStoredName, string? SupportingFileContentType);

    public JudgeView Nomination { get; private set; } = default!;
    public AwardCategory Category { get; private set; } = default!;
    public IReadOnlyList<(AwardQuestion Question, string Answer)> Answers { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    [BindProperty] public List<string?> Scores { get; set; } = [];
    [BindProperty] public List<string?> Comments { get; set; } = [];
    [BindProperty] public bool Complete { get; set; }

    private string JudgeId => User.StaffId()!;

    private async Task<bool> LoadAsync(int id)
    {
        var categoryId = await db.Set<Nomination>().Where(n => n.Id == id).Select(n => n.CategoryId).FirstOrDefaultAsync();
        if (categoryId is null || !await AwardRules.IsAssignedAsync(db, JudgeId, categoryId.Value)) return false;
        var view = await AwardRules.VisibleToJudge(db, JudgeId, categoryId.Value).Where(n => n.Id == id)
            .Select(n => new JudgeView(n.Id, n.CategoryId!.Value, n.NomineeName ?? "", n.NomineeConnection, n.IsSelfNomination,
                n.SupportingFileName, n.SupportingFileStoredName, n.SupportingFileContentType))
            .FirstOrDefaultAsync();
        if (view is null) return false;
        Nomination = view;
        Category = await db.Set<AwardCategory>().Include(c => c.Cycle).Include(c => c.Questions).Include(c => c.Criteria).FirstAsync(c => c.Id == view.CategoryId);
        Category.Questions.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));
        Category.Criteria.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));
        var answers = await db.Set<NominationAnswer>().Where(a => a.NominationId == id).ToListAsync();
        Answers = Category.Questions.Select(q => (q, answers.FirstOrDefault(a => a.QuestionId == q.Id)?.Text ?? "")).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var mine = await db.Set<NominationScore>().Where(s => s.NominationId == id && s.JudgeUserId == JudgeId).ToListAsync();
        Scores = Category.Criteria.Select(c => mine.FirstOrDefault(s => s.CriterionId == c.Id)?.Value.ToString(CultureInfo.InvariantCulture)).ToList();
        Comments = Category.Criteria.Select(c => mine.FirstOrDefault(s => s.CriterionId == c.Id)?.Comment).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetFileAsync(int id)
    {
        if (!await LoadAsync(id) || files.Open(Nomination.SupportingFileStoredName) is not { } stream) return NotFound();
        return File(stream, Nomination.SupportingFileContentType ?? "application/octet-stream", "supporting-file" + Path.GetExtension(Nomination.SupportingFileName ?? ""));
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (clock.GetUtcNow().UtcDateTime > Category.Cycle.JudgingDeadlineUtc)
        {
            ModelState.AddModelError("", "Judging has closed, so scores can no longer be changed");
            return Page();
        }
        var criteria = Category.Criteria;
        while (Scores.Count < criteria.Count) Scores.Add(null);
        while (Comments.Count < criteria.Count) Comments.Add(null);
        var values = new int?[criteria.Count];
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            var key = $"{nameof(Scores)}[{i}]";
            var text = Scores[i]?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (Complete) ModelState.AddModelError(key, $"Enter a score for {c.Name}");
            }
            else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v < c.MinScore || v > c.MaxScore)
                ModelState.AddModelError(key, $"The score for {c.Name} must be a whole number from {c.MinScore} to {c.MaxScore}");
            else values[i] = v;
            if (Comments[i]?.Trim().Length > 2000) ModelState.AddModelError($"{nameof(Comments)}[{i}]", $"The comment on {c.Name} must be 2000 characters or fewer");
        }
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var mine = await db.Set<NominationScore>().Where(s => s.NominationId == id && s.JudgeUserId == JudgeId).ToListAsync();
        for (var i = 0; i < criteria.Count; i++)
        {
            var existing = mine.FirstOrDefault(s => s.CriterionId == criteria[i].Id);
            var comment = string.IsNullOrWhiteSpace(Comments[i]) ? null : Comments[i]!.Trim();
            if (values[i] is not { } value)
            {
                if (existing is not null) db.Remove(existing);
                continue;
            }
            if (existing is null) db.Add(existing = new NominationScore { NominationId = id, CriterionId = criteria[i].Id, JudgeUserId = JudgeId });
            existing.Value = value;
            existing.Comment = comment;
            existing.UpdatedUtc = now;
        }
        await db.SaveChangesAsync();
        var complete = values.All(v => v is not null);
        Message = complete ? $"Scores for {Nomination.NomineeName} saved." : $"Your scores for {Nomination.NomineeName} are saved. Come back to finish them.";
        return Redirect(complete ? $"/backoffice/judging/categories/{Category.Id}" : $"/backoffice/judging/nominations/{id}");
    }

    public async Task<IActionResult> OnPostConflictAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        db.Add(new ConflictOfInterest { NominationId = id, JudgeUserId = JudgeId, DeclaredUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync();
        Message = "Conflict of interest declared. That nomination is no longer shown to you and any scores you gave it do not count.";
        return Redirect($"/backoffice/judging/categories/{Category.Id}");
    }
}
