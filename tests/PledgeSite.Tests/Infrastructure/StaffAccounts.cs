using System.Security.Cryptography;
using System.Text;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>
/// Test accounts. <see cref="SiteFactory.CreateStaffAsync"/> sets up an authenticator app (two-factor sign-in) for
/// staff in the groups that require one, and the installed template does so for the administrator, with a secret
/// derived from the email address: the sign-in helpers (HtmlClient's and the browser's) compute the current code from
/// the email alone, as the app would (RFC 6238, HMAC-SHA1, 6 digits, 30 s, the key being the secret's UTF-8 bytes).
/// </summary>
public static class StaffAccounts
{
    /// <summary>The administrator Umbraco's unattended install makes in every test site.</summary>
    public const string AdministratorEmail = "administrator@pledgesite.test";

    /// <summary>The password of every test account (Umbraco's rules: at least 10 characters).</summary>
    public const string Password = "correct-horse-battery-staple";

    /// <summary>Umbraco's back-office sign-in endpoints, as its login screen calls them.</summary>
    public const string LoginPath = "/umbraco/management/api/v1/security/back-office/login";
    public const string VerifyTwoFactorPath = "/umbraco/management/api/v1/security/back-office/verify-2fa";

    /// <summary>The site's authenticator provider (PledgeSite.Web.Staff.AuthenticatorApp.Name; a test checks they agree).</summary>
    public const string AuthenticatorProvider = "PledgeSite.AuthenticatorApp";

    /// <summary>The body that answers Umbraco's two-factor step (a 402 from <see cref="LoginPath"/>) for <paramref name="email"/>.</summary>
    public static object TwoFactorAnswer(string email) => new { code = CurrentCode(AuthenticatorSecretFor(email)), provider = AuthenticatorProvider };

    /// <summary>The authenticator secret (32 Base32 characters) the test site stores for <paramref name="email"/>.</summary>
    public static string AuthenticatorSecretFor(string email) =>
        ToBase32(SHA256.HashData(Encoding.UTF8.GetBytes("pledgesite-test-authenticator:" + email.ToUpperInvariant()))[..20]);

    /// <summary>The code an authenticator app shows now for the secret (the site checks against the real clock).</summary>
    public static string CurrentCode(string secret, DateTimeOffset? at = null)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        var step = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; this must match them, not improve on them.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static string ToBase32(byte[] bytes)
    {
        var text = new StringBuilder();
        for (var bit = 0; bit < bytes.Length * 8; bit += 5)
        {
            var value = 0;
            for (var i = 0; i < 5; i++)
            {
                var b = bit + i;
                value = (value << 1) | (b < bytes.Length * 8 ? (bytes[b / 8] >> (7 - b % 8)) & 1 : 0);
            }
            text.Append(Alphabet[value]);
        }
        return text.ToString();
    }

    /// <summary>The bytes of a Base32 key as an authenticator app reads it (spaces and padding ignored).</summary>
    public static byte[] FromBase32(string text)
    {
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new byte[clean.Length * 5 / 8];
        var bit = 0;
        foreach (var c in clean)
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            for (var i = 4; i >= 0; i--, bit++)
            {
                if (bit / 8 >= bytes.Length) break;
                if (((value >> i) & 1) == 1) bytes[bit / 8] |= (byte)(1 << (7 - bit % 8));
            }
        }
        return bytes;
    }
}
