using System.Security.Claims;

namespace PledgeSite.Web.Staff;

public static class StaffClaims
{
    /// <summary>
    /// The signed-in Umbraco user's key, the id our tables keep for staff (see <see cref="Core.Staff.IStaffDirectory"/>).
    /// Umbraco's name identifier claim is the user's database number, which differs between environments.
    /// </summary>
    public static string? StaffId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(Umbraco.Cms.Core.Constants.Security.OpenIdDictSubClaimType);
    }
}
