using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Pledge.Sign;

/// <summary>One page of the sign-up journey: its URL segment, its name on check-your-answers, and its question.</summary>
public sealed record SignUpStep(string Slug, string Name, string Question, string Section);

public static class SignUpSteps
{
    public const string CheckAnswers = "check-answers";
    public const string AddTarget = "add-target";
    public const string AddAction = "add-action";
    public const int MaxStatementWords = 300;
    public const int MaxActions = 20;

    public static readonly IReadOnlyList<SignUpStep> All =
    [
        new("organisation-name", "Organisation name", "What is your organisation's name?", "Organisation"),
        new("organisation-type", "Type of organisation", "What type of organisation is it?", "Organisation"),
        new("sector", "Sector", "Which sector does your organisation work in?", "Organisation"),
        new("size", "Size", "How many people work or volunteer for your organisation?", "Organisation"),
        new("registration", "Registration numbers", "Is your organisation registered with Companies House or as a charity?", "Organisation"),
        new("address", "Address", "What is your organisation's address?", "Organisation"),
        new("website", "Website", "What is your organisation's website?", "Organisation"),
        new("logo", "Logo", "Upload your organisation's logo", "Organisation"),
        new("contact", "Contact person", "Who is the contact person for your pledge?", "People"),
        new("sponsor", "Senior sponsor", "Who is the senior sponsor of your pledge?", "People"),
        new("commitments", "Commitments", "Which commitments will your organisation make?", "Your pledge"),
        new("statement", "Your statement", "Your pledge in your own words", "Your pledge"),
        new("actions", "Your actions", "The actions you will take", "Your pledge"),
        new("targets", "Targets", "Your targets", "Your pledge"),
        new("workforce", "Workforce figures", "Workforce ethnicity figures", "Your pledge"),
        new("consent", "Consent to publish", "Can we publish your pledge?", "Your pledge"),
        new("declaration", "Declaration", "Declaration", "Your pledge"),
    ];

    public static readonly SignUpStep AddTargetStep = new(AddTarget, "Target", "Add a target", "Your pledge");
    public static readonly SignUpStep AddActionStep = new(AddAction, "Action", "Add an action", "Your pledge");

    public static SignUpStep? Find(string slug) =>
        slug == AddTarget ? AddTargetStep : slug == AddAction ? AddActionStep : All.FirstOrDefault(s => s.Slug == slug);

    public static string Next(string slug)
    {
        var index = All.ToList().FindIndex(s => s.Slug == slug);
        return index >= 0 && index + 1 < All.Count ? All[index + 1].Slug : CheckAnswers;
    }

    public static string? Previous(string slug)
    {
        var index = All.ToList().FindIndex(s => s.Slug == slug);
        return index > 0 ? All[index - 1].Slug : null;
    }

    /// <summary>
    /// Checks one step's answers and returns (field, message) pairs, fields named as the page binds them
    /// ("Answers.Contact.Email"). Duplicate organisations are checked by the page, which can reach the database.
    /// </summary>
    public static List<(string Field, string Message)> Check(string slug, SignUpAnswers a, IReadOnlyCollection<Commitment> commitments, DateOnly today)
    {
        var errors = new List<(string, string)>();
        void Require(string? value, string field, string message, string label, int max = 200)
        {
            if (string.IsNullOrWhiteSpace(value)) errors.Add((field, message));
            else if (value.Trim().Length > max) errors.Add((field, $"{label} must be {max} characters or fewer"));
        }
        switch (slug)
        {
            case "organisation-name":
                Require(a.OrganisationName, "Answers.OrganisationName", "Enter your organisation's name", "Organisation name");
                break;
            case "organisation-type":
                if (!Enum.TryParse<OrganisationType>(a.OrganisationType, out _) || int.TryParse(a.OrganisationType, out _))
                    errors.Add(("Answers.OrganisationType", "Select the type of organisation"));
                break;
            case "sector":
                if (a.Sector is null || !PledgeChoices.Sectors.Contains(a.Sector)) errors.Add(("Answers.Sector", "Select the sector your organisation works in"));
                break;
            case "size":
                if (a.SizeBand is null || !PledgeChoices.SizeBands.Contains(a.SizeBand)) errors.Add(("Answers.SizeBand", "Select how many people work or volunteer for your organisation"));
                break;
            case "registration":
                if (!string.IsNullOrWhiteSpace(a.CompanyNumber) && !OrganisationDetails.IsValidCompanyNumber(OrganisationDetails.NormaliseCompanyNumber(a.CompanyNumber)))
                    errors.Add(("Answers.CompanyNumber", "Enter a Companies House number in the correct format, like 01234567 or SC123456"));
                if (!string.IsNullOrWhiteSpace(a.CharityNumber) && !OrganisationDetails.IsValidCharityNumber(OrganisationDetails.NormaliseCharityNumber(a.CharityNumber)))
                    errors.Add(("Answers.CharityNumber", "Enter a charity number in the correct format, 6 to 8 digits like 1234567"));
                break;
            case "address":
                Require(a.AddressLine1, "Answers.AddressLine1", "Enter address line 1, typically the building and street", "Address line 1");
                if (a.AddressLine2?.Trim().Length > 200) errors.Add(("Answers.AddressLine2", "Address line 2 must be 200 characters or fewer"));
                Require(a.Town, "Answers.Town", "Enter town or city", "Town or city", 100);
                if (string.IsNullOrWhiteSpace(a.Postcode)) errors.Add(("Answers.Postcode", "Enter postcode"));
                else if (OrganisationDetails.NormalisePostcode(a.Postcode) is null) errors.Add(("Answers.Postcode", "Enter a full UK postcode, like E14 2BG"));
                break;
            case "website":
                if (!string.IsNullOrWhiteSpace(a.Website) && OrganisationDetails.ParseWebsite(a.Website) is null)
                    errors.Add(("Answers.Website", "Enter a website address in the correct format, like www.example.org.uk"));
                break;
            case "contact":
            case "sponsor":
                var who = slug == "contact" ? "Contact" : "Sponsor";
                var person = slug == "contact" ? a.Contact : a.Sponsor;
                var whose = slug == "contact" ? "the contact person's" : "the senior sponsor's";
                Require(person.Name, $"Answers.{who}.Name", $"Enter {whose} full name", "Full name");
                Require(person.JobTitle, $"Answers.{who}.JobTitle", $"Enter {whose} job title", "Job title");
                if (string.IsNullOrWhiteSpace(person.Email)) errors.Add(($"Answers.{who}.Email", $"Enter {whose} email address"));
                else if (!OrganisationDetails.IsValidEmail(person.Email)) errors.Add(($"Answers.{who}.Email", "Enter an email address in the correct format, like name@example.com"));
                if (!string.IsNullOrWhiteSpace(person.Phone) && !OrganisationDetails.IsValidPhone(person.Phone))
                    errors.Add(($"Answers.{who}.Phone", "Enter a telephone number, like 020 7946 0000 or +44 20 7946 0000"));
                break;
            case "commitments":
                var missing = commitments.Where(c => c.IsMandatory && !a.CommitmentIds.Contains(c.Id)).ToList();
                if (missing.Count > 0) errors.Add(("Answers.CommitmentIds", $"Every pledge includes the required commitments: {string.Join(", ", missing.Select(c => c.Code))}"));
                else if (a.Chosen(commitments).Count == 0) errors.Add(("Answers.CommitmentIds", "Select at least one commitment"));
                break;
            case "statement":
                CheckStatement(a.Statement, "Answers.Statement", errors);
                break;
            case "actions":
                if (a.Actions.Count == 0) errors.Add(("Actions", "Add at least one action your organisation will take"));
                for (var i = 0; i < a.Actions.Count; i++)
                {
                    if (CheckAction(a.Actions[i], "NewAction", a.Chosen(commitments).Select(c => c.Id).ToList(), null).Count > 0)
                        errors.Add(("Actions", $"Action {i + 1} is not complete: change it or remove it"));
                }
                break;
            case "targets":
                if (a.Targets.Count == 0) errors.Add(("Targets", "Add at least one target"));
                for (var i = 0; i < a.Targets.Count; i++)
                {
                    if (CheckTarget(a.Targets[i], "NewTarget", a.Chosen(commitments).Select(c => c.Id).ToList()).Count > 0)
                        errors.Add(("Targets", $"Target {i + 1} is not complete: change it or remove it"));
                }
                break;
            case "workforce":
                CheckWorkforce(a.Workforce, today, errors);
                break;
            case "consent":
                if (a.ConsentToPublish is not ("yes" or "no")) errors.Add(("Answers.ConsentToPublish", "Select yes if we can publish your pledge"));
                break;
            case "declaration":
                if (!a.DeclarationAccepted) errors.Add(("Answers.DeclarationAccepted", "Confirm the declaration to sign the pledge"));
                break;
        }
        return errors;
    }

    public static List<(string Field, string Message)> CheckTarget(TargetAnswers t, string prefix, IReadOnlyCollection<int> chosenCommitments)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(t.Measure)) errors.Add(($"{prefix}.Measure", "Enter what you will measure"));
        else if (t.Measure.Trim().Length > 300) errors.Add(($"{prefix}.Measure", "What you will measure must be 300 characters or fewer"));
        if (string.IsNullOrWhiteSpace(t.Unit)) errors.Add(($"{prefix}.Unit", "Enter the unit, like % or people"));
        else if (t.Unit.Trim().Length > 40) errors.Add(($"{prefix}.Unit", "The unit must be 40 characters or fewer"));
        if (string.IsNullOrWhiteSpace(t.BaselineValue)) errors.Add(($"{prefix}.BaselineValue", "Enter the baseline value"));
        else if (!OrganisationDetails.TryParseNumber(t.BaselineValue, out _)) errors.Add(($"{prefix}.BaselineValue", "The baseline value must be a number, like 12 or 12.5"));
        var (baselineDate, baselineError) = t.BaselineDate.Parse("the baseline date");
        if (baselineError is not null) errors.Add(($"{prefix}.BaselineDate", baselineError));
        if (string.IsNullOrWhiteSpace(t.TargetValue)) errors.Add(($"{prefix}.TargetValue", "Enter the target value"));
        else if (!OrganisationDetails.TryParseNumber(t.TargetValue, out _)) errors.Add(($"{prefix}.TargetValue", "The target value must be a number, like 35 or 35.5"));
        var (targetDate, targetError) = t.TargetDate.Parse("the target date");
        if (targetError is not null) errors.Add(($"{prefix}.TargetDate", targetError));
        else if (baselineDate is { } b && targetDate is { } d && d <= b) errors.Add(($"{prefix}.TargetDate", "The target date must be after the baseline date"));
        if (t.CommitmentId is { } c && !chosenCommitments.Contains(c)) errors.Add(($"{prefix}.CommitmentId", "Select one of the commitments you are making, or none"));
        if (t.IsPublic is not ("yes" or "no")) errors.Add(($"{prefix}.IsPublic", "Select yes if this target can be published"));
        return errors;
    }

    /// <summary>The organisation's own statement: required, at most <see cref="MaxStatementWords"/> words.</summary>
    public static void CheckStatement(string? statement, string field, List<(string Field, string Message)> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var text = statement?.Trim() ?? "";
        if (text.Length == 0) errors.Add((field, "Enter your organisation's statement: why you are signing the pledge and what you will change"));
        else if (text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length > MaxStatementWords) errors.Add((field, $"Your statement must be {MaxStatementWords} words or fewer"));
        else if (text.Length > 4000) errors.Add((field, "Your statement must be 4,000 characters or fewer"));
    }

    /// <summary>
    /// One own action: what, who leads it, by when, and the commitment it delivers (one the pledge makes, or none).
    /// With <paramref name="today"/>, the date must not be in the past (a new or re-dated action).
    /// </summary>
    public static List<(string Field, string Message)> CheckAction(ActionAnswers action, string prefix, IReadOnlyCollection<int> chosenCommitments, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(action);
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(action.What)) errors.Add(($"{prefix}.What", "Enter what your organisation will do"));
        else if (action.What.Trim().Length > 1000) errors.Add(($"{prefix}.What", "What you will do must be 1,000 characters or fewer"));
        if (string.IsNullOrWhiteSpace(action.Lead)) errors.Add(($"{prefix}.Lead", "Enter who leads this action, like Director of HR"));
        else if (action.Lead.Trim().Length > 200) errors.Add(($"{prefix}.Lead", "Who leads it must be 200 characters or fewer"));
        var (due, dueError) = action.DueDate.Parse("the date it will be done by");
        if (dueError is not null) errors.Add(($"{prefix}.DueDate", dueError));
        else if (today is { } t && due < t) errors.Add(($"{prefix}.DueDate", "The date it will be done by must be today or in the future"));
        if (action.CommitmentId is { } c && !chosenCommitments.Contains(c)) errors.Add(($"{prefix}.CommitmentId", "Select one of the commitments you are making, or none"));
        return errors;
    }

    private static void CheckWorkforce(WorkforceAnswers w, DateOnly today, List<(string, string)> errors)
    {
        if (w.IsEmpty) return;
        const string p = "Answers.Workforce";
        var (date, dateError) = w.AsAtDate.Parse("the date the figures are for");
        if (dateError is not null) errors.Add(($"{p}.AsAtDate", dateError));
        else if (date > today) errors.Add(($"{p}.AsAtDate", "The date the figures are for must be today or in the past"));
        int total = 0, minority = 0, senior = 0;
        if (!OrganisationDetails.TryParseCount(w.TotalStaff, out total)) errors.Add(($"{p}.TotalStaff", "Enter the total number of staff as a whole number, like 120"));
        if (!OrganisationDetails.TryParseCount(w.MinorityEthnicStaff, out minority)) errors.Add(($"{p}.MinorityEthnicStaff", "Enter the number of staff from Black, Asian and minority ethnic backgrounds as a whole number"));
        else if (minority > total) errors.Add(($"{p}.MinorityEthnicStaff", "Staff from Black, Asian and minority ethnic backgrounds cannot be more than the total number of staff"));
        var hasSenior = !string.IsNullOrWhiteSpace(w.SeniorStaff);
        if (hasSenior && !OrganisationDetails.TryParseCount(w.SeniorStaff, out senior)) errors.Add(($"{p}.SeniorStaff", "Enter the number of staff in senior roles as a whole number"));
        else if (hasSenior && senior > total) errors.Add(($"{p}.SeniorStaff", "Staff in senior roles cannot be more than the total number of staff"));
        if (!string.IsNullOrWhiteSpace(w.MinorityEthnicSeniorStaff))
        {
            if (!hasSenior) errors.Add(($"{p}.SeniorStaff", "Enter the number of staff in senior roles"));
            else if (!OrganisationDetails.TryParseCount(w.MinorityEthnicSeniorStaff, out var minoritySenior)) errors.Add(($"{p}.MinorityEthnicSeniorStaff", "Enter the number of senior staff from Black, Asian and minority ethnic backgrounds as a whole number"));
            else if (minoritySenior > senior) errors.Add(($"{p}.MinorityEthnicSeniorStaff", "Senior staff from Black, Asian and minority ethnic backgrounds cannot be more than the staff in senior roles"));
        }
    }
}
