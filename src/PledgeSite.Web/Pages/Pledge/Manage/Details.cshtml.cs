using Microsoft.AspNetCore.Mvc;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;

namespace PledgeSite.Web.Pages.Pledge.Manage;

/// <summary>Changes the organisation's details. Its name and registration numbers change through the pledge team.</summary>
public sealed class DetailsModel(PledgeWorkflow workflow, DuplicatePledges duplicates) : SignatoryPageModel(workflow)
{
    [BindProperty] public string? Sector { get; set; }
    [BindProperty] public string? SizeBand { get; set; }
    [BindProperty] public string? AddressLine1 { get; set; }
    [BindProperty] public string? AddressLine2 { get; set; }
    [BindProperty] public string? Town { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? Website { get; set; }
    [BindProperty] public string? ConsentToPublish { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        ViewData["Title"] = "Change your organisation's details";
        (Sector, SizeBand, AddressLine1, AddressLine2, Town, Postcode, Website) =
            (Pledge.Sector, Pledge.SizeBand, Pledge.AddressLine1, Pledge.AddressLine2, Pledge.Town, Pledge.Postcode, Pledge.Website);
        ConsentToPublish = Pledge.ConsentToPublish ? "yes" : "no";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return SignInAgain();
        ViewData["Title"] = "Change your organisation's details";
        if (Sector is null || !PledgeChoices.Sectors.Contains(Sector)) ModelState.AddModelError(nameof(Sector), "Select the sector your organisation works in");
        if (SizeBand is null || !PledgeChoices.SizeBands.Contains(SizeBand)) ModelState.AddModelError(nameof(SizeBand), "Select how many people work or volunteer for your organisation");
        if (string.IsNullOrWhiteSpace(AddressLine1)) ModelState.AddModelError(nameof(AddressLine1), "Enter address line 1, typically the building and street");
        else if (AddressLine1.Trim().Length > 200) ModelState.AddModelError(nameof(AddressLine1), "Address line 1 must be 200 characters or fewer");
        if (AddressLine2?.Trim().Length > 200) ModelState.AddModelError(nameof(AddressLine2), "Address line 2 must be 200 characters or fewer");
        if (string.IsNullOrWhiteSpace(Town)) ModelState.AddModelError(nameof(Town), "Enter town or city");
        else if (Town.Trim().Length > 100) ModelState.AddModelError(nameof(Town), "Town or city must be 100 characters or fewer");
        var postcode = OrganisationDetails.NormalisePostcode(Postcode ?? "");
        if (string.IsNullOrWhiteSpace(Postcode)) ModelState.AddModelError(nameof(Postcode), "Enter postcode");
        else if (postcode is null) ModelState.AddModelError(nameof(Postcode), "Enter a full UK postcode, like E14 2BG");
        var website = string.IsNullOrWhiteSpace(Website) ? null : OrganisationDetails.ParseWebsite(Website);
        if (!string.IsNullOrWhiteSpace(Website) && website is null) ModelState.AddModelError(nameof(Website), "Enter a website address in the correct format, like www.example.org.uk");
        else if (website is not null && await duplicates.FindAsync(null, null, OrganisationDetails.WebsiteDomain(website), Pledge.Id, cancellationToken) is { } duplicate)
            ModelState.AddModelError(nameof(Website), $"{duplicate.OrganisationName} ({duplicate.Reference}) has already signed the pledge with this website");
        if (ConsentToPublish is not ("yes" or "no")) ModelState.AddModelError(nameof(ConsentToPublish), "Select yes if we can publish your pledge");
        if (!ModelState.IsValid) return Page();

        Pledge.Sector = Sector;
        Pledge.SizeBand = SizeBand;
        Pledge.AddressLine1 = AddressLine1!.Trim();
        Pledge.AddressLine2 = string.IsNullOrWhiteSpace(AddressLine2) ? null : AddressLine2.Trim();
        Pledge.Town = Town!.Trim();
        Pledge.Postcode = postcode;
        Pledge.Website = website?.ToString();
        Pledge.WebsiteDomain = website is null ? null : OrganisationDetails.WebsiteDomain(website);
        Pledge.ConsentToPublish = ConsentToPublish == "yes";
        foreach (var figures in Pledge.WorkforceFigures) figures.IsPublic = Pledge.ConsentToPublish;
        Workflow.Record(Pledge, Pledge.Status, Pledge.Status, PledgeActor.Organisation(Me), "Organisation details changed");
        await Workflow.SaveAndRefreshAsync(Pledge, cancellationToken);
        TempData["Done"] = "Your organisation's details are saved.";
        return Redirect("/pledge/manage");
    }
}
