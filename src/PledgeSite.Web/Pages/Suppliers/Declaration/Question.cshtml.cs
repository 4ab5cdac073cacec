using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Suppliers.Declaration;

/// <summary>
/// One question of the declaration journey per page: /suppliers/declaration/{id}/{step}. The answers live in the
/// server-side draft; each accepted answer is saved before moving on.
/// </summary>
[PublicForm("supplier-declaration")]
public partial class QuestionModel(SupplierDeclarations declarations, SiteClock clock) : PageModel
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [FromRoute] public Guid Id { get; set; }
    [FromRoute] public string Step { get; set; } = "";
    /// <summary>Came from check your answers: go back there once the journey is complete again.</summary>
    [FromQuery(Name = "change")] public bool Change { get; set; }

    [BindProperty] public string? SupplierName { get; set; }
    [BindProperty] public string? CompanyNumber { get; set; }
    [BindProperty] public string? AddressLine1 { get; set; }
    [BindProperty] public string? AddressLine2 { get; set; }
    [BindProperty] public string? Town { get; set; }
    [BindProperty] public string? Postcode { get; set; }
    [BindProperty] public string? ContractReference { get; set; }
    [BindProperty] public string? ContractTitle { get; set; }
    [BindProperty] public string? ValueBand { get; set; }
    [BindProperty] public string? Stage { get; set; }
    [BindProperty] public string? PledgeStatus { get; set; }
    [BindProperty] public string? PledgeFromList { get; set; }
    [BindProperty] public string? PledgeReference { get; set; }
    [BindProperty] public DateParts WillSignBy { get; set; } = new();
    [BindProperty] public string? WillNotReason { get; set; }
    [BindProperty] public string? Advancement { get; set; }
    [BindProperty] public List<string> CommitmentCodes { get; set; } = [];
    [BindProperty] public string? TotalStaff { get; set; }
    [BindProperty] public string? MinorityEthnicStaff { get; set; }
    [BindProperty] public string? MinorityEthnicLeaders { get; set; }
    [BindProperty] public string? AccountableName { get; set; }
    [BindProperty] public string? AccountableRole { get; set; }
    [BindProperty] public string? AccountableEmail { get; set; }
    [BindProperty] public bool StatementConfirmed { get; set; }
    [BindProperty] public string? SignedName { get; set; }

    public string BackHref { get; private set; } = "/suppliers/declaration";
    public string OrganisationLabel => string.IsNullOrWhiteSpace(_answers.SupplierName) ? "your organisation" : _answers.SupplierName!;
    public IReadOnlyList<GovUkOption> ApprovedPledges { get; private set; } = [];
    public IReadOnlyList<GovUkOption> Commitments { get; private set; } = [];

    public static IReadOnlyList<GovUkOption> ValueBands { get; } = GovUkOption.FromEnum<ContractValueBand>(SupplierText.ValueBand);
    public static IReadOnlyList<GovUkOption> Stages { get; } =
    [
        new(nameof(DeclarationStage.Tender), "Tender", "You are bidding for the contract"),
        new(nameof(DeclarationStage.AnnualMonitoring), "Annual contract monitoring", "You hold the contract and this is its yearly check"),
    ];
    public static IReadOnlyList<GovUkOption> PledgeStatuses { get; } =
    [
        new(nameof(DeclaredPledgeStatus.HasSigned), "Yes, we have signed the pledge", "Your pledge has been approved and you have its reference"),
        new(nameof(DeclaredPledgeStatus.WillSign), "Not yet, we will sign it by a date"),
        new(nameof(DeclaredPledgeStatus.WillNotSign), "No, we will not sign it"),
    ];

    public static IReadOnlyList<GovUkOption> StatementOption { get; } = [new("true", "I confirm the statement of truth")];

    private DeclarationAnswers _answers = new();
    private SupplierDeclarationDraft? _draft;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect) return redirect;
        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } redirect) return redirect;
        await ValidateAndApplyAsync(cancellationToken);
        if (!ModelState.IsValid) return Page();
        await declarations.SaveAsync(_draft!, _answers, cancellationToken);
        return Redirect(NextHref());
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        _draft = await declarations.FindDraftAsync(Id, cancellationToken);
        if (_draft is null) return NotFound();
        if (_draft.SubmittedDeclarationId is not null) return Redirect($"/suppliers/declaration/{Id}/confirmation");
        _answers = DeclarationAnswers.From(_draft);
        Commitments = (await declarations.CommitmentOptionsAsync(cancellationToken)).Select(c => new GovUkOption(c.Code, $"{c.Code}: {c.Title}")).ToList();
        var steps = StepsFor(_answers);
        if (!steps.Contains(Step))
        {
            var first = steps.FirstOrDefault(s => !DeclarationSteps.IsAnswered(_answers, s));
            return Redirect(first is null ? $"/suppliers/declaration/{Id}/check-answers" : $"/suppliers/declaration/{Id}/{first}");
        }
        var index = steps.ToList().IndexOf(Step);
        BackHref = Change ? $"/suppliers/declaration/{Id}/check-answers"
            : index == 0 ? "/suppliers/declaration" : $"/suppliers/declaration/{Id}/{steps[index - 1]}";
        if (Step == DeclarationSteps.Pledge)
            ApprovedPledges = (await declarations.ApprovedPledgesAsync(cancellationToken)).Select(p => new GovUkOption(p.Reference, $"{p.Name} ({p.Reference})")).ToList();
        return null;
    }

    private IReadOnlyList<string> StepsFor(DeclarationAnswers answers) => DeclarationSteps.For(answers, commitmentsOffered: Commitments.Count > 0);

    private string NextHref()
    {
        var steps = StepsFor(_answers);
        var firstUnanswered = steps.FirstOrDefault(s => !DeclarationSteps.IsAnswered(_answers, s));
        if (Change)
            return firstUnanswered is null ? $"/suppliers/declaration/{Id}/check-answers" : $"/suppliers/declaration/{Id}/{firstUnanswered}?change=true";
        var index = steps.ToList().IndexOf(Step);
        return index + 1 < steps.Count ? $"/suppliers/declaration/{Id}/{steps[index + 1]}" : $"/suppliers/declaration/{Id}/check-answers";
    }

    private void Fill()
    {
        var a = _answers;
        SupplierName = a.SupplierName;
        CompanyNumber = a.CompanyNumber;
        AddressLine1 = a.AddressLine1;
        AddressLine2 = a.AddressLine2;
        Town = a.Town;
        Postcode = a.Postcode;
        ContractReference = a.ContractReference;
        ContractTitle = a.ContractTitle;
        ValueBand = a.ValueBand?.ToString();
        Stage = a.Stage?.ToString();
        PledgeStatus = a.PledgeStatus?.ToString();
        if (a.PledgeReference is { } reference && ApprovedPledges.Any(p => p.Value == reference)) PledgeFromList = reference;
        else PledgeReference = a.PledgeReference;
        WillSignBy = DateParts.From(a.WillSignBy);
        WillNotReason = a.WillNotReason;
        Advancement = a.Advancement;
        CommitmentCodes = a.CommitmentCodes ?? [];
        TotalStaff = a.TotalStaff?.ToString(CultureInfo.InvariantCulture);
        MinorityEthnicStaff = a.MinorityEthnicStaff?.ToString(CultureInfo.InvariantCulture);
        MinorityEthnicLeaders = a.MinorityEthnicLeaders?.ToString(CultureInfo.InvariantCulture);
        AccountableName = a.AccountableName;
        AccountableRole = a.AccountableRole;
        AccountableEmail = a.AccountableEmail;
        StatementConfirmed = a.StatementConfirmed;
        SignedName = a.SignedName;
    }

    private void Error(string key, string message) => ModelState.AddModelError(key, message);

    private string? Required(string? value, string key, string message, int maxLength, string what)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)) Error(key, message);
        else if (trimmed.Length > maxLength) Error(key, $"{what} must be {maxLength} characters or fewer");
        return trimmed;
    }

    private async Task ValidateAndApplyAsync(CancellationToken cancellationToken)
    {
        var a = _answers;
        switch (Step)
        {
            case DeclarationSteps.OrganisationName:
                a.SupplierName = Required(SupplierName, nameof(SupplierName), "Enter your organisation's name", 200, "Organisation name");
                break;
            case DeclarationSteps.CompanyNumber:
                if (string.IsNullOrWhiteSpace(CompanyNumber)) Error(nameof(CompanyNumber), "Enter your Companies House number");
                else if (!CompanyNumbers.IsValid(CompanyNumber))
                    Error(nameof(CompanyNumber), "Companies House number must be 8 characters: 8 numbers, or 2 letters and 6 numbers, like 01234567 or SC123456");
                else a.CompanyNumber = CompanyNumbers.Normalise(CompanyNumber);
                break;
            case DeclarationSteps.Address:
                a.AddressLine1 = Required(AddressLine1, nameof(AddressLine1), "Enter address line 1, typically the building and street", 100, "Address line 1");
                a.AddressLine2 = string.IsNullOrWhiteSpace(AddressLine2) ? null : AddressLine2.Trim();
                if (a.AddressLine2?.Length > 100) Error(nameof(AddressLine2), "Address line 2 must be 100 characters or fewer");
                a.Town = Required(Town, nameof(Town), "Enter town or city", 100, "Town or city");
                var postcode = Postcode?.Trim().ToUpperInvariant();
                if (string.IsNullOrEmpty(postcode)) Error(nameof(Postcode), "Enter postcode");
                else if (!PostcodePattern().IsMatch(postcode)) Error(nameof(Postcode), "Enter a full UK postcode, like E14 2BG");
                a.Postcode = postcode;
                break;
            case DeclarationSteps.Contract:
                a.ContractReference = Required(ContractReference, nameof(ContractReference), "Enter the council's contract reference", 50, "Contract reference")?.ToUpperInvariant();
                a.ContractTitle = Required(ContractTitle, nameof(ContractTitle), "Enter the contract title", 200, "Contract title");
                break;
            case DeclarationSteps.ValueBand:
                if (Enum.TryParse<ContractValueBand>(ValueBand, out var band) && Enum.IsDefined(band)) a.ValueBand = band;
                else Error(nameof(ValueBand), "Select the value of the contract");
                break;
            case DeclarationSteps.Stage:
                if (Enum.TryParse<DeclarationStage>(Stage, out var stage) && Enum.IsDefined(stage)) a.Stage = stage;
                else Error(nameof(Stage), "Select whether this declaration is for a tender or for annual contract monitoring");
                break;
            case DeclarationSteps.PledgeStatus:
                if (Enum.TryParse<DeclaredPledgeStatus>(PledgeStatus, out var status) && Enum.IsDefined(status)) a.PledgeStatus = status;
                else Error(nameof(PledgeStatus), "Select whether your organisation has signed the Anti-Racist Pledge");
                break;
            case DeclarationSteps.Pledge:
                var typed = !string.IsNullOrWhiteSpace(PledgeReference);
                var chosen = typed ? PledgeReference : PledgeFromList;
                var (pledge, pledgeError) = await declarations.VerifyPledgeAsync(chosen, cancellationToken);
                if (pledgeError is not null) Error(typed ? nameof(PledgeReference) : nameof(PledgeFromList), pledgeError);
                else a.PledgeReference = pledge!.Reference;
                break;
            case DeclarationSteps.SignBy:
                var (date, dateError) = WillSignBy.Parse("the date you will sign the pledge by");
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, London));
                if (dateError is not null) Error(nameof(WillSignBy), dateError);
                else if (date <= today) Error(nameof(WillSignBy), "The date you will sign the pledge by must be in the future");
                else if (date > today.AddYears(2)) Error(nameof(WillSignBy), "The date you will sign the pledge by must be within 2 years");
                else a.WillSignBy = date;
                break;
            case DeclarationSteps.Reason:
                a.WillNotReason = Required(WillNotReason, nameof(WillNotReason), "Enter why your organisation will not sign the pledge", 4000, "Reason");
                if (DeclarationSteps.CountWords(WillNotReason) > DeclarationSteps.ReasonMaxWords)
                    Error(nameof(WillNotReason), $"Reason must be {DeclarationSteps.ReasonMaxWords} words or fewer");
                break;
            case DeclarationSteps.Advancement:
                a.Advancement = Required(Advancement, nameof(Advancement), "Enter how this contract will advance the pledge", 8000, "How this contract will advance the pledge");
                if (DeclarationSteps.CountWords(Advancement) > DeclarationSteps.AdvancementMaxWords)
                    Error(nameof(Advancement), $"How this contract will advance the pledge must be {DeclarationSteps.AdvancementMaxWords} words or fewer");
                break;
            case DeclarationSteps.Commitments:
                a.CommitmentCodes = CommitmentCodes.Where(c => Commitments.Any(o => o.Value == c)).Distinct().ToList();
                if (a.CommitmentCodes.Count == 0) Error(nameof(CommitmentCodes), "Select the pledge commitments this contract serves");
                break;
            case DeclarationSteps.Workforce:
                var total = WholeNumber(TotalStaff, nameof(TotalStaff), "Total number of staff");
                var minority = WholeNumber(MinorityEthnicStaff, nameof(MinorityEthnicStaff), "Staff from Black, Asian and minority ethnic backgrounds");
                var leaders = WholeNumber(MinorityEthnicLeaders, nameof(MinorityEthnicLeaders), "Staff from Black, Asian and minority ethnic backgrounds in leadership roles");
                if (total is null && (minority is not null || leaders is not null) && string.IsNullOrWhiteSpace(TotalStaff))
                    Error(nameof(TotalStaff), "Enter the total number of staff, so the other figures can be compared with it");
                if (total is not null && minority > total)
                    Error(nameof(MinorityEthnicStaff), "Staff from Black, Asian and minority ethnic backgrounds must not be more than the total number of staff");
                if (total is not null && leaders > total)
                    Error(nameof(MinorityEthnicLeaders), "Staff in leadership roles must not be more than the total number of staff");
                else if (minority is not null && leaders > minority)
                    Error(nameof(MinorityEthnicLeaders), "Staff from Black, Asian and minority ethnic backgrounds in leadership roles must not be more than all staff from those backgrounds");
                a.TotalStaff = total;
                a.MinorityEthnicStaff = minority;
                a.MinorityEthnicLeaders = leaders;
                a.WorkforceAnswered = true;
                break;
            case DeclarationSteps.AccountablePerson:
                a.AccountableName = Required(AccountableName, nameof(AccountableName), "Enter the full name of the accountable person", 200, "Full name");
                a.AccountableRole = Required(AccountableRole, nameof(AccountableRole), "Enter the accountable person's role", 200, "Role");
                var emailAddress = AccountableEmail?.Trim();
                if (string.IsNullOrEmpty(emailAddress)) Error(nameof(AccountableEmail), "Enter the accountable person's email address");
                else if (!ContractRegister.IsEmail(emailAddress)) Error(nameof(AccountableEmail), "Enter an email address in the correct format, like name@example.com");
                a.AccountableEmail = emailAddress;
                break;
            case DeclarationSteps.Statement:
                if (!StatementConfirmed) Error(nameof(StatementConfirmed), "Confirm that the statement of truth is correct");
                a.SignedName = Required(SignedName, nameof(SignedName), "Enter your full name to sign the statement", 200, "Full name");
                a.StatementConfirmed = StatementConfirmed;
                break;
        }
    }

    private int? WholeNumber(string? value, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var compact = value.Trim().Replace(",", "", StringComparison.Ordinal);
        if (!int.TryParse(compact, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 10_000_000)
        {
            Error(key, $"{what} must be a whole number, like 250");
            return null;
        }
        return number;
    }

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodePattern();
}
