using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;
using PledgeSite.Core.Staff;

namespace PledgeSite.Web.Staff;

/// <summary>Staff as Umbraco's users: an id is the user's key, as the back-office sign-in's name identifier carries it.</summary>
public sealed class UmbracoStaffDirectory(IUserService users, IUserGroupService groups) : IStaffDirectory
{
    public async Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(id, out var key)) return null;
        var user = await users.GetAsync(key);
        return user is null || !user.IsApproved || user.IsLockedOut ? null : ToMember(user);
    }

    public async Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        var group = await groups.GetAsync(role);
        if (group is null) return [];
        return users.GetAllInGroup(group.Id)
            .Where(u => u.IsApproved && !u.IsLockedOut && !string.IsNullOrWhiteSpace(u.Email))
            .OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase)
            .Select(ToMember)
            .ToList();
    }

    private static StaffMember ToMember(IUser user) =>
        new(user.Key.ToString(), string.IsNullOrWhiteSpace(user.Name) ? user.Email : user.Name!, user.Email);
}
