using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Suppliers;

/// <summary>Starts, saves and submits declaration journeys, and verifies the pledge a supplier claims.</summary>
public sealed class SupplierDeclarations(PledgeDbContext db, EmailOutbox outbox, SiteClock clock, IOptions<EmailOptions> email)
{
    private const string ReferenceAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<SupplierDeclarationDraft> StartAsync(DeclarationAnswers? answers = null, int? supersedes = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new SupplierDeclarationDraft { Id = Guid.NewGuid(), CreatedUtc = now, UpdatedUtc = now, SupersedesDeclarationId = supersedes };
        (answers ?? new DeclarationAnswers()).SaveTo(draft);
        db.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    public Task<SupplierDeclarationDraft?> FindDraftAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<SupplierDeclarationDraft>().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public async Task SaveAsync(SupplierDeclarationDraft draft, DeclarationAnswers answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(answers);
        answers.SaveTo(draft);
        draft.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The active commitments of the pledge catalogue, which a declaration says the contract serves.</summary>
    public async Task<IReadOnlyList<(string Code, string Title)>> CommitmentOptionsAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<Commitment>().AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.SortOrder).ThenBy(c => c.Code)
            .Select(c => new { c.Code, c.Title }).ToListAsync(cancellationToken))
        .Select(c => (c.Code, c.Title)).ToList();

    /// <summary>Approved pledges for the directory picker.</summary>
    public async Task<IReadOnlyList<(string Reference, string Name)>> ApprovedPledgesAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<Pledge>().AsNoTracking().Where(p => p.Status == PledgeStatus.Approved)
            .OrderBy(p => p.OrganisationName).Select(p => new { p.Reference, p.OrganisationName }).ToListAsync(cancellationToken))
        .Select(p => (p.Reference, p.OrganisationName)).ToList();

    /// <summary>The approved pledge with this reference, or the message that says why it cannot be used.</summary>
    public async Task<(Pledge? Pledge, string? Error)> VerifyPledgeAsync(string? reference, CancellationToken cancellationToken = default)
    {
        var normalised = (reference ?? "").Trim().ToUpperInvariant();
        if (normalised.Length == 0) return (null, "Choose your organisation from the list or enter your pledge reference");
        var pledge = await db.Set<Pledge>().AsNoTracking().FirstOrDefaultAsync(p => p.Reference == normalised, cancellationToken);
        if (pledge is null)
            return (null, $"We cannot find a pledge with the reference {normalised}. Check the reference on your pledge confirmation email, or choose your organisation from the list");
        if (pledge.Status != PledgeStatus.Approved)
            return (null, $"Pledge {normalised} has not been approved, so you cannot declare it as signed yet. Choose 'We will sign the pledge by a date' instead");
        return (pledge, null);
    }

    /// <summary>
    /// Turns a completed journey into a declaration: checks the answers again, records the supplier, supersedes the
    /// declaration being corrected, and emails the accountable person a confirmation with the reference.
    /// </summary>
    public async Task<(SupplierDeclaration? Declaration, string? Error, string? MissingStep)> SubmitAsync(SupplierDeclarationDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.SubmittedDeclarationId is { } done)
            return (await db.Set<SupplierDeclaration>().FirstAsync(d => d.Id == done, cancellationToken), null, null);
        var a = DeclarationAnswers.From(draft);
        var commitmentsOffered = (await CommitmentOptionsAsync(cancellationToken)).Count > 0;
        var missing = DeclarationSteps.For(a, commitmentsOffered).FirstOrDefault(s => !DeclarationSteps.IsAnswered(a, s));
        if (missing is not null) return (null, null, missing);

        var now = clock.GetUtcNow().UtcDateTime;
        PledgeStanding? standing = null;
        if (a.PledgeStatus == DeclaredPledgeStatus.HasSigned)
        {
            var (pledge, error) = await VerifyPledgeAsync(a.PledgeReference, cancellationToken);
            if (error is not null) return (null, error, DeclarationSteps.Pledge);
            standing = pledge!.StandingAt(now);
        }

        SupplierDeclaration? previous = null;
        if (draft.SupersedesDeclarationId is { } oldId)
        {
            previous = await db.Set<SupplierDeclaration>().FirstAsync(d => d.Id == oldId, cancellationToken);
            if (previous.SupersededById is not null)
                return (null, $"Declaration {previous.Reference} has already been corrected. Start a correction from the latest version", null);
        }

        var number = CompanyNumbers.Normalise(a.CompanyNumber);
        var supplier = await db.Set<Supplier>().FirstOrDefaultAsync(s => s.CompanyNumber == number, cancellationToken);
        if (supplier is null)
        {
            supplier = new Supplier { CompanyNumber = number, CreatedUtc = now };
            db.Add(supplier);
        }
        supplier.Name = a.SupplierName!.Trim();
        supplier.Address = a.Address;
        supplier.UpdatedUtc = now;

        var declaration = new SupplierDeclaration
        {
            Reference = await NewReferenceAsync(now, cancellationToken),
            Supplier = supplier,
            SupplierName = supplier.Name,
            CompanyNumber = number,
            Address = a.Address,
            ContractReference = a.ContractReference!.Trim().ToUpperInvariant(),
            ContractTitle = a.ContractTitle!.Trim(),
            ValueBand = a.ValueBand!.Value,
            Stage = a.Stage!.Value,
            PledgeStatus = a.PledgeStatus!.Value,
            PledgeReference = a.PledgeStatus == DeclaredPledgeStatus.HasSigned ? a.PledgeReference!.Trim().ToUpperInvariant() : null,
            PledgeStandingWhenDeclared = standing,
            WillSignBy = a.PledgeStatus == DeclaredPledgeStatus.WillSign ? a.WillSignBy : null,
            WillNotReason = a.PledgeStatus == DeclaredPledgeStatus.WillNotSign ? a.WillNotReason!.Trim() : null,
            Advancement = a.Advancement!.Trim(),
            CommitmentCodes = a.CommitmentCodes is { Count: > 0 } codes ? string.Join(',', codes) : null,
            TotalStaff = a.TotalStaff,
            MinorityEthnicStaff = a.MinorityEthnicStaff,
            MinorityEthnicLeaders = a.MinorityEthnicLeaders,
            AccountableName = a.AccountableName!.Trim(),
            AccountableRole = a.AccountableRole!.Trim(),
            AccountableEmail = a.AccountableEmail!.Trim(),
            SignedName = a.SignedName!.Trim(),
            SubmittedUtc = now,
            SupersedesId = previous?.Id,
        };
        db.Add(declaration);

        var template = new EmailTemplate($"Supplier declaration received: {declaration.Reference}", declaration.AccountableName)
            .Paragraph($"Thank you. We have received {declaration.SupplierName}'s Anti-Racist Pledge declaration for contract {declaration.ContractReference}.")
            .Details([
                ("Declaration reference", declaration.Reference),
                ("Contract", $"{declaration.ContractReference}: {declaration.ContractTitle}"),
                ("Stage", SupplierText.Stage(declaration.Stage)),
                ("Pledge", SupplierText.PledgeStatus(declaration.PledgeStatus) + (declaration.PledgeReference is null ? "" : $" ({declaration.PledgeReference})")),
            ]);
        if (previous is not null) template.Paragraph($"This declaration corrects and replaces declaration {previous.Reference}, which we keep on record.");
        template.Paragraph("A declaration cannot be changed once submitted. If something in it is wrong, submit a correction with this reference:")
            .Link("Correct a declaration", email.Value.PublicBaseUrl.TrimEnd('/') + "/suppliers/declaration/correct");
        outbox.Enqueue(template.To(declaration.AccountableEmail, declaration.AccountableName, "supplier-declaration"));

        if (previous is not null)
        {
            previous.SupersededBy = declaration;
            previous.SupersededUtc = now;
        }
        draft.SubmittedDeclaration = declaration;
        draft.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return (declaration, null, null);
    }

    /// <summary>
    /// Starts a correction when the reference and the accountable person's email match, by emailing that person a
    /// link to a new journey filled with the declaration's answers. Says nothing about whether they matched.
    /// </summary>
    public async Task RequestCorrectionAsync(string reference, string emailAddress, CancellationToken cancellationToken = default)
    {
        var normalised = (reference ?? "").Trim().ToUpperInvariant();
        var address = (emailAddress ?? "").Trim();
        var declaration = await db.Set<SupplierDeclaration>().AsNoTracking().FirstOrDefaultAsync(d => d.Reference == normalised, cancellationToken);
        if (declaration is null || declaration.SupersededById is not null
            || !string.Equals(declaration.AccountableEmail, address, StringComparison.OrdinalIgnoreCase))
            return;
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new SupplierDeclarationDraft { Id = Guid.NewGuid(), CreatedUtc = now, UpdatedUtc = now, SupersedesDeclarationId = declaration.Id };
        DeclarationAnswers.From(declaration).SaveTo(draft);
        db.Add(draft);
        outbox.Enqueue(new EmailTemplate($"Correct supplier declaration {declaration.Reference}", declaration.AccountableName)
            .Paragraph($"You asked to correct declaration {declaration.Reference} for contract {declaration.ContractReference}. Use this link to check and change the answers, then sign the statement again. The corrected declaration replaces the old one; both are kept.")
            .Link("Correct the declaration", $"{email.Value.PublicBaseUrl.TrimEnd('/')}/suppliers/declaration/{draft.Id}/check-answers")
            .Paragraph("If you did not ask for this, you can ignore this email.")
            .To(declaration.AccountableEmail, declaration.AccountableName, "supplier-declaration-correction"));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<string> NewReferenceAsync(DateTime now, CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = string.Create(6, 0, (span, _) =>
            {
                for (var i = 0; i < span.Length; i++) span[i] = ReferenceAlphabet[RandomNumberGenerator.GetInt32(ReferenceAlphabet.Length)];
            });
            var reference = $"SD-{now.Year.ToString(CultureInfo.InvariantCulture)}-{code}";
            if (!await db.Set<SupplierDeclaration>().AnyAsync(d => d.Reference == reference, cancellationToken)) return reference;
        }
    }
}
