using System.Security.Claims;
using PledgeSite.Core.Auditing;

using PledgeSite.Web.Staff;

namespace PledgeSite.Web.Infrastructure;

/// <summary>The actor for audit entries: the signed-in user, or "public", or "system" outside a request.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string Name
    {
        get
        {
            var context = accessor.HttpContext;
            if (context is null) return "system";
            var user = context.User;
            if (user.Identity?.IsAuthenticated == true)
                return user.FindFirstValue(ClaimTypes.Email) ?? user.Identity.Name ?? "signed-in user";
            return "public";
        }
    }

    public string? UserId => accessor.HttpContext?.User.StaffId();

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
