using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Pledge.Sign;

/// <summary>
/// Turns a finished sign-up journey into a pledge waiting for its contact to confirm their email address, and
/// sends the confirmation link, all in one transaction.
/// </summary>
public sealed class PledgeSubmission(
    PledgeDbContext db, SignatoryTokens tokens, EmailOutbox outbox, PledgeWorkflow workflow, SiteClock clock, IOptions<EmailOptions> email,
    SqliteWriteGate writeGate)
{
    public async Task<Core.Entities.Pledge> SubmitAsync(SignUpJourney journey, SignUpAnswers a, IReadOnlyList<Commitment> commitments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(a);
        var now = clock.GetUtcNow().UtcDateTime;
        var website = string.IsNullOrWhiteSpace(a.Website) ? null : OrganisationDetails.ParseWebsite(a.Website);
        var pledge = new Core.Entities.Pledge
        {
            Reference = "", // set below, once this submission has the write gate
            Slug = "",
            OrganisationName = a.OrganisationName!.Trim(),
            OrganisationType = Enum.Parse<OrganisationType>(a.OrganisationType!),
            Sector = a.Sector,
            SizeBand = a.SizeBand,
            CompanyNumber = string.IsNullOrWhiteSpace(a.CompanyNumber) ? null : OrganisationDetails.NormaliseCompanyNumber(a.CompanyNumber),
            CharityNumber = string.IsNullOrWhiteSpace(a.CharityNumber) ? null : OrganisationDetails.NormaliseCharityNumber(a.CharityNumber),
            Website = website?.ToString(),
            WebsiteDomain = website is null ? null : OrganisationDetails.WebsiteDomain(website),
            AddressLine1 = a.AddressLine1?.Trim(),
            AddressLine2 = string.IsNullOrWhiteSpace(a.AddressLine2) ? null : a.AddressLine2.Trim(),
            Town = a.Town?.Trim(),
            Postcode = OrganisationDetails.NormalisePostcode(a.Postcode ?? ""),
            LogoId = a.LogoId is { } logoId && await db.Set<PledgeLogo>().AnyAsync(l => l.Id == logoId, cancellationToken) ? logoId : null,
            ConsentToPublish = a.ConsentToPublish == "yes",
            DeclarationAcceptedUtc = now,
            Status = PledgeStatus.AwaitingConfirmation,
            CreatedUtc = journey.CreatedUtc,
            SubmittedUtc = now,
        };
        var contact = Person(a.Contact, ContactRole.MainContact, now);
        pledge.Contacts.Add(contact);
        pledge.Contacts.Add(Person(a.Sponsor, ContactRole.SeniorSponsor, now));
        foreach (var commitment in a.Chosen(commitments))
            pledge.Commitments.Add(new PledgeCommitment { CommitmentId = commitment.Id, AddedUtc = now });
        pledge.Statement = a.Statement!.Trim();
        var order = 0;
        foreach (var action in a.Actions)
        {
            pledge.OwnActions.Add(new OwnAction
            {
                What = action.What!.Trim(),
                Lead = action.Lead!.Trim(),
                // Checked on the actions page and again on check-your-answers; a failure here is a bug.
                DueDate = action.DueDate.Parse("date").Date ?? throw new InvalidOperationException("An action's date was not checked before submission."),
                CommitmentId = action.CommitmentId,
                SortOrder = order += 10,
                CreatedUtc = now,
                UpdatedUtc = now,
            });
        }
        order = 0;
        foreach (var t in a.Targets)
        {
            // Checked on the targets page and again on check-your-answers; a failure here is a bug.
            if (!OrganisationDetails.TryParseNumber(t.BaselineValue, out var baseline) || !OrganisationDetails.TryParseNumber(t.TargetValue, out var target))
                throw new InvalidOperationException("A target's values were not checked before submission.");
            pledge.Targets.Add(new Target
            {
                Measure = t.Measure!.Trim(),
                Unit = t.Unit!.Trim(),
                BaselineValue = baseline,
                BaselineDate = t.BaselineDate.Parse("date").Date!.Value,
                TargetValue = target,
                TargetDate = t.TargetDate.Parse("date").Date!.Value,
                CommitmentId = t.CommitmentId,
                IsPublic = t.IsPublic == "yes",
                SortOrder = order += 10,
                CreatedUtc = now,
                UpdatedUtc = now,
            });
        }
        if (!a.Workforce.IsEmpty)
        {
            var w = a.Workforce;
            if (!OrganisationDetails.TryParseCount(w.TotalStaff, out var total) || !OrganisationDetails.TryParseCount(w.MinorityEthnicStaff, out var minority))
                throw new InvalidOperationException("The workforce figures were not checked before submission.");
            pledge.WorkforceFigures.Add(new WorkforceFigures
            {
                AsAtDate = w.AsAtDate.Parse("date").Date!.Value,
                TotalStaff = total,
                MinorityEthnicStaff = minority,
                SeniorStaff = OrganisationDetails.TryParseCount(w.SeniorStaff, out var senior) ? senior : null,
                MinorityEthnicSeniorStaff = OrganisationDetails.TryParseCount(w.MinorityEthnicSeniorStaff, out var minoritySenior) ? minoritySenior : null,
                IsPublic = pledge.ConsentToPublish,
                CreatedUtc = now,
            });
        }

        db.Set<Core.Entities.Pledge>().Add(pledge);
        workflow.Record(pledge, null, PledgeStatus.AwaitingConfirmation, new PledgeActor($"{contact.Name} ({pledge.OrganisationName})", HistoryActorKind.Organisation), "Signed and submitted");
        var token = tokens.Issue(contact, SignatoryTokenPurpose.ConfirmEmail);
        // The journey points at the new pledge in the same save (EF fills in the generated id).
        journey.Pledge = pledge;
        journey.UpdatedUtc = now;

        await EnsureReferenceCounterAsync(now.Year, cancellationToken);
        // One submission at a time writes (the reference number and slug must be free): queue here, not in SQLite,
        // and keep the work done while holding the gate small.
        using var gate = await writeGate.EnterAsync(db, cancellationToken);
        // A retry after a transient failure runs all of it again.
        OutboxMessage? confirmation = null;
        db.Database.AutoSavepointsEnabled = false; // one save in the transaction: nothing to roll back to part-way
        await db.InTransactionAsync(async ct =>
        {
            pledge.Reference = await NextReferenceAsync(now.Year, ct);
            pledge.Slug = await UniqueSlugAsync(pledge.OrganisationName, ct);
            if (confirmation is not null) db.Remove(confirmation); // from an attempt that was rolled back
            var baseUrl = email.Value.PublicBaseUrl.TrimEnd('/');
            confirmation = outbox.Enqueue(new EmailTemplate($"Confirm your email address for pledge {pledge.Reference}", contact.Name)
                .Paragraph($"Thank you for signing the Tower Hamlets Anti-Racist Pledge for {pledge.OrganisationName}.")
                .Paragraph("Confirm your email address so that the Race Equality Network can review your pledge. The link works for 72 hours.")
                .Link("Confirm your email address", $"{baseUrl}/pledge/confirm-email?token={token}")
                .Details([("Reference", pledge.Reference), ("Organisation", pledge.OrganisationName)])
                .Paragraph("If you did not sign the pledge, you can ignore this email.")
                .To(contact.Email, contact.Name, "pledge-confirm-email"));
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
        }, cancellationToken);
        db.ChangeTracker.AcceptAllChanges();
        return pledge;
    }

    private static PledgeContact Person(PersonAnswers p, ContactRole role, DateTime now) => new()
    {
        Role = role,
        Name = p.Name!.Trim(),
        JobTitle = p.JobTitle?.Trim(),
        Email = p.Email!.Trim().ToLowerInvariant(),
        Phone = string.IsNullOrWhiteSpace(p.Phone) ? null : p.Phone.Trim(),
        CreatedUtc = now,
    };

    /// <summary>
    /// The year's next reference ("ARP-2026-0043"), from its counter row: incremented inside the submitting
    /// transaction, so it holds the row (SQL Server) or the database (SQLite) until commit and no two submissions get
    /// the same number.
    /// </summary>
    private async Task<string> NextReferenceAsync(int year, CancellationToken cancellationToken)
    {
        var counters = db.Set<PledgeReferenceCounter>();
        var counted = await counters.Where(c => c.Year == year)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastNumber, c => c.LastNumber + 1), cancellationToken);
        if (counted != 1) throw new InvalidOperationException($"No reference counter for {year}.");
        var next = await counters.Where(c => c.Year == year).Select(c => c.LastNumber).SingleAsync(cancellationToken);
        return ReferencePrefix(year) + next.ToString("0000", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Makes sure the year has a counter row before the submitting transaction starts: the first pledge of a year starts
    /// it after the highest reference already given. Two instances doing this at once both insert; the second insert
    /// fails on the key and is ignored, so neither submission fails and each then takes its own number.
    /// </summary>
    private async Task EnsureReferenceCounterAsync(int year, CancellationToken cancellationToken)
    {
        var counters = db.Set<PledgeReferenceCounter>();
        if (await counters.AnyAsync(c => c.Year == year, cancellationToken)) return;
        var highest = await HighestReferenceNumberAsync(year, cancellationToken);
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(typeof(PledgeReferenceCounter))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        // Identifiers from the model, delimited by the provider; the values are parameters.
        var insert = "INSERT INTO " + sql.DelimitIdentifier(table.Name, table.Schema)
            + " (" + Column(nameof(PledgeReferenceCounter.Year)) + ", " + Column(nameof(PledgeReferenceCounter.LastNumber)) + ") VALUES ({0}, {1})";
        try
        {
            await db.Database.ExecuteSqlRawAsync(insert, [year, highest], cancellationToken);
        }
        catch (System.Data.Common.DbException)
        {
            // Another instance started the year's counter first: fine. Anything else is a real failure.
            if (!await counters.AnyAsync(c => c.Year == year, cancellationToken)) throw;
        }
    }

    private static string ReferencePrefix(int year) => $"ARP-{year}-";

    private async Task<int> HighestReferenceNumberAsync(int year, CancellationToken cancellationToken)
    {
        // This year's references are the index range from "ARP-2026-" up to (not including) "ARP-2026." ('.' follows
        // '-'); the highest number is the longest, then greatest, of them.
        var prefix = ReferencePrefix(year);
        var end = $"ARP-{year}.";
        var latest = await db.Set<Core.Entities.Pledge>()
            .Where(p => p.Reference.CompareTo(prefix) >= 0 && p.Reference.CompareTo(end) < 0)
            .OrderByDescending(p => p.Reference.Length).ThenByDescending(p => p.Reference)
            .Select(p => p.Reference).FirstOrDefaultAsync(cancellationToken);
        return latest is not null && int.TryParse(latest[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private async Task<string> UniqueSlugAsync(string name, CancellationToken cancellationToken)
    {
        var slug = Slugify(name);
        // The slug itself and "slug-2", "slug-3"...: an index range on Slug ('.' follows '-').
        var from = slug + "-";
        var to = slug + ".";
        var taken = await db.Set<Core.Entities.Pledge>()
            .Where(p => p.Slug == slug || (p.Slug.CompareTo(from) > 0 && p.Slug.CompareTo(to) < 0))
            .Select(p => p.Slug).ToListAsync(cancellationToken);
        if (!taken.Contains(slug)) return slug;
        for (var i = 2; ; i++)
        {
            if (!taken.Contains($"{slug}-{i}")) return $"{slug}-{i}";
        }
    }

    /// <summary>Lower-case ASCII words joined by hyphens, for example "St Mary's C of E School" becomes "st-marys-c-of-e-school".</summary>
    public static string Slugify(string name)
    {
        var normalised = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        var hyphen = false;
        foreach (var ch in normalised)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark || ch is '\'' or '’') continue;
            if (char.IsAsciiLetterOrDigit(ch))
            {
                builder.Append(char.ToLowerInvariant(ch));
                hyphen = false;
            }
            else if (!hyphen && builder.Length > 0)
            {
                builder.Append('-');
                hyphen = true;
            }
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > 100) slug = slug[..100].Trim('-');
        return slug.Length == 0 ? "organisation" : slug;
    }
}
