using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Awards;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Awards.Nominate;

/// <summary>
/// Who is nominated. Organisation awards: pick an approved signatory (searched with a plain GET form, so it
/// works without JavaScript) or name an organisation that has not signed yet, where the award allows it.
/// Individual awards: the person's name, a way to contact them and, where required, their link to Tower Hamlets.
/// </summary>
[PublicForm("award-nomination")]
public class NomineeModel(PledgeDbContext db, SiteClock clock) : NominationJourneyPage(db, clock)
{
    public const string NotYetSignatory = "not-signed";

    [FromQuery(Name = "q")] public string? Search { get; set; }
    [FromQuery(Name = "from")] public string? From { get; set; }
    public IReadOnlyList<GovUkOption> SignatoryOptions { get; private set; } = [];
    public IReadOnlyList<GovUkOption> ConnectionOptions { get; } =
    [
        new(nameof(TowerHamletsConnection.Live), "They live in Tower Hamlets"),
        new(nameof(TowerHamletsConnection.Work), "They work in Tower Hamlets"),
        new(nameof(TowerHamletsConnection.Study), "They study in Tower Hamlets"),
        new(nameof(TowerHamletsConnection.None), "None of these"),
    ];

    [BindProperty] public string? Signatory { get; set; }
    [BindProperty, Display(Name = "Name")] public string? NomineeName { get; set; }
    [BindProperty] public string? NomineeEmail { get; set; }
    [BindProperty] public string? NomineePhone { get; set; }
    [BindProperty] public string? Connection { get; set; }
    [BindProperty] public bool NotifyNominee { get; set; }

    private async Task LoadOptionsAsync()
    {
        if (Category.NomineeKind != NomineeKind.Organisation) return;
        var found = await AwardRules.ApprovedSignatoriesAsync(Db, UtcNow, Search, 25);
        var options = found.Select(p => new GovUkOption(p.Id.ToString(CultureInfo.InvariantCulture), p.OrganisationName)).ToList();
        // Keep the current choice on the list even when the search no longer finds it.
        if (Nomination.NomineePledgeId is { } chosen && options.All(o => o.Value != chosen.ToString(CultureInfo.InvariantCulture))
            && await Db.Set<Core.Entities.Pledge>().FirstOrDefaultAsync(p => p.Id == chosen) is { } current)
            options.Insert(0, new GovUkOption(current.Id.ToString(CultureInfo.InvariantCulture), current.OrganisationName));
        if (!Category.RequiresApprovedSignatory)
            options.Add(new GovUkOption(NotYetSignatory, "An organisation that has not signed the pledge yet", "Give its name below."));
        SignatoryOptions = options;
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } result) return result;
        Signatory = Nomination.NomineePledgeId?.ToString(CultureInfo.InvariantCulture)
            ?? (Category.NomineeKind == NomineeKind.Organisation && Nomination.NomineeName is not null ? NotYetSignatory : null);
        NomineeName = Nomination.NomineePledgeId is null ? Nomination.NomineeName : null;
        NomineeEmail = Nomination.NomineeEmail;
        NomineePhone = Nomination.NomineePhone;
        Connection = Nomination.NomineeConnection?.ToString();
        NotifyNominee = Nomination.NotifyNominee;
        await LoadOptionsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } result) return result;
        NomineeName = NomineeName?.Trim();
        NomineeEmail = NomineeEmail?.Trim();
        NomineePhone = NomineePhone?.Trim();
        Core.Entities.Pledge? pledge = null;
        if (Category.NomineeKind == NomineeKind.Organisation)
        {
            if (Signatory == NotYetSignatory && !Category.RequiresApprovedSignatory)
            {
                if (string.IsNullOrEmpty(NomineeName)) ModelState.AddModelError(nameof(NomineeName), "Enter the name of the organisation");
            }
            else if (int.TryParse(Signatory, NumberStyles.None, CultureInfo.InvariantCulture, out var pledgeId)
                     && await Db.Set<Core.Entities.Pledge>().FirstOrDefaultAsync(p => p.Id == pledgeId) is { } found
                     && found.ConsentToPublish && AwardRules.IsApprovedSignatory(found, UtcNow))
            {
                pledge = found;
            }
            else
            {
                ModelState.AddModelError(nameof(Signatory), Category.RequiresApprovedSignatory
                    ? "Select a signatory with an approved pledge"
                    : "Select a signatory, or choose an organisation that has not signed the pledge yet");
            }
        }
        else
        {
            if (string.IsNullOrEmpty(NomineeName)) ModelState.AddModelError(nameof(NomineeName), "Enter the name of the person you are nominating");
            if (string.IsNullOrEmpty(NomineeEmail) && string.IsNullOrEmpty(NomineePhone))
                ModelState.AddModelError(nameof(NomineeEmail), "Enter an email address or a phone number for the person you are nominating");
            if (Category.RequiresTowerHamletsConnection)
            {
                if (!Enum.TryParse<TowerHamletsConnection>(Connection, out var connection) || !Enum.IsDefined(connection))
                    ModelState.AddModelError(nameof(Connection), "Select whether they live, work or study in Tower Hamlets");
                else if (connection == TowerHamletsConnection.None)
                    ModelState.AddModelError(nameof(Connection), "This award is for people who live, work or study in Tower Hamlets");
            }
        }
        if (!string.IsNullOrEmpty(NomineeEmail) && !new EmailAddressAttribute().IsValid(NomineeEmail))
            ModelState.AddModelError(nameof(NomineeEmail), "Enter an email address in the correct format, like name@example.com");
        if (NomineeName?.Length > 200) ModelState.AddModelError(nameof(NomineeName), "Name must be 200 characters or fewer");
        if (NomineePhone?.Length > 40) ModelState.AddModelError(nameof(NomineePhone), "Phone number must be 40 characters or fewer");
        if (NotifyNominee && string.IsNullOrEmpty(NomineeEmail))
            ModelState.AddModelError(nameof(NomineeEmail), "Enter the nominee's email address, or untick 'tell them they have been nominated'");
        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync();
            return Page();
        }

        Nomination.NomineePledgeId = pledge?.Id;
        Nomination.NomineeName = pledge?.OrganisationName ?? NomineeName;
        Nomination.NomineeEmail = string.IsNullOrEmpty(NomineeEmail) ? null : NomineeEmail;
        Nomination.NomineePhone = string.IsNullOrEmpty(NomineePhone) ? null : NomineePhone;
        Nomination.NomineeConnection = Category.NomineeKind == NomineeKind.Individual && Enum.TryParse<TowerHamletsConnection>(Connection, out var c) ? c : null;
        Nomination.NotifyNominee = NotifyNominee;
        await Db.SaveChangesAsync();
        return Next("answers", From == "check");
    }
}
