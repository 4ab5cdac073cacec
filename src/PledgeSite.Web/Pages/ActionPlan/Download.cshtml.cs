using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.ActionPlan;

/// <summary>The filtered view of /action-plan as CSV or JSON: the same query string gives the same actions.</summary>
[OutputCache(PolicyName = PledgeSite.Web.Pages.ICanBe.CampaignSetup.ByDayPolicy, Tags = [ActionPlanSetup.CacheTag])]
public class DownloadModel(ActionPlanQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true)] public string? Recommendation { get; set; }
    [BindProperty(SupportsGet = true)] public string? Owner { get; set; }
    [BindProperty(SupportsGet = true)] public RagRating? Rag { get; set; }
    [BindProperty(SupportsGet = true)] public ActionStatus? Status { get; set; }

    public sealed record Row(
        string Reference, string Theme, string Recommendation, string RecommendationTitle, int Order, string Action,
        string? Resource, string? Start, string? StartDate, string? Due, string? DueDate, string? DueNote, string? PlannedDue,
        string? Owner, string? ProgressUpdate, string? ProgressUpdated, string Rag, string Status, string Url);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<IActionResult> OnGetAsync(string format, CancellationToken cancellationToken)
    {
        var filter = new ActionPlanFilter { Theme = Theme, Recommendation = Recommendation, Owner = Owner, Rag = Rag, Status = Status };
        var view = await query.FindAsync(filter, cancellationToken);
        var today = query.Today;
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        var rows = view.Recommendations.SelectMany(r => r.Actions.Select(a => new Row(
            $"{r.Code}-{a.SortOrder}", r.Theme.Slug, r.Code, r.Title, a.SortOrder, a.Text, a.Resource, a.StartText,
            ActionPlanText.IsoDate(a.StartText, a.StartDate), a.DueText,
            ActionPlanText.IsoDate(a.DueText, a.DueDate), ActionPlanText.DateNote(a.DueText, a.DueNote), a.PlannedDueText, ActionPlanText.Owners(a),
            a.ProgressUpdate, a.ProgressUpdatedUtc is { } updated ? PledgeSite.Core.Pledges.LondonTime.ToLondon(updated).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ActionPlanText.Rag(a.Rag), ActionPlanText.Status(a.StatusOn(today)),
            $"{baseUrl}/action-plan/{r.Slug}#action-{r.Slug}-{a.SortOrder}"))).ToList();

        if (format == "json")
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(new { generated = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), actions = rows },
                JsonOptions);
            return File(json, "application/json", "action-plan.json");
        }
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        await using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            foreach (var name in Columns) csv.WriteField(name);
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var value in Values(row)) csv.WriteField(value ?? "");
                csv.EndRecord();
            }
        }
        // A byte-order mark so spreadsheet programs read the £ signs and accents as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "action-plan.csv");
    }

    /// <summary>snake_case headers, the same names the bulk update accepts (reference, progress_update, rag).</summary>
    public static readonly string[] Columns =
    [
        "reference", "theme", "recommendation", "recommendation_title", "order", "action", "resource", "start", "start_date",
        "due", "due_date", "due_note", "planned_due", "owner", "progress_update", "progress_updated", "rag", "status", "url",
    ];

    private static string?[] Values(Row r) =>
    [
        r.Reference, r.Theme, r.Recommendation, r.RecommendationTitle, r.Order.ToString(CultureInfo.InvariantCulture), r.Action,
        r.Resource, r.Start, r.StartDate, r.Due, r.DueDate, r.DueNote, r.PlannedDue, r.Owner, r.ProgressUpdate, r.ProgressUpdated, r.Rag, r.Status, r.Url,
    ];
}
