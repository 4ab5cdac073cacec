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

/// <summary>Invitation emails for new staff accounts, queued in the outbox with the change that causes them.</summary>
public static class StaffInvitations
{
    public const string EmailKind = "staff-invitation";

    /// <summary>Queues the invitation; the caller saves it (in the same transaction as the account change).</summary>
    public static async Task EnqueueAsync(IServiceProvider services, StaffUser user, string invitedBy)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(user);
        var link = await StaffAccountLinks.SetPasswordLinkAsync(services, user);
        var message = new EmailTemplate("You have been invited to the Anti-Racist Pledge back office", user.DisplayName)
            .Paragraph($"{invitedBy} has given you an account on the Tower Hamlets Anti-Racist Pledge back office.")
            .Paragraph("Use this link to set your password. It works once and expires in 3 days.")
            .Link("Set your password", link)
            .Paragraph("If you did not expect this email, you can ignore it: no account can be used until a password is set.")
            .To(user.Email!, user.DisplayName, EmailKind);
        services.GetRequiredService<EmailOutbox>().Enqueue(message);
    }
}
