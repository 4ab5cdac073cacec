using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Infrastructure;

/// <summary>Single-use links for staff to set a password (first administrator, invitations, resets).</summary>
public static class StaffAccountLinks
{
    public static async Task<string> SetPasswordLinkAsync(IServiceProvider services, StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(user);
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        var baseUrl = services.GetRequiredService<IOptions<EmailOptions>>().Value.PublicBaseUrl.TrimEnd('/');
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var encoded = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return $"{baseUrl}/backoffice/set-password?user={Uri.EscapeDataString(user.Id)}&token={encoded}";
    }

    public static string DecodeToken(string encoded) =>
        Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encoded));
}
