using System.Text.Json;
using System.Text.Json.Serialization;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Suppliers;

/// <summary>The answers given so far in the declaration journey, stored as JSON in <see cref="SupplierDeclarationDraft"/>.</summary>
public sealed class DeclarationAnswers
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Converters = { new JsonStringEnumConverter() } };

    public string? SupplierName { get; set; }
    public string? CompanyNumber { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? ContractReference { get; set; }
    public string? ContractTitle { get; set; }
    public ContractValueBand? ValueBand { get; set; }
    public DeclarationStage? Stage { get; set; }
    public DeclaredPledgeStatus? PledgeStatus { get; set; }
    public string? PledgeReference { get; set; }
    public DateOnly? WillSignBy { get; set; }
    public string? WillNotReason { get; set; }
    public string? Advancement { get; set; }
    public List<string>? CommitmentCodes { get; set; }
    public bool WorkforceAnswered { get; set; }
    public int? TotalStaff { get; set; }
    public int? MinorityEthnicStaff { get; set; }
    public int? MinorityEthnicLeaders { get; set; }
    public string? AccountableName { get; set; }
    public string? AccountableRole { get; set; }
    public string? AccountableEmail { get; set; }
    public bool StatementConfirmed { get; set; }
    public string? SignedName { get; set; }

    public string Address => string.Join("\n", new[] { AddressLine1, AddressLine2, Town, Postcode }.Where(l => !string.IsNullOrWhiteSpace(l)));

    public static DeclarationAnswers From(SupplierDeclarationDraft draft) =>
        JsonSerializer.Deserialize<DeclarationAnswers>(draft.AnswersJson, Json) ?? new();

    public void SaveTo(SupplierDeclarationDraft draft) => draft.AnswersJson = JsonSerializer.Serialize(this, Json);

    /// <summary>Starts a correction from a submitted declaration: every answer as declared, the statement to sign again.</summary>
    public static DeclarationAnswers From(SupplierDeclaration d)
    {
        var lines = d.Address.Split('\n');
        return new()
        {
            SupplierName = d.SupplierName,
            CompanyNumber = d.CompanyNumber,
            AddressLine1 = lines.ElementAtOrDefault(0),
            AddressLine2 = lines.Length > 3 ? lines[1] : null,
            Town = lines.Length > 3 ? lines[2] : lines.ElementAtOrDefault(1),
            Postcode = lines.Length > 3 ? lines[3] : lines.ElementAtOrDefault(2),
            ContractReference = d.ContractReference,
            ContractTitle = d.ContractTitle,
            ValueBand = d.ValueBand,
            Stage = d.Stage,
            PledgeStatus = d.PledgeStatus,
            PledgeReference = d.PledgeReference,
            WillSignBy = d.WillSignBy,
            WillNotReason = d.WillNotReason,
            Advancement = d.Advancement,
            CommitmentCodes = string.IsNullOrEmpty(d.CommitmentCodes) ? [] : d.CommitmentCodes.Split(',').ToList(),
            WorkforceAnswered = true,
            TotalStaff = d.TotalStaff,
            MinorityEthnicStaff = d.MinorityEthnicStaff,
            MinorityEthnicLeaders = d.MinorityEthnicLeaders,
            AccountableName = d.AccountableName,
            AccountableRole = d.AccountableRole,
            AccountableEmail = d.AccountableEmail,
        };
    }
}

/// <summary>The questions of the declaration journey, in order; which apply depends on earlier answers.</summary>
public static class DeclarationSteps
{
    public const string OrganisationName = "organisation-name";
    public const string CompanyNumber = "company-number";
    public const string Address = "address";
    public const string Contract = "contract";
    public const string ValueBand = "value-band";
    public const string Stage = "stage";
    public const string PledgeStatus = "pledge-status";
    public const string Pledge = "pledge";
    public const string SignBy = "sign-by";
    public const string Reason = "reason";
    public const string Advancement = "advancement";
    public const string Commitments = "commitments";
    public const string Workforce = "workforce";
    public const string AccountablePerson = "accountable-person";
    public const string Statement = "statement";

    public const int AdvancementMaxWords = 500;
    public const int ReasonMaxWords = 200;

    /// <summary>The steps that apply to these answers, in order.</summary>
    public static IReadOnlyList<string> For(DeclarationAnswers answers, bool commitmentsOffered)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var steps = new List<string> { OrganisationName, CompanyNumber, Address, Contract, ValueBand, Stage, PledgeStatus };
        switch (answers.PledgeStatus)
        {
            case DeclaredPledgeStatus.HasSigned: steps.Add(Pledge); break;
            case DeclaredPledgeStatus.WillSign: steps.Add(SignBy); break;
            case DeclaredPledgeStatus.WillNotSign: steps.Add(Reason); break;
        }
        steps.Add(Advancement);
        if (commitmentsOffered && answers.PledgeStatus != DeclaredPledgeStatus.WillNotSign) steps.Add(Commitments);
        steps.AddRange([Workforce, AccountablePerson, Statement]);
        return steps;
    }

    public static bool IsAnswered(DeclarationAnswers a, string step)
    {
        ArgumentNullException.ThrowIfNull(a);
        return step switch
        {
            OrganisationName => !string.IsNullOrWhiteSpace(a.SupplierName),
            CompanyNumber => CompanyNumbers.IsValid(a.CompanyNumber),
            Address => !string.IsNullOrWhiteSpace(a.AddressLine1) && !string.IsNullOrWhiteSpace(a.Town) && !string.IsNullOrWhiteSpace(a.Postcode),
            Contract => !string.IsNullOrWhiteSpace(a.ContractReference) && !string.IsNullOrWhiteSpace(a.ContractTitle),
            ValueBand => a.ValueBand is not null,
            Stage => a.Stage is not null,
            PledgeStatus => a.PledgeStatus is not null,
            Pledge => !string.IsNullOrWhiteSpace(a.PledgeReference),
            SignBy => a.WillSignBy is not null,
            Reason => !string.IsNullOrWhiteSpace(a.WillNotReason),
            Advancement => !string.IsNullOrWhiteSpace(a.Advancement),
            Commitments => a.CommitmentCodes is { Count: > 0 },
            Workforce => a.WorkforceAnswered,
            AccountablePerson => !string.IsNullOrWhiteSpace(a.AccountableName) && !string.IsNullOrWhiteSpace(a.AccountableRole) && !string.IsNullOrWhiteSpace(a.AccountableEmail),
            Statement => a.StatementConfirmed && !string.IsNullOrWhiteSpace(a.SignedName),
            _ => false,
        };
    }

    public static int CountWords(string? text) =>
        string.IsNullOrWhiteSpace(text) ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}

public static class SupplierText
{
    public static string ValueBand(ContractValueBand band) => band switch
    {
        ContractValueBand.Under25k => "Under £25,000",
        ContractValueBand.From25kTo100k => "£25,000 to £100,000",
        ContractValueBand.From100kTo500k => "£100,000 to £500,000",
        ContractValueBand.From500kTo2m => "£500,000 to £2 million",
        _ => "Over £2 million",
    };

    public static string Stage(DeclarationStage stage) => stage switch
    {
        DeclarationStage.Tender => "Tender",
        _ => "Annual contract monitoring",
    };

    public static string PledgeStatus(DeclaredPledgeStatus status) => status switch
    {
        DeclaredPledgeStatus.HasSigned => "We have signed the pledge",
        DeclaredPledgeStatus.WillSign => "We will sign the pledge by a date",
        _ => "We will not sign the pledge",
    };

    public static string Standing(PledgeStanding? standing) => standing switch
    {
        PledgeStanding.Active => "Approved",
        PledgeStanding.ReportOverdue => "Report overdue",
        PledgeStanding.Lapsed => "Lapsed",
        PledgeStanding.Withdrawn => "Withdrawn",
        PledgeStanding.AwaitingReview => "Awaiting review",
        PledgeStanding.NotYetSubmitted => "Not yet submitted",
        _ => "No pledge",
    };

    public static string StandingColour(PledgeStanding? standing) => standing switch
    {
        PledgeStanding.Active => "green",
        PledgeStanding.ReportOverdue => "yellow",
        PledgeStanding.Lapsed or PledgeStanding.Withdrawn => "red",
        PledgeStanding.AwaitingReview => "blue",
        _ => "grey",
    };
}
