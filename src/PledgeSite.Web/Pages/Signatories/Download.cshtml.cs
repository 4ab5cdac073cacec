using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Signatories;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Signatories;

/// <summary>The badge (SVG, PNG) and the PDF certificate of a published, not lapsed, pledge.</summary>
[OutputCache(PolicyName = "Public", Tags = [SignatoriesFeature.CacheTag])]
public sealed class DownloadModel(SignatoryDirectory directory, IOptions<EmailOptions> email, SiteClock clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, string file, CancellationToken cancellationToken)
    {
        if (file is not ("badge.svg" or "badge.png" or "certificate.pdf")) return NotFound();
        var s = await directory.FindAsync(slug, cancellationToken);
        if (s is null || s.Standing == PledgeStanding.Lapsed) return NotFound();
        var year = TimeZoneInfo.ConvertTimeFromUtc(s.SignedUtc, SignatoryText.London).Year;
        if (PublicCaching.NotModified(HttpContext, $"{file}|{s.OrganisationName}|{s.Reference}|{s.SignedUtc:O}|{s.Slug}", 3600))
            return StatusCode(StatusCodes.Status304NotModified);
        var name = s.Slug + "-anti-racist-pledge";
        return file switch
        {
            "badge.svg" => File(System.Text.Encoding.UTF8.GetBytes(SignatoryBadge.Svg(s.OrganisationName, year, s.Reference)), "image/svg+xml", name + "-badge.svg"),
            "badge.png" => File(SignatoryBadge.Png(s.OrganisationName, year, s.Reference), "image/png", name + "-badge.png"),
            _ => File(SignatoryCertificate.Pdf(s.OrganisationName, s.SignedUtc, s.Reference,
                email.Value.PublicBaseUrl.TrimEnd('/') + "/signatories/" + s.Slug, clock.GetUtcNow().UtcDateTime), "application/pdf", name + "-certificate.pdf"),
        };
    }
}
