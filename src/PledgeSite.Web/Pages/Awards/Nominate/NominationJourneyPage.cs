using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Awards.Nominate;

/// <summary>
/// A step of the nomination journey. The journey's state is the draft <see cref="Nomination"/> row, found by the
/// random id in the URL; once its cycle has closed the journey sends the visitor back to the closed-window page.
/// </summary>
public abstract class NominationJourneyPage(PledgeDbContext db, SiteClock clock) : PageModel
{
    protected PledgeDbContext Db { get; } = db;
    protected DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    [FromRoute] public Guid Id { get; set; }
    public Nomination Nomination { get; private set; } = default!;
    public AwardCategory Category { get; private set; } = default!;
    public AwardCycle Cycle { get; private set; } = default!;

    /// <summary>Loads the draft; null when the page can go on, otherwise the result to return.</summary>
    protected async Task<IActionResult?> LoadAsync()
    {
        var nomination = await Db.Set<Nomination>().Include(n => n.Answers)
            .FirstOrDefaultAsync(n => n.JourneyId == Id && n.Status == NominationStatus.Draft);
        if (nomination?.CategoryId is null) return NotFound();
        var category = await Db.Set<AwardCategory>().Include(c => c.Cycle).Include(c => c.Questions)
            .FirstAsync(c => c.Id == nomination.CategoryId);
        if (!category.Cycle.IsOpenAt(UtcNow)) return Redirect("/awards/nominate");
        Nomination = nomination;
        Category = category;
        Cycle = category.Cycle;
        category.Questions.Sort((a, b) => a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id));
        return null;
    }

    protected string StepUrl(string step) => $"/awards/nominate/{Id}/{step}";

    /// <summary>After a change from check-your-answers, go back there.</summary>
    protected IActionResult Next(string step, bool fromCheck) => Redirect(StepUrl(fromCheck ? "check" : step));
}
