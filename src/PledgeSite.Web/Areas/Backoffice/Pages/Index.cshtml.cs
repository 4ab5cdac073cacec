using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Staff;

namespace PledgeSite.Web.Areas.Backoffice.Pages;

/// <summary>The workflow pages' home: one card per section the signed-in user's Umbraco groups open.</summary>
public class IndexModel : PageModel
{
    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public IReadOnlyList<(string Title, string Href, string Description)> Cards { get; private set; } = [];

    public void OnGet()
    {
        DisplayName = User.Identity?.Name ?? "";
        Roles = StaffRoles.All.Where(User.IsInRole).Select(StaffRoles.Describe).ToList();
        Cards = BackofficeSections.All
            .Where(s => s.Description is not null && s.Roles.Any(User.IsInRole))
            .Select(s => (s.Title, s.Href, s.Description!))
            .ToList();
    }
}
