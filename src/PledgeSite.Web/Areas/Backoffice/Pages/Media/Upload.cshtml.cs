using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Media;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Media;

/// <summary>Upload an image or PDF: the type is checked from the file's bytes, the size against Media:MaxUploadBytes.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class UploadModel(MediaLibrary library) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty]
    [StringLength(200, ErrorMessage = "Name must be 200 characters or fewer")]
    public string? Name { get; set; }

    [BindProperty] public string? AltText { get; set; }
    [BindProperty] public bool IsDecorative { get; set; }
    [BindProperty(SupportsGet = true)] public int? FolderId { get; set; }

    public IReadOnlyList<GovUkOption> Folders { get; private set; } = [];
    public string MaxSize => library.Options.MaxUploadText;

    public async Task OnGetAsync(int? folder, CancellationToken cancellationToken)
    {
        FolderId ??= folder;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Upload is null)
        {
            ModelState.AddModelError(nameof(Upload), "Select a file");
            return Page();
        }
        if (!ModelState.IsValid) return Page();
        await using var stream = Upload.OpenReadStream();
        var result = await library.UploadAsync(
            new MediaUpload(stream, Upload.Length, Upload.FileName, Name, AltText, IsDecorative, FolderId), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Errors)
                ModelState.AddModelError(field == MediaLibrary.FileField ? nameof(Upload) : field, message);
            return Page();
        }
        TempData["MediaMessage"] = $"{result.Item!.Name} uploaded";
        return RedirectToPage("Details", new { key = result.Item.Key });
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Folders = [new GovUkOption("", "Top level (no folder)"),
            .. (await library.FolderPathsAsync(cancellationToken)).Select(f => new GovUkOption(f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Path))];
}
