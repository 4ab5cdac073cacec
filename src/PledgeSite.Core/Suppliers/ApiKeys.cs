using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Suppliers;

/// <summary>Issues, revokes and checks API keys. A key is 32 random bytes, shown once; only its SHA-256 hash is stored.</summary>
public sealed class ApiKeys(PledgeDbContext db, SiteClock clock)
{
    public const string Header = "X-Api-Key";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Creates a key and returns it with the plain key, which is never stored and cannot be shown again.</summary>
    public async Task<(ApiKey Key, string PlainKey)> IssueAsync(string name, string actor, CancellationToken cancellationToken = default)
    {
        var plain = "thp_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Name = name.Trim(),
            KeyHash = Hash(plain),
            Prefix = plain[..10],
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = actor,
        };
        db.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, plain);
    }

    public async Task<bool> RevokeAsync(int id, string actor, CancellationToken cancellationToken = default)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null || key.RevokedUtc is not null) return false;
        key.RevokedUtc = clock.GetUtcNow().UtcDateTime;
        key.RevokedBy = actor;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The active key matching <paramref name="presented"/>, or null (missing, wrong or revoked).</summary>
    public async Task<ApiKey?> FindActiveAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(presented) || presented.Length > 200) return null;
        var hash = Hash(presented.Trim());
        return await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedUtc == null, cancellationToken);
    }

    /// <summary>Records use, at most once a minute per key, so busy keys do not write on every call.</summary>
    public async Task MarkUsedAsync(ApiKey key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = clock.GetUtcNow().UtcDateTime;
        if (key.LastUsedUtc is { } last && now - last < TimeSpan.FromMinutes(1)) return;
        key.LastUsedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
