using Microsoft.AspNetCore.Authorization;
using PledgeSite.Core.Staff;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Web.Staff;

/// <summary>
/// Staff in the groups that see personal data, decide pledges and awards, or check suppliers must have an
/// authenticator app (<see cref="AuthenticatorApp"/>) on their Umbraco account before our workflow pages open for
/// them: without one they are sent to /backoffice/two-factor, which says how to set it up.
/// </summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement
{
    public static readonly IReadOnlyList<string> Groups =
        [StaffRoles.Administrator, StaffRoles.PledgeReviewer, StaffRoles.AwardsManager, StaffRoles.ProcurementOfficer];
}

public sealed class TwoFactorRequirementHandler(ITwoFactorLoginService twoFactor) : AuthorizationHandler<TwoFactorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The page that says how to set it up opens without it.
        if (context.Resource is HttpContext http
            && http.Request.Path.Equals(Areas.Backoffice.Pages.TwoFactorModel.Path, StringComparison.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
            return;
        }
        if (!TwoFactorRequirement.Groups.Any(context.User.IsInRole) || await EnabledAsync(context.User))
            context.Succeed(requirement);
    }

    // A page's own policy and the back-office folder's combine into one with the requirement twice: this handler is
    // scoped to the request, so Umbraco's two-factor table is read once per request.
    private bool? _enabled;

    private async Task<bool> EnabledAsync(System.Security.Claims.ClaimsPrincipal user) =>
        _enabled ??= Guid.TryParse(user.StaffId(), out var key) && await twoFactor.IsTwoFactorEnabledAsync(key);
}
