using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Content;

/// <summary>The content tree: every live item with its state, links to edit, add and sort.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class IndexModel(PledgeDbContext db, ContentWorkflow workflow) : PageModel
{
    public ContentTree Tree { get; private set; } = default!;
    public ILookup<Guid, ContentVariant> Variants { get; private set; } = default!;
    public int BinCount { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tree = await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);
        Variants = (await db.Set<ContentVariant>().AsNoTracking().ToListAsync(cancellationToken)).ToLookup(v => v.ContentKey);
        BinCount = await db.Set<ContentItem>().CountAsync(c => c.TrashedUtc != null, cancellationToken);
    }

    public async Task<IActionResult> OnPostSortAsync(Guid key, int direction, CancellationToken cancellationToken)
    {
        await workflow.SortAsync(key, direction, cancellationToken);
        return Redirect($"/backoffice/content#item-{key}");
    }

    public static string Status(ContentVariant variant) => variant switch
    {
        { PublishedVersionId: not null, HasUnpublishedChanges: true } => "Published, with unpublished changes",
        { PublishedVersionId: not null } => "Published",
        { PublishAtUtc: not null } => "Scheduled",
        _ => "Draft",
    };

    public static string Colour(ContentVariant variant) => variant switch
    {
        { PublishedVersionId: not null, HasUnpublishedChanges: true } => "yellow",
        { PublishedVersionId: not null } => "green",
        { PublishAtUtc: not null } => "blue",
        _ => "grey",
    };
}
