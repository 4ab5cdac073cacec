using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Awards.Nominate;

/// <summary>
/// The category's questions, each with a word limit (counted live by GOV.UK's character count when JavaScript
/// runs, enforced here always), and an optional supporting file checked by its bytes.
/// </summary>
[PublicForm("award-nomination")]
public class AnswersModel(PledgeDbContext db, SiteClock clock, AwardFiles files) : NominationJourneyPage(db, clock)
{
    [FromQuery(Name = "from")] public string? From { get; set; }
    [BindProperty] public List<string?> Answers { get; set; } = [];
    [BindProperty] public IFormFile? SupportingFile { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } result) return result;
        Answers = Category.Questions.Select(q => Nomination.Answers.FirstOrDefault(a => a.QuestionId == q.Id)?.Text).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } result) return result;
        var questions = Category.Questions;
        while (Answers.Count < questions.Count) Answers.Add(null);
        for (var i = 0; i < questions.Count; i++)
        {
            var text = Answers[i]?.Trim();
            var words = AwardRules.WordCount(text);
            var key = $"{nameof(Answers)}[{i}]";
            if (words == 0) ModelState.AddModelError(key, $"Enter your answer to question {i + 1}");
            else if (words > questions[i].MaxWords)
                ModelState.AddModelError(key, $"Your answer to question {i + 1} must be {questions[i].MaxWords} words or fewer (it has {words})");
            else if (text!.Length > 20000) ModelState.AddModelError(key, $"Your answer to question {i + 1} is too long");
        }

        byte[]? upload = null;
        string? uploadType = null;
        if (SupportingFile is { Length: > 0 })
        {
            if (SupportingFile.Length > AwardFiles.MaxBytes)
                ModelState.AddModelError(nameof(SupportingFile), "The selected file must be smaller than 5MB");
            else
            {
                using var memory = new MemoryStream();
                await SupportingFile.CopyToAsync(memory);
                upload = memory.ToArray();
                uploadType = AwardFiles.Sniff(upload);
                if (uploadType is null || !AwardFiles.DocumentTypes.Contains(uploadType))
                    ModelState.AddModelError(nameof(SupportingFile), "The selected file must be a PDF, a Word document (.docx), a JPG or a PNG");
            }
        }
        if (!ModelState.IsValid) return Page();

        for (var i = 0; i < questions.Count; i++)
        {
            var answer = Nomination.Answers.FirstOrDefault(a => a.QuestionId == questions[i].Id);
            if (answer is null) Nomination.Answers.Add(answer = new NominationAnswer { QuestionId = questions[i].Id });
            answer.Text = Answers[i]!.Trim();
        }
        if (upload is not null)
        {
            var previous = Nomination.SupportingFileStoredName;
            Nomination.SupportingFileStoredName = await files.SaveAsync(upload);
            Nomination.SupportingFileName = Path.GetFileName(SupportingFile!.FileName) is { Length: > 0 and <= 200 } name ? name : "supporting-file";
            Nomination.SupportingFileContentType = uploadType;
            await Db.SaveChangesAsync();
            files.Delete(previous);
        }
        else
        {
            await Db.SaveChangesAsync();
        }
        return Next("you", From == "check");
    }
}
