using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Content;

/// <summary>Adds an item to the tree: document type, parent, title and URL segment; then the editor opens.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public class CreateModel(PledgeDbContext db, ContentWorkflow workflow) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Parent { get; set; }
    [BindProperty] public string? Type { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Slug { get; set; }

    public IReadOnlyList<GovUkOption> Types { get; } =
        Enum.GetValues<ContentType>().Select(t => new GovUkOption(t.ToString(), Capitalise(ContentWorkflow.Describe(t)), TypeHint(t))).ToList();
    public IReadOnlyList<GovUkOption> Parents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<ContentType>(Type, out var type)) ModelState.AddModelError(nameof(Type), "Select the type of content");
        Guid? parent = Guid.TryParse(Parent, out var p) ? p : null;
        if (ModelState.IsValid)
        {
            var (item, errors) = await workflow.CreateAsync(type, parent, Title ?? "", Slug, cancellationToken);
            if (item is not null) return Redirect($"/backoffice/content/{item.Key}");
            foreach (var (field, message) in errors) ModelState.AddModelError(field == "ParentKey" ? nameof(Parent) : field, message);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var tree = await ContentTree.LoadAsync(db, cancellationToken: cancellationToken);
        var options = new List<GovUkOption> { new("", "Top of the tree") };
        void Add(Guid? parent, int depth)
        {
            foreach (var node in tree.ChildrenOf(parent))
            {
                if (ContentWorkflow.AllowedChildren(node.Type).Count == 0) continue;
                options.Add(new(node.Key.ToString(), new string('–', depth) + (depth > 0 ? " " : "") + node.Name));
                Add(node.Key, depth + 1);
            }
        }
        Add(null, 0);
        Parents = options;
    }

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string TypeHint(ContentType type) => type switch
    {
        ContentType.Home => "The site's front page (there is only one). Pages under it appear at the top level of the site.",
        ContentType.ContentPage => "A page of information, at any depth of the tree.",
        ContentType.ThemeContent => "The introduction on one of the four themes' pages (/themes/...). Its URL segment is the theme's.",
        ContentType.NewsItem => "A dated news story.",
        ContentType.Event => "An event with its date, time, place, accessibility information and booking link.",
        _ => "",
    };
}
