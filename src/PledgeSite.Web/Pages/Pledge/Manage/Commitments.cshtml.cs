using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Changes the pledge's commitments. On an approved pledge, added commitments wait for review before they are published.</summary>
public sealed class CommitmentsModel(PledgeWorkflow workflow, PledgeDbContext db, SiteClock clock) : SignatoryPageModel(workflow)
{
    [BindProperty] public List<int> CommitmentIds { get; set; } = [];
    public IReadOnlyList<Commitment> Catalogue { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadCatalogueAsync(cancellationToken)) return SignInAgain();
        CommitmentIds = Pledge.Commitments.Select(c => c.CommitmentId).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadCatalogueAsync(cancellationToken)) return SignInAgain();
        var chosen = CommitmentIds.Where(id => Catalogue.Any(c => c.Id == id)).ToHashSet();
        // Required commitments stay, whatever was posted.
        foreach (var c in Catalogue.Where(c => c.IsMandatory)) chosen.Add(c.Id);
        foreach (var c in Pledge.Commitments.Where(c => c.Commitment.IsMandatory)) chosen.Add(c.CommitmentId);

        var now = clock.GetUtcNow().UtcDateTime;
        var removed = Pledge.Commitments.Where(c => !chosen.Contains(c.CommitmentId)).ToList();
        var added = chosen.Where(id => Pledge.Commitments.All(c => c.CommitmentId != id)).ToList();
        if (removed.Count == 0 && added.Count == 0) return Redirect("/pledge/manage");
        foreach (var c in removed)
        {
            Pledge.Commitments.Remove(c);
            foreach (var t in Pledge.Targets.Where(t => t.CommitmentId == c.CommitmentId)) t.CommitmentId = null;
            foreach (var a in Pledge.OwnActions.Where(a => a.CommitmentId == c.CommitmentId)) a.CommitmentId = null;
        }
        foreach (var id in added) Pledge.Commitments.Add(new PledgeCommitment { CommitmentId = id, AddedUtc = now });
        var codes = Catalogue.ToDictionary(c => c.Id, c => c.Code);
        var what = "Commitments changed: " + string.Join("; ", new[]
        {
            added.Count > 0 ? "added " + string.Join(", ", added.Select(id => codes[id])) : null,
            removed.Count > 0 ? "removed " + string.Join(", ", removed.Select(c => c.Commitment.Code)) : null,
        }.Where(s => s is not null));
        await Workflow.SubmitChangesAsync(Pledge, Me, what, cancellationToken);
        TempData["Done"] = Pledge.Status == PledgeStatus.Approved && added.Count > 0
            ? "Your commitments are saved. The new ones will be published once the Race Equality Network has reviewed them."
            : "Your commitments are saved.";
        return Redirect("/pledge/manage");
    }

    private async Task<bool> LoadCatalogueAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return false;
        var mine = Pledge.Commitments.Select(c => c.CommitmentId).ToList();
        // Those offered to the organisation's type, and any it already makes.
        Catalogue = (await db.Set<Commitment>().AsNoTracking().Where(c => c.IsActive || mine.Contains(c.Id))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Code).ToListAsync(cancellationToken))
            .Where(c => c.IsOfferedTo(Pledge.OrganisationType) || mine.Contains(c.Id)).ToList();
        ViewData["Title"] = "Change your commitments";
        return true;
    }
}
