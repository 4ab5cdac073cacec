using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Packaging;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Strings;
using Umbraco.Cms.Infrastructure.Migrations;
using PledgeSite.Core.Staff;

namespace PledgeSite.Web.Staff;

/// <summary>
/// Creates the council's staff groups in Umbraco, and opens the Pledge section to every group that works in it.
/// Umbraco runs package migration plans on start (unattended) and records how far each has run, so this runs once.
/// </summary>
public sealed class StaffGroupsMigrationPlan : PackageMigrationPlan
{
    public StaffGroupsMigrationPlan() : base("PledgeSite staff groups") { }

    protected override void DefinePlan() =>
        To<CreateStaffGroups>(new Guid("5c1d8f0e-3b5e-4d4a-9a55-6f1c2e7d3a01"));
}

public sealed class CreateStaffGroups(IMigrationContext context, IUserGroupService groups, IShortStringHelper strings)
    : AsyncMigrationBase(context)
{
    /// <summary>The back-office section for our workflow pages (wwwroot/App_Plugins/PledgeSite/umbraco-package.json).</summary>
    public const string PledgeSection = "PledgeSite.Section.Pledge";

    private static readonly (string Alias, string Name, string Icon, string[] Sections)[] NewGroups =
    [
        (StaffRoles.PledgeReviewer, "Pledge reviewers", "icon-checkbox", [PledgeSection]),
        (StaffRoles.AwardsManager, "Awards managers", "icon-trophy", [PledgeSection]),
        (StaffRoles.Judge, "Judges", "icon-medal", [PledgeSection]),
        (StaffRoles.ProcurementOfficer, "Procurement officers", "icon-truck", [PledgeSection]),
    ];

    protected override async Task MigrateAsync()
    {
        foreach (var (alias, name, icon, sections) in NewGroups)
        {
            if (await groups.GetAsync(alias) is not null) continue;
            var group = new UserGroup(strings) { Alias = alias, Name = name, Icon = icon, HasAccessToAllLanguages = false };
            foreach (var section in sections) group.AddAllowedSection(section);
            var created = await groups.CreateAsync(group, Constants.Security.SuperUserKey);
            if (!created.Success) throw new InvalidOperationException($"Could not create the {alias} user group: {created.Status}");
        }
        // Umbraco's own Administrators and Editors work in the Pledge section too (action plan, campaign, audit).
        foreach (var alias in new[] { StaffRoles.Administrator, StaffRoles.Editor })
        {
            var group = await groups.GetAsync(alias);
            if (group is null || group.AllowedSections.Contains(PledgeSection)) continue;
            group.AddAllowedSection(PledgeSection);
            var updated = await groups.UpdateAsync(group, Constants.Security.SuperUserKey);
            if (!updated.Success) throw new InvalidOperationException($"Could not open the Pledge section to {alias}: {updated.Status}");
        }
    }
}
