using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;
using QRCoder;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Account;

/// <summary>
/// Sets up (or resets) the authenticator app: shows the key as a QR code, as text and as an otpauth link,
/// checks one code from the app, turns two-factor sign-in on and hands out recovery codes.
/// </summary>
public class AuthenticatorModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, ILogger<AuthenticatorModel> logger) : PageModel
{
    public const string Issuer = "Tower Hamlets Anti-Racist Pledge";

    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
    public string? Code { get; set; }

    public bool AlreadySetUp { get; private set; }
    public bool Required { get; private set; }
    public string FormattedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";
    public string QrCodeSvg { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        AlreadySetUp = await users.GetTwoFactorEnabledAsync(me);
        if (!AlreadySetUp) await LoadKeyAsync(me);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(me)) return RedirectToPage();
        var code = new string((Code ?? "").Where(char.IsDigit).ToArray());
        if (ModelState.IsValid && code.Length != 6) ModelState.AddModelError(nameof(Code), "The code must be 6 numbers");
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(me, users.Options.Tokens.AuthenticatorTokenProvider, code))
            ModelState.AddModelError(nameof(Code), "The code is not correct. Check the key in your app and enter the code it shows now");
        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(me);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(me, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(me, 10) ?? [];
        logger.LogInformation("Staff user {UserId} set up an authenticator app", me.Id);
        // This session has now proved a second factor: mark it so, as a two-factor sign-in would.
        await signIn.SignInWithClaimsAsync(me, isPersistent: false, [new Claim("amr", "mfa")]);
        TempData[RecoveryCodesModel.TempDataKey] = string.Join(' ', codes);
        return RedirectToPage("/Account/RecoveryCodes");
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        var me = await users.GetUserAsync(User);
        if (me is null) return Challenge();
        await users.SetTwoFactorEnabledAsync(me, false);
        await users.ResetAuthenticatorKeyAsync(me);
        logger.LogInformation("Staff user {UserId} reset their authenticator app", me.Id);
        await signIn.RefreshSignInAsync(me);
        return RedirectToPage();
    }

    private async Task LoadKeyAsync(StaffUser me)
    {
        Required = User.IsInRole(StaffRoles.Administrator);
        var key = await users.GetAuthenticatorKeyAsync(me);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(me);
            await signIn.RefreshSignInAsync(me);
            key = await users.GetAuthenticatorKeyAsync(me) ?? "";
        }
        FormattedKey = FormatKey(key);
        AuthenticatorUri = OtpAuthUri(me.Email ?? me.UserName ?? "", key);
        QrCodeSvg = QrSvg(AuthenticatorUri);
    }

    public static string FormatKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) text.Append(' ');
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }

    public static string OtpAuthUri(string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    private static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return svg.Replace("<svg ", "<svg class=\"th-qr-code\" role=\"img\" aria-label=\"QR code containing your authenticator key\" focusable=\"false\" ", StringComparison.Ordinal);
    }
}
