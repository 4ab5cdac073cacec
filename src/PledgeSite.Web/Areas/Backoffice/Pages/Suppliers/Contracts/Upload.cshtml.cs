using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Suppliers.Contracts;

/// <summary>
/// Contract register upload: the file is checked line by line and previewed; nothing is applied while any line is
/// bad. Applying re-reads and re-checks the same file (carried in the form), then records every contract in one save.
/// </summary>
[Authorize(Policy = StaffPolicies.ProcurementOfficer)]
public class UploadModel(ContractRegister register) : PageModel
{
    private const int MaxBytes = 1024 * 1024;

    [BindProperty] public IFormFile? CsvFile { get; set; }
    /// <summary>The checked file, base64, carried from the preview to the apply step.</summary>
    [BindProperty] public string? Checked { get; set; }
    public ContractUploadCheck? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (CsvFile is null || CsvFile.Length == 0)
        {
            ModelState.AddModelError(nameof(CsvFile), "Select a CSV file of contracts");
            return Page();
        }
        if (CsvFile.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(CsvFile), "The file must be smaller than 1 MB");
            return Page();
        }
        using var buffer = new MemoryStream();
        await CsvFile.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (!LooksLikeText(bytes))
        {
            ModelState.AddModelError(nameof(CsvFile), "The file must be a CSV file (text, with commas between the columns)");
            return Page();
        }
        Result = await register.CheckCsvAsync(Decode(bytes), cancellationToken);
        Checked = Result.CanApply ? Convert.ToBase64String(bytes) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        byte[] bytes;
        try { bytes = Convert.FromBase64String(Checked ?? ""); }
        catch (FormatException) { return BadRequest(); }
        if (bytes.Length == 0 || bytes.Length > MaxBytes || !LooksLikeText(bytes)) return BadRequest();
        Result = await register.CheckCsvAsync(Decode(bytes), cancellationToken);
        if (!Result.CanApply)
        {
            // Something changed since the preview (for example a contract was added by hand): show why, apply nothing.
            Checked = null;
            return Page();
        }
        var added = await register.AddAsync(Result.Contracts, User.Identity?.Name ?? "", cancellationToken);
        return Redirect($"/backoffice/suppliers/contracts?added={added.Count}");
    }

    private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

    /// <summary>A CSV file is text: no NUL bytes and none of the magic numbers of spreadsheets or archives.</summary>
    private static bool LooksLikeText(byte[] bytes)
    {
        if (bytes.Length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B) return false; // ZIP (xlsx)
        if (bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0) return false; // OLE (xls)
        return !bytes.Contains((byte)0);
    }
}
