using System.Runtime.Serialization;
using System.Text;
using OtpNet;
using QRCoder;
using Umbraco.Cms.Core.Security;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Web.Staff;

/// <summary>What Umbraco's "Configure two-factor" dialog shows: the QR code to scan, and the key to type instead.</summary>
[DataContract]
public sealed class AuthenticatorSetup : ISetupTwoFactorModel
{
    [DataMember(Name = "qrCodeSetupImageUrl")]
    public string? QrCodeSetupImageUrl { get; set; }

    /// <summary>Umbraco's secret for the user, which it posts back with the first code and then stores.</summary>
    [DataMember(Name = "secret")]
    public string? Secret { get; set; }

    /// <summary>The key as an authenticator app takes it when typed in (Base32, in groups of four).</summary>
    [DataMember(Name = "manualEntryKey")]
    public string? ManualEntryKey { get; set; }
}

/// <summary>
/// Two-factor sign-in for Umbraco users with an authenticator app (TOTP, RFC 6238: SHA-1, 6 digits, 30 seconds, one
/// step either side for clock drift), set up in Umbraco's user menu. The key is the UTF-8 bytes of the secret Umbraco
/// generates and stores for the user; the app receives it in Base32, in the QR code or typed in.
/// <see cref="TwoFactorRequirement"/> makes it compulsory for the groups that handle personal data or money.
/// </summary>
public sealed class AuthenticatorApp(IUserService users) : ITwoFactorProvider
{
    public const string Name = "PledgeSite.AuthenticatorApp";
    public const string Issuer = "Tower Hamlets Anti-Racist Pledge";

    public string ProviderName => Name;

    public async Task<ISetupTwoFactorModel> GetSetupDataAsync(Guid userOrMemberKey, string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var user = await users.GetAsync(userOrMemberKey) ?? throw new InvalidOperationException($"No user {userOrMemberKey}");
        var key = Base32Encoding.ToString(KeyOf(secret)).TrimEnd('=');
        var account = user.Email ?? user.Username;
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}" +
                  $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30";
        var png = PngByteQRCodeHelper.GetQRCode(uri, QRCodeGenerator.ECCLevel.Q, 5);
        return new AuthenticatorSetup
        {
            QrCodeSetupImageUrl = "data:image/png;base64," + Convert.ToBase64String(png),
            Secret = secret,
            ManualEntryKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))),
        };
    }

    public bool ValidateTwoFactorPIN(string secret, string token) => IsValid(secret, token, DateTime.UtcNow);

    public bool ValidateTwoFactorSetup(string secret, string token) => ValidateTwoFactorPIN(secret, token);

    /// <summary>Whether <paramref name="code"/> (spaces allowed) is the app's code at <paramref name="utcNow"/>, or one step either side.</summary>
    public static bool IsValid(string secret, string code, DateTime utcNow)
    {
        if (string.IsNullOrEmpty(secret) || code is null) return false;
        var digits = new string(code.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit)) return false;
        return new Totp(KeyOf(secret)).VerifyTotp(utcNow, digits, out _, VerificationWindow.RfcSpecifiedNetworkDelay);
    }

    private static byte[] KeyOf(string secret) => Encoding.UTF8.GetBytes(secret);
}
