using System.Security.Claims;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Administrators must sign in with an authenticator app. One who signed in without a second factor (a new
/// administrator, or one given the role while signed in) is sent to set it up before any other back-office page.
/// Identity adds the "amr" claim "mfa" to a session that used a second factor; set-up signs in again with it.
/// </summary>
public sealed class AdministratorTwoFactorMiddleware(RequestDelegate next)
{
    public const string SetUpPath = "/backoffice/account/two-factor";
    private static readonly string[] OpenPaths =
        [SetUpPath, "/backoffice/account/recovery-codes", "/backoffice/sign-out", "/backoffice/sign-in", "/backoffice/set-password"];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (path.StartsWithSegments("/backoffice", StringComparison.OrdinalIgnoreCase)
            && context.User.Identity?.IsAuthenticated == true
            && context.User.IsInRole(StaffRoles.Administrator)
            && !UsedSecondFactor(context.User)
            && !OpenPaths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetUpPath);
            return Task.CompletedTask;
        }
        return next(context);
    }

    public static bool UsedSecondFactor(ClaimsPrincipal user) =>
        user.HasClaim("amr", "mfa");
}
