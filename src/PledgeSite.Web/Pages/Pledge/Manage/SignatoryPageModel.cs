using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>
/// A page of the signatory area: signed in by emailed link (the "Signatory" cookie), it only ever sees the pledge
/// in the cookie, never one named in the URL or form. Never cached: it shows personal data.
/// </summary>
[Authorize(Policy = PledgeFeature.SignatoryPolicy)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public abstract class SignatoryPageModel(PledgeWorkflow workflow) : PageModel
{
    protected PledgeWorkflow Workflow { get; } = workflow;
    public Core.Entities.Pledge Pledge { get; private set; } = null!;
    /// <summary>The signed-in person.</summary>
    public PledgeContact Me { get; private set; } = null!;

    protected int PledgeId => int.Parse(User.FindFirstValue(PledgeFeature.PledgeIdClaim) ?? "0", CultureInfo.InvariantCulture);
    protected int ContactId => int.Parse(User.FindFirstValue(PledgeFeature.ContactIdClaim) ?? "0", CultureInfo.InvariantCulture);

    /// <summary>Loads the signed-in pledge; false when it has gone (the page should then send the person to sign in).</summary>
    protected async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var pledge = await Workflow.LoadAsync(PledgeId, cancellationToken);
        var me = pledge?.Contacts.SingleOrDefault(c => c.Id == ContactId);
        if (pledge is null || me is null || pledge.Status == PledgeStatus.Withdrawn) return false;
        Pledge = pledge;
        Me = me;
        return true;
    }

    protected IActionResult SignInAgain() => Redirect("/pledge/manage/sign-in");
}
