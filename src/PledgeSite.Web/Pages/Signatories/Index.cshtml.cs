using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Signatories;

namespace PledgeSite.Web.Pages.Signatories;

[OutputCache(PolicyName = "Public", Tags = [SignatoriesFeature.CacheTag])]
public sealed class IndexModel(SignatoryDirectory directory) : PageModel
{
    public const int PageSize = 20;

    [FromQuery] public SignatoryQuery Query { get; set; } = new();
    public SignatoryFilter Filter { get; private set; } = new();
    public SignatoryPage Results { get; private set; } = new([], 1, PageSize, 0);
    public SignatoryFilterOptions Options { get; private set; } = new([], [], []);
    public IReadOnlyList<CommitmentOption> Commitments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = Query.ToFilter();
        Results = await directory.SearchAsync(Filter, Query.PageNumber, PageSize, cancellationToken);
        Options = await directory.FilterOptionsAsync(cancellationToken);
        Commitments = await directory.CommitmentOptionsAsync(cancellationToken);
        var fingerprint = JsonSerializer.Serialize(new { Filter, Results.Page, Results.TotalItems, Results.Items, Options, Commitments });
        if (PublicCaching.NotModified(HttpContext, fingerprint)) return StatusCode(StatusCodes.Status304NotModified);
        return Page();
    }

    public int FirstShown => Results.TotalItems == 0 ? 0 : (Results.Page - 1) * Results.PageSize + 1;
    public int LastShown => Math.Min(Results.TotalItems, Results.Page * Results.PageSize);
}
