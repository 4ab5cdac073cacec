using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Content;

/// <summary>
/// Signed, expiring links that show a draft to someone without a back-office account (for sign-off).
/// The token is protected by the site's data-protection keys (shared by every instance), so it cannot be forged or altered.
/// </summary>
public sealed class PreviewLinks(IDataProtectionProvider protection, SiteClock clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(3);
    private readonly IDataProtector _protector = protection.CreateProtector("PledgeSite.Content.Preview.v1");

    public (string Path, DateTime ExpiresUtc) Create(Guid key, string culture)
    {
        var expires = clock.GetUtcNow().UtcDateTime.Add(Lifetime);
        var payload = string.Join('|', key.ToString("N"), culture, expires.Ticks.ToString(CultureInfo.InvariantCulture));
        return ("/preview/" + _protector.Protect(payload), expires);
    }

    public (Guid Key, string Culture, DateTime ExpiresUtc)? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('|');
            var expires = new DateTime(long.Parse(parts[2], CultureInfo.InvariantCulture), DateTimeKind.Utc);
            if (expires <= clock.GetUtcNow().UtcDateTime) return null;
            return (Guid.ParseExact(parts[0], "N"), parts[1], expires);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}

/// <summary>A draft seen through a signed preview link; never cached, never indexed.</summary>
public class PreviewModel(PreviewLinks links, ContentQuery content) : PageModel
{
    public PublishedContent Item { get; private set; } = default!;
    public DateTime? ExpiresUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } link) return NotFound();
        var item = await content.DraftAsync(link.Key, ContentCultures.IsKnown(link.Culture) ? link.Culture : ContentCultures.Default, cancellationToken);
        if (item is null) return NotFound();
        Item = item;
        ExpiresUtc = link.ExpiresUtc;
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Page();
    }
}
