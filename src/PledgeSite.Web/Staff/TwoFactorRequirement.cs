using Microsoft.AspNetCore.Authorization;
using PledgeSite.Core.Staff;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Web.Staff;

/// <summary>
/// Staff in the groups that see personal data, decide pledges and awards, or check suppliers must have an
/// authenticator app (<see cref="AuthenticatorApp"/>) on their Umbraco account before anything opens for them: our
/// workflow pages send them to /backoffice/two-factor, which says how to set it up, and Umbraco's Management API (every
/// section of its back office) answers 403 to all but what its user menu needs to set one up
/// (<see cref="UmbracoTwoFactorGate"/>).
/// </summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement
{
    public static readonly IReadOnlyList<string> Groups =
        [StaffRoles.Administrator, StaffRoles.PledgeReviewer, StaffRoles.AwardsManager, StaffRoles.ProcurementOfficer];

    public const string ManagementApi = "/umbraco/management/api/v1/";

    /// <summary>
    /// What Umbraco's back office needs, before two-factor sign-in is set up, to start, show the user menu and run its
    /// "Configure two-factor" dialog: the signed-in user's own account (including its two-factor providers), the
    /// extension manifests, the server's status and settings, and the user's interface preferences.
    /// </summary>
    private static readonly string[] OpenBeforeSetUp = ["user/current", "manifest", "server", "user-data", "culture"];

    /// <summary>The pages and API calls that open before the requirement is met: the ones that help to meet it.</summary>
    public static bool OpensBeforeSetUp(PathString path)
    {
        if (path.Equals(Areas.Backoffice.Pages.TwoFactorModel.Path, StringComparison.OrdinalIgnoreCase)) return true;
        var value = path.Value ?? "";
        if (!value.StartsWith(ManagementApi, StringComparison.OrdinalIgnoreCase)) return false;
        var rest = value.AsSpan(ManagementApi.Length);
        foreach (var open in OpenBeforeSetUp)
        {
            if (rest.StartsWith(open, StringComparison.OrdinalIgnoreCase) && (rest.Length == open.Length || rest[open.Length] is '/' or '?'))
                return true;
        }
        return false;
    }
}

/// <summary>
/// A singleton (Umbraco's singletons take <see cref="IAuthorizationService"/>, which takes every handler): what it
/// reads of Umbraco's two-factor table is kept on the request, so a page whose policies repeat the requirement reads
/// it once.
/// </summary>
public sealed class TwoFactorRequirementHandler(IServiceScopeFactory scopes) : AuthorizationHandler<TwoFactorRequirement>
{
    private static readonly object EnabledKey = new();

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.Resource as HttpContext;
        // The page that says how to set it up, and what Umbraco's back office needs to set it up, open without it.
        if (http is not null && TwoFactorRequirement.OpensBeforeSetUp(http.Request.Path))
        {
            context.Succeed(requirement);
            return;
        }
        if (!TwoFactorRequirement.Groups.Any(context.User.IsInRole) || await EnabledAsync(context.User, http))
            context.Succeed(requirement);
    }

    private async Task<bool> EnabledAsync(System.Security.Claims.ClaimsPrincipal user, HttpContext? http)
    {
        if (!Guid.TryParse(user.StaffId(), out var key)) return false;
        if (http is not null)
        {
            if (http.Items.TryGetValue(EnabledKey, out var known) && known is bool enabled) return enabled;
            enabled = await http.RequestServices.GetRequiredService<ITwoFactorLoginService>().IsTwoFactorEnabledAsync(key);
            http.Items[EnabledKey] = enabled;
            return enabled;
        }
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITwoFactorLoginService>().IsTwoFactorEnabledAsync(key);
    }
}
