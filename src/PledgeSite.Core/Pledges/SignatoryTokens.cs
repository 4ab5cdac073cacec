using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Pledges;

/// <summary>
/// Issues and redeems the random tokens in emailed links (email confirmation, sign-in). The link carries 32 random
/// bytes; the database keeps only their SHA-256 hash. A token works once, before it expires, for its purpose only.
/// </summary>
public sealed class SignatoryTokens(PledgeDbContext db, SiteClock clock)
{
    public static readonly TimeSpan ConfirmEmailLifetime = TimeSpan.FromHours(72);
    public static readonly TimeSpan SignInLifetime = TimeSpan.FromMinutes(30);

    /// <summary>Adds a token for the contact (saved with the caller's SaveChanges) and returns the value for the link.</summary>
    public string Issue(PledgeContact contact, SignatoryTokenPurpose purpose)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<SignatoryToken>().Add(new SignatoryToken
        {
            Contact = contact,
            Purpose = purpose,
            TokenHash = Hash(token),
            CreatedUtc = now,
            ExpiresUtc = now + (purpose == SignatoryTokenPurpose.SignIn ? SignInLifetime : ConfirmEmailLifetime),
        });
        return token;
    }

    /// <summary>The unused, unexpired token of that purpose, with its contact and pledge; null otherwise. Does not use it up.</summary>
    public async Task<SignatoryToken?> FindValidAsync(string? token, SignatoryTokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        var hash = Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.Set<SignatoryToken>()
            .Include(t => t.Contact).ThenInclude(c => c.Pledge)
            .SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        return row is not null && row.Purpose == purpose && row.UsedUtc is null && row.ExpiresUtc > now ? row : null;
    }

    /// <summary>
    /// Uses the token up and returns it, or null when it is unknown, expired, already used or for another purpose.
    /// One conditional UPDATE, so two clicks racing each other cannot both succeed.
    /// </summary>
    public async Task<SignatoryToken?> RedeemAsync(string? token, SignatoryTokenPurpose purpose, CancellationToken cancellationToken)
    {
        var row = await FindValidAsync(token, purpose, cancellationToken);
        if (row is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.Set<SignatoryToken>().Where(t => t.Id == row.Id && t.UsedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedUtc, now), cancellationToken);
        if (updated != 1) return null;
        row.UsedUtc = now;
        return row;
    }

    /// <summary>How many sign-in links were sent to this contact in the last hour (for rate limiting per address).</summary>
    public Task<int> RecentSignInLinksAsync(int contactId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-1);
        return db.Set<SignatoryToken>().CountAsync(t => t.ContactId == contactId && t.Purpose == SignatoryTokenPurpose.SignIn && t.CreatedUtc > since, cancellationToken);
    }

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
