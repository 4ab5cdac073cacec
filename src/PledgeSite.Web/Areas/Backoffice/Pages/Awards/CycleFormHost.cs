using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Awards;

/// <summary>A page with a <see cref="CycleForm"/> bound as "Cycle", for the shared _CycleFields partial.</summary>
public abstract class CycleFormHost : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty] public CycleForm Cycle { get; set; } = new();
}
