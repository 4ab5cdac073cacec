using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.USync;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.USync;

/// <summary>Import uSync/ into the site, or export the site to uSync/, with a report of what changed.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class IndexModel(USyncService usync) : PageModel
{
    private const int MaxLines = 40;

    public string Root => usync.Root;
    public IReadOnlyList<(string Folder, int Files)> Folders { get; private set; } = [];
    public ShownReport? Report { get; private set; }

    /// <summary>The part of a report kept across the redirect (TempData is a cookie, so long lists are cut).</summary>
    public sealed record ShownReport(string Action, bool Succeeded, string Summary, List<string> Errors, List<string> Changes, int MoreChanges);

    public void OnGet()
    {
        Folders = USyncFolders.All.Select(f =>
        {
            var directory = Path.Combine(usync.Root, f);
            return (f, Directory.Exists(directory) ? Directory.GetFiles(directory, "*.json").Length : 0);
        }).ToList();
        if (TempData["USyncReport"] is string json) Report = JsonSerializer.Deserialize<ShownReport>(json);
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken) =>
        Show("Import", await usync.ImportAsync(cancellationToken));

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken) =>
        Show("Export", await usync.ExportAsync(cancellationToken));

    private RedirectToPageResult Show(string action, USyncReport report)
    {
        var changes = report.Created.Select(c => "Created " + c).Concat(report.Updated.Select(u => "Updated " + u))
            .Concat(report.Deleted.Select(d => "Removed " + d)).ToList();
        TempData["USyncReport"] = JsonSerializer.Serialize(new ShownReport(action, report.Succeeded, report.Summary,
            report.Errors.Take(MaxLines).ToList(), changes.Take(MaxLines).ToList(), Math.Max(0, changes.Count - MaxLines)));
        return RedirectToPage("Index");
    }
}
