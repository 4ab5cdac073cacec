using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Staff;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Awards;

/// <summary>A category's eligibility rules, questions with word limits, weighted criteria, and its judges.</summary>
[Authorize(Policy = StaffPolicies.AwardsManager)]
public class CategoryModel(PledgeDbContext db, IStaffDirectory staff) : PageModel
{
    public AwardCategory Category { get; private set; } = default!;
    public IReadOnlyList<StaffMember> AssignedJudges { get; private set; } = [];
    public IReadOnlyList<GovUkOption> JudgeOptions { get; private set; } = [];
    public IReadOnlyDictionary<string, (int ToScore, int Scored)> Progress { get; private set; } = new Dictionary<string, (int, int)>();
    [TempData] public string? Message { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public List<string> Rules { get; set; } = [];
    [BindProperty] public string? QuestionText { get; set; }
    [BindProperty] public string? QuestionHint { get; set; }
    [BindProperty] public string? QuestionMaxWords { get; set; } = "250";
    [BindProperty] public string? CriterionName { get; set; }
    [BindProperty] public string? CriterionGuidance { get; set; }
    [BindProperty] public string? CriterionWeight { get; set; } = "1";
    [BindProperty] public string? CriterionMin { get; set; } = "0";
    [BindProperty] public string? CriterionMax { get; set; } = "10";
    [BindProperty] public string? JudgeId { get; set; }

    public IReadOnlyList<GovUkOption> RuleOptions => Category.NomineeKind == NomineeKind.Organisation
        ? [new("signatory", "Must be a signatory with an approved pledge", "Nominators pick from the approved signatories; otherwise they may also name an organisation that has not signed yet."), new("self", "Self-nomination allowed")]
        : [new("tower-hamlets", "Must live, work or study in Tower Hamlets"), new("self", "Self-nomination allowed")];

    private async Task<bool> LoadAsync(int id)
    {
        var category = await db.Set<AwardCategory>().Include(c => c.Cycle).Include(c => c.Questions).Include(c => c.Criteria).Include(c => c.Judges)
            .FirstOrDefaultAsync(c => c.Id == id);
        if (category is null) return false;
        category.Questions.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));
        category.Criteria.Sort((a, b) => a.SortOrder.CompareTo(b.SortOrder));
        Category = category;
        var judges = await staff.InRoleAsync(StaffRoles.Judge);
        var assigned = category.Judges.Select(j => j.JudgeUserId).ToHashSet(StringComparer.Ordinal);
        AssignedJudges = judges.Where(j => assigned.Contains(j.Id)).ToList();
        JudgeOptions = judges.Where(j => !assigned.Contains(j.Id))
            .Select(j => new GovUkOption(j.Id, $"{j.Name} ({j.Email})")).ToList();
        var progress = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        foreach (var j in AssignedJudges) progress[j.Id] = await AwardRules.ProgressAsync(db, j.Id, category.Id);
        Progress = progress;
        return true;
    }

    private RedirectResult Back(string message)
    {
        Message = message;
        return Redirect($"/backoffice/awards/categories/{Category.Id}");
    }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Name = Category.Name;
        Description = Category.Description;
        Rules = [.. Category.RequiresApprovedSignatory ? ["signatory"] : Array.Empty<string>(),
                 .. Category.RequiresTowerHamletsConnection ? ["tower-hamlets"] : Array.Empty<string>(),
                 .. Category.SelfNominationAllowed ? ["self"] : Array.Empty<string>()];
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Name = Name?.Trim();
        Description = Description?.Trim();
        if (string.IsNullOrEmpty(Name)) ModelState.AddModelError(nameof(Name), "Enter the name of the award");
        else if (Name.Length > 150) ModelState.AddModelError(nameof(Name), "The name must be 150 characters or fewer");
        if (Description?.Length > 2000) ModelState.AddModelError(nameof(Description), "The description must be 2000 characters or fewer");
        if (!ModelState.IsValid) return Page();
        Category.Name = Name!;
        Category.Description = Description ?? "";
        Category.RequiresApprovedSignatory = Category.NomineeKind == NomineeKind.Organisation && Rules.Contains("signatory");
        Category.RequiresTowerHamletsConnection = Category.NomineeKind == NomineeKind.Individual && Rules.Contains("tower-hamlets");
        Category.SelfNominationAllowed = Rules.Contains("self");
        await db.SaveChangesAsync();
        return Back("Category saved.");
    }

    public async Task<IActionResult> OnPostQuestionAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        QuestionText = QuestionText?.Trim();
        if (string.IsNullOrEmpty(QuestionText)) ModelState.AddModelError(nameof(QuestionText), "Enter the question");
        else if (QuestionText.Length > 500) ModelState.AddModelError(nameof(QuestionText), "The question must be 500 characters or fewer");
        if (QuestionHint?.Length > 1000) ModelState.AddModelError(nameof(QuestionHint), "The hint must be 1000 characters or fewer");
        if (!int.TryParse(QuestionMaxWords, NumberStyles.None, CultureInfo.InvariantCulture, out var words) || words is < 10 or > 2000)
            ModelState.AddModelError(nameof(QuestionMaxWords), "Enter a word limit between 10 and 2000");
        if (!ModelState.IsValid) return Page();
        db.Add(new AwardQuestion { CategoryId = id, Text = QuestionText!, Hint = string.IsNullOrWhiteSpace(QuestionHint) ? null : QuestionHint.Trim(), MaxWords = words, SortOrder = Category.Questions.Count + 1 });
        await db.SaveChangesAsync();
        return Back("Question added.");
    }

    public async Task<IActionResult> OnPostRemoveQuestionAsync(int id, int questionId)
    {
        if (!await LoadAsync(id)) return NotFound();
        var question = Category.Questions.FirstOrDefault(q => q.Id == questionId);
        if (question is null) return NotFound();
        if (await db.Set<NominationAnswer>().AnyAsync(a => a.QuestionId == questionId)) return Back("That question has answers, so it cannot be removed.");
        db.Remove(question);
        await db.SaveChangesAsync();
        return Back("Question removed.");
    }

    public async Task<IActionResult> OnPostCriterionAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        CriterionName = CriterionName?.Trim();
        if (string.IsNullOrEmpty(CriterionName)) ModelState.AddModelError(nameof(CriterionName), "Enter the name of the criterion");
        else if (CriterionName.Length > 150) ModelState.AddModelError(nameof(CriterionName), "The name must be 150 characters or fewer");
        if (CriterionGuidance?.Length > 1000) ModelState.AddModelError(nameof(CriterionGuidance), "The guidance must be 1000 characters or fewer");
        if (!int.TryParse(CriterionWeight, NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight is < 1 or > 100)
            ModelState.AddModelError(nameof(CriterionWeight), "Enter a weight between 1 and 100");
        var minOk = int.TryParse(CriterionMin, NumberStyles.None, CultureInfo.InvariantCulture, out var min) && min is >= 0 and <= 100;
        var maxOk = int.TryParse(CriterionMax, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max is >= 1 and <= 100;
        if (!minOk) ModelState.AddModelError(nameof(CriterionMin), "Enter the lowest score, a whole number from 0 to 100");
        if (!maxOk) ModelState.AddModelError(nameof(CriterionMax), "Enter the highest score, a whole number from 1 to 100");
        else if (minOk && max <= min) ModelState.AddModelError(nameof(CriterionMax), "The highest score must be more than the lowest");
        if (!ModelState.IsValid) return Page();
        db.Add(new AwardCriterion
        {
            CategoryId = id, Name = CriterionName!, Guidance = string.IsNullOrWhiteSpace(CriterionGuidance) ? null : CriterionGuidance.Trim(),
            Weight = weight, MinScore = min, MaxScore = max, SortOrder = Category.Criteria.Count + 1,
        });
        await db.SaveChangesAsync();
        return Back("Criterion added.");
    }

    public async Task<IActionResult> OnPostRemoveCriterionAsync(int id, int criterionId)
    {
        if (!await LoadAsync(id)) return NotFound();
        var criterion = Category.Criteria.FirstOrDefault(c => c.Id == criterionId);
        if (criterion is null) return NotFound();
        if (await db.Set<NominationScore>().AnyAsync(s => s.CriterionId == criterionId)) return Back("Judges have scored that criterion, so it cannot be removed.");
        db.Remove(criterion);
        await db.SaveChangesAsync();
        return Back("Criterion removed.");
    }

    public async Task<IActionResult> OnPostAssignJudgeAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        // Only staff with the Judge role who are not yet assigned are offered; never trust the posted id otherwise.
        if (JudgeOptions.All(o => o.Value != JudgeId))
        {
            ModelState.AddModelError(nameof(JudgeId), "Select a judge");
            return Page();
        }
        db.Add(new JudgeAssignment { CategoryId = id, JudgeUserId = JudgeId! });
        await db.SaveChangesAsync();
        return Back("Judge assigned.");
    }

    public async Task<IActionResult> OnPostRemoveJudgeAsync(int id, string judgeUserId)
    {
        if (!await LoadAsync(id)) return NotFound();
        var assignment = Category.Judges.FirstOrDefault(j => j.JudgeUserId == judgeUserId);
        if (assignment is null) return NotFound();
        db.Remove(assignment);
        await db.SaveChangesAsync();
        return Back("Judge removed from this category. Their scores so far are kept.");
    }
}
