using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Redirects;

/// <summary>301 redirects: those left by renames and moves, and those editors add by hand.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class IndexModel(PledgeDbContext db, ContentWorkflow workflow) : PageModel
{
    [BindProperty] public string? From { get; set; }
    [BindProperty] public string? To { get; set; }
    [TempData] public string? Message { get; set; }
    public IReadOnlyList<(ContentRedirect Redirect, string Target)> Redirects { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var errors = await workflow.AddRedirectAsync(From ?? "", To ?? "", cancellationToken);
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        if (errors.Count > 0)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }
        Message = $"Redirect added from {ContentPaths.Normalise(From)}";
        return Redirect("/backoffice/redirects");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        await workflow.RemoveRedirectAsync(id, cancellationToken);
        Message = "Redirect removed";
        return Redirect("/backoffice/redirects");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tree = await ContentTree.LoadAsync(db, includeTrashed: true, cancellationToken);
        var redirects = await db.Set<ContentRedirect>().AsNoTracking().OrderBy(r => r.FromPath).ToListAsync(cancellationToken);
        Redirects = redirects.Select(r => (r, r.ContentKey is { } key
            ? tree.Find(key) is { } node ? $"{tree.PathOf(key)} ({node.Name}{(node.TrashedUtc is null ? "" : ", in the recycle bin")})" : "(deleted page)"
            : r.ToPath ?? "")).ToList();
    }
}
