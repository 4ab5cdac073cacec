using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Staff;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Staff;
using Umbraco.Cms.Core.Security;

namespace PledgeSite.Tests.Staff;

[Collection(SharedSite.Name)]
public class AuthenticatorAppTests(SiteFactory site)
{
    private const string Secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    [Fact]
    public void The_test_helpers_name_the_sites_provider() =>
        Assert.Equal(AuthenticatorApp.Name, StaffAccounts.AuthenticatorProvider);

    [Fact]
    public void The_apps_code_is_accepted_one_step_either_side_and_refused_beyond()
    {
        var now = new DateTimeOffset(2026, 12, 7, 12, 0, 10, TimeSpan.Zero);

        Assert.True(AuthenticatorApp.IsValid(Secret, StaffAccounts.CurrentCode(Secret, now), now.UtcDateTime));
        Assert.True(AuthenticatorApp.IsValid(Secret, StaffAccounts.CurrentCode(Secret, now.AddSeconds(-30)), now.UtcDateTime));
        Assert.True(AuthenticatorApp.IsValid(Secret, StaffAccounts.CurrentCode(Secret, now.AddSeconds(30)), now.UtcDateTime));
        Assert.False(AuthenticatorApp.IsValid(Secret, StaffAccounts.CurrentCode(Secret, now.AddSeconds(-90)), now.UtcDateTime));
        Assert.False(AuthenticatorApp.IsValid(Secret, StaffAccounts.CurrentCode(Secret, now.AddSeconds(90)), now.UtcDateTime));
        // Spaces as the app shows them are fine; letters, short codes and another secret's code are not
        var code = StaffAccounts.CurrentCode(Secret, now);
        Assert.True(AuthenticatorApp.IsValid(Secret, code[..3] + " " + code[3..], now.UtcDateTime));
        Assert.False(AuthenticatorApp.IsValid(Secret, "12345a", now.UtcDateTime));
        Assert.False(AuthenticatorApp.IsValid(Secret, code[..5], now.UtcDateTime));
        Assert.False(AuthenticatorApp.IsValid("another-secret-entirely-0123456789", code, now.UtcDateTime));
    }

    [Fact]
    public async Task Set_up_shows_a_QR_code_and_a_typed_key_for_the_same_secret()
    {
        var staff = await site.CreateStaffAsync("authenticator.setup@example.org", StaffAccounts.Password, StaffRoles.Editor);
        AuthenticatorSetup? setup = null;

        await site.WithScopeAsync(async s =>
        {
            var provider = s.GetServices<ITwoFactorProvider>().Single(p => p.ProviderName == AuthenticatorApp.Name);
            setup = (AuthenticatorSetup)await provider.GetSetupDataAsync(Guid.Parse(staff.Id), Secret);
        });

        Assert.NotNull(setup);
        Assert.Equal(Secret, setup.Secret);
        Assert.StartsWith("data:image/png;base64,", setup.QrCodeSetupImageUrl, StringComparison.Ordinal);
        Assert.True(Convert.FromBase64String(setup.QrCodeSetupImageUrl!["data:image/png;base64,".Length..]).Length > 500);
        // The key typed into an app is the secret's bytes in Base32, so the app's codes are the ones the site accepts
        Assert.Equal(Encoding.UTF8.GetBytes(Secret), StaffAccounts.FromBase32(setup.ManualEntryKey!));
    }
}
