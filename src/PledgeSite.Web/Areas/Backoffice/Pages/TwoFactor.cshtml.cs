using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Staff;
using PledgeSite.Web.Staff;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Web.Areas.Backoffice.Pages;

/// <summary>
/// Where staff whose groups need two-factor sign-in (<see cref="TwoFactorRequirement"/>) are sent until they have set
/// up an authenticator app in Umbraco: how to do it, and the way back to the page they asked for.
/// </summary>
public class TwoFactorModel(ITwoFactorLoginService twoFactor) : PageModel
{
    public const string Path = "/backoffice/two-factor";

    public bool Required { get; private set; }
    public bool SetUp { get; private set; }
    public IReadOnlyList<string> RequiringGroups { get; private set; } = [];
    public string ReturnUrl { get; private set; } = "/backoffice";

    public async Task OnGetAsync(string? returnUrl)
    {
        RequiringGroups = TwoFactorRequirement.Groups.Where(User.IsInRole).Select(StaffRoles.Describe).ToList();
        Required = RequiringGroups.Count > 0;
        SetUp = Guid.TryParse(User.StaffId(), out var key) && await twoFactor.IsTwoFactorEnabledAsync(key);
        // Only a page of ours: never an address elsewhere.
        if (returnUrl is not null && returnUrl.StartsWith("/backoffice", StringComparison.Ordinal) && Url.IsLocalUrl(returnUrl))
            ReturnUrl = returnUrl;
    }
}
