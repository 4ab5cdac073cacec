using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Web.Staff;

/// <summary>
/// Requires two-factor sign-in in every section of Umbraco's own back office for the groups that need it
/// (<see cref="TwoFactorRequirement.Groups"/>): until the user has set up an authenticator app, Umbraco's Management
/// API answers 403, with a problem that says how, to everything but what its user menu needs to set one up
/// (<see cref="TwoFactorRequirement.OpensBeforeSetUp"/>). Runs after authorisation, when the request's user is the one
/// Umbraco's access token signed in. A middleware rather than a requirement added to Umbraco's "BackOfficeAccess"
/// policy: Umbraco's handler for that policy lets a request through once any other requirement has succeeded.
/// </summary>
public sealed class UmbracoTwoFactorGate(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ITwoFactorLoginService twoFactor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(twoFactor);
        if (!Guarded(context) || await HasAuthenticatorAsync(context, twoFactor))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        // Umbraco's back office shows a problem's title and detail in its error notification.
        await context.Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden,
            Title = "Set up two-factor sign-in first",
            Detail = "Your group works with personal data, so it needs two-factor sign-in. Open your user menu (your name or initials), " +
                     "choose Configure Two-Factor and set up an authenticator app; then reload the page.",
        }, options: null, contentType: "application/problem+json", context.RequestAborted);
    }

    private static bool Guarded(HttpContext context)
    {
        var user = context.User;
        return context.Request.Path.StartsWithSegments(TwoFactorRequirement.ManagementApi.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            && user.Identity?.IsAuthenticated == true
            && context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
            && TwoFactorRequirement.Groups.Any(user.IsInRole)
            && !TwoFactorRequirement.OpensBeforeSetUp(context.Request.Path);
    }

    private static async Task<bool> HasAuthenticatorAsync(HttpContext context, ITwoFactorLoginService twoFactor) =>
        Guid.TryParse(context.User.StaffId(), out var key) && await twoFactor.IsTwoFactorEnabledAsync(key);
}
