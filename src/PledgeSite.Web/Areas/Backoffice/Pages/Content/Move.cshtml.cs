using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Content;

/// <summary>Moves an item (with the pages under it) to a new parent; old addresses redirect to the new ones.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class MoveModel(PledgeDbContext db, ContentWorkflow workflow) : PageModel
{
    [FromRoute] public Guid Key { get; set; }
    [BindProperty] public string? Parent { get; set; }
    public ContentItem Item { get; private set; } = default!;
    public IReadOnlyList<GovUkOption> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Parent = Item.ParentKey?.ToString() ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        Guid? parent = Guid.TryParse(Parent, out var p) ? p : null;
        var error = await workflow.MoveAsync(Key, parent, cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(Parent), error);
            return Page();
        }
        TempData["Message"] = $"Moved '{Item.Name}'. Its old address redirects to the new one.";
        return Redirect("/backoffice/content#item-" + Key);
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(c => c.Key == Key && c.TrashedUtc == null, cancellationToken);
        if (item is null) return false;
        Item = item;
        var tree = await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);
        var own = tree.DescendantsOf(Key).Select(n => n.Key).Append(Key).ToHashSet();
        var options = new List<GovUkOption>();
        if (ContentWorkflow.AllowedChildren(null).Contains(item.Type)) options.Add(new("", "Top of the tree"));
        void Add(Guid? parent, int depth)
        {
            foreach (var node in tree.ChildrenOf(parent).Where(n => !own.Contains(n.Key)))
            {
                if (ContentWorkflow.AllowedChildren(node.Type).Contains(item.Type))
                    options.Add(new(node.Key.ToString(), new string('–', depth) + (depth > 0 ? " " : "") + node.Name));
                Add(node.Key, depth + 1);
            }
        }
        Add(null, 0);
        Parents = options;
        return true;
    }
}
