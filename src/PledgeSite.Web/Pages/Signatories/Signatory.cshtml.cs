using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using PledgeSite.Core.Signatories;

namespace PledgeSite.Web.Pages.Signatories;

[OutputCache(PolicyName = "Public", Tags = [SignatoriesFeature.CacheTag])]
public sealed class SignatoryModel(SignatoryDirectory directory, ISignatoryAwards awards) : PageModel
{
    public SignatoryListItem Signatory { get; private set; } = default!;
    public IReadOnlyList<SignatoryAward> Awards { get; private set; } = [];
    public SignatoryDetails Details { get; private set; } = new(0, [], []);
    public SignatoryOwnWords OwnWords { get; private set; } = new(null, [], [], []);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var signatory = await directory.FindAsync(slug, cancellationToken);
        if (signatory is null) return NotFound();
        Signatory = signatory;
        Awards = await awards.WonByAsync(signatory.Id, cancellationToken);
        Details = (await directory.DetailsAsync([signatory.Id], cancellationToken))[signatory.Id];
        OwnWords = await directory.OwnWordsAsync(signatory.Id, cancellationToken);
        var fingerprint = JsonSerializer.Serialize(new { Signatory, Awards, Details, OwnWords });
        if (PublicCaching.NotModified(HttpContext, fingerprint)) return StatusCode(StatusCodes.Status304NotModified);
        return Page();
    }
}
