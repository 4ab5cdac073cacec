using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.ActionPlan;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Areas.Backoffice.Pages.ActionPlan;

/// <summary>Step 1 of a bulk update: upload a file; every line is checked and nothing is applied yet.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class BulkModel(PledgeDbContext db, BulkUpdateFile files, SiteClock clock) : PageModel
{
    public const long MaxBytes = 1024 * 1024;

    [BindProperty, Required(ErrorMessage = "Select a CSV or TSV file")]
    [Display(Name = "File")]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<BulkLineError> LineErrors { get; private set; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > MaxBytes }) ModelState.AddModelError(nameof(Upload), "The file must be smaller than 1 MB");
        if (Upload is not null && !(Upload.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || Upload.FileName.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || Upload.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)))
            ModelState.AddModelError(nameof(Upload), "The file must be a CSV or TSV file");
        if (!ModelState.IsValid) return Page();

        await using var stream = Upload!.OpenReadStream();
        if (!await LooksLikeTextAsync(stream, cancellationToken))
        {
            ModelState.AddModelError(nameof(Upload), "The file must be a CSV or TSV file (it contains binary data)");
            return Page();
        }
        var reading = await files.ReadAsync(stream, Upload.FileName, cancellationToken);
        if (reading.Errors.Count > 0)
        {
            LineErrors = reading.Errors;
            ModelState.AddModelError(nameof(Upload), $"The file has {reading.Errors.Count} {(reading.Errors.Count == 1 ? "line" : "lines")} with errors. Nothing has been changed. Correct the file and upload it again");
            return Page();
        }
        if (reading.Changes.Count == 0)
        {
            ModelState.AddModelError(nameof(Upload), "The file changes nothing: every action already has this progress update and rating");
            return Page();
        }
        var upload = new ActionPlanBulkUpdate
        {
            Id = Guid.NewGuid(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = User.Identity?.Name ?? "unknown",
            FileName = Path.GetFileName(Upload.FileName),
            ChangesJson = JsonSerializer.Serialize(reading.Changes),
        };
        db.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/backoffice/action-plan/bulk/{upload.Id}");
    }

    /// <summary>A text file has no NUL bytes in its first kilobytes (checked by content, not by name).</summary>
    private static async Task<bool> LooksLikeTextAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer, cancellationToken);
        stream.Position = 0;
        return !buffer.AsSpan(0, read).Contains((byte)0);
    }
}
