using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Awards.Nominate;

/// <summary>Start of a nomination: choose the award, or learn when nominations next open.</summary>
[PublicForm("award-nomination")]
public class IndexModel(PledgeDbContext db, SiteClock clock) : PageModel
{
    public AwardCycle? Cycle { get; private set; }
    public AwardCycle? NextCycle { get; private set; }
    public IReadOnlyList<AwardCategory> Categories { get; private set; } = [];
    public IReadOnlyList<GovUkOption> Options { get; private set; } = [];

    [BindProperty] public int? CategoryId { get; set; }

    private async Task LoadAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Cycle = await AwardRules.OpenCycleAsync(db, now);
        if (Cycle is null)
        {
            NextCycle = await AwardRules.NextCycleAsync(db, now);
            return;
        }
        Categories = await db.Set<AwardCategory>().Where(c => c.CycleId == Cycle.Id).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync();
        Options = Categories.Select(c => new GovUkOption(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Name, Describe(c))).ToList();
    }

    public static string Describe(AwardCategory c)
    {
        var who = c.NomineeKind == NomineeKind.Organisation
            ? c.RequiresApprovedSignatory ? "For organisations that have signed the pledge." : "For organisations."
            : c.RequiresTowerHamletsConnection ? "For people who live, work or study in Tower Hamlets." : "For people.";
        var self = c.SelfNominationAllowed ? " You can nominate yourself." : " You cannot nominate yourself.";
        return (string.IsNullOrWhiteSpace(c.Description) ? "" : c.Description.Trim() + " ") + who + self;
    }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Cycle is null) return Page();
        var category = Categories.FirstOrDefault(c => c.Id == CategoryId);
        if (category is null) ModelState.AddModelError(nameof(CategoryId), "Select the award you are nominating for");
        if (!ModelState.IsValid) return Page();
        var nomination = new Nomination
        {
            JourneyId = Guid.NewGuid(),
            CycleId = Cycle.Id,
            CategoryId = category!.Id,
            Status = NominationStatus.Draft,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(nomination);
        await db.SaveChangesAsync();
        return Redirect($"/awards/nominate/{nomination.JourneyId}/nominee");
    }
}
