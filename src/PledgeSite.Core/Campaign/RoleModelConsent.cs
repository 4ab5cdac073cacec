using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Campaign;

/// <summary>The rules for publishing role models: no story without a consent record, and withdrawal takes everything down.</summary>
public sealed class RoleModelConsent(SiteClock clock)
{
    /// <summary>Publishes the story; returns an error message instead when there is no standing consent.</summary>
    public string? Publish(RoleModel roleModel)
    {
        ArgumentNullException.ThrowIfNull(roleModel);
        if (!roleModel.HasConsent)
            return "Record who consented, when and to what before publishing this role model";
        if (roleModel.Photo is { } photo && string.IsNullOrWhiteSpace(photo.AltText))
            return "Add alt text to the photo before publishing";
        roleModel.PublishedUtc ??= clock.GetUtcNow().UtcDateTime;
        return null;
    }

    public static void Unpublish(RoleModel roleModel)
    {
        ArgumentNullException.ThrowIfNull(roleModel);
        roleModel.PublishedUtc = null;
    }

    /// <summary>Consent withdrawn: the story comes down and the photo is deleted. The caller saves and evicts the cache.</summary>
    public void Withdraw(RoleModel roleModel)
    {
        ArgumentNullException.ThrowIfNull(roleModel);
        roleModel.ConsentWithdrawnUtc = clock.GetUtcNow().UtcDateTime;
        roleModel.PublishedUtc = null;
        roleModel.IsFeatured = false;
        roleModel.Photo = null; // the one-to-one is required, so EF deletes the photo row
    }
}
