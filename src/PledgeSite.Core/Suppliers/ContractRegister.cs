using System.Globalization;
using System.Net.Mail;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Suppliers;

/// <summary>A contract as entered by hand or read from one line of a CSV file, before it is checked.</summary>
public sealed class ContractInput
{
    public string? Reference { get; set; }
    public string? Title { get; set; }
    public string? SupplierName { get; set; }
    public string? CompanyNumber { get; set; }
    public string? StartDate { get; set; }
    public string? EndDate { get; set; }
    public string? MonitoringCycleMonths { get; set; }
    public string? OfficerEmail { get; set; }
    public string? SupplierContactEmail { get; set; }
}

/// <summary>A contract that passed every check, ready to record.</summary>
public sealed record ValidContract(string Reference, string Title, string SupplierName, string CompanyNumber, DateOnly StartDate, DateOnly EndDate,
    int MonitoringCycleMonths, string OfficerEmail, string SupplierContactEmail);

/// <summary>One problem with one line of an upload: the line number as a spreadsheet shows it (the header is line 1).</summary>
public sealed record ContractLineError(int Line, string Field, string Message);

public sealed record ContractUploadCheck(IReadOnlyList<ValidContract> Contracts, IReadOnlyList<ContractLineError> Errors)
{
    public bool CanApply => Errors.Count == 0 && Contracts.Count > 0;
}

/// <summary>The contract register: records contracts by hand or from a CSV file, checked line by line, all or nothing.</summary>
public sealed class ContractRegister(PledgeDbContext db, SiteClock clock)
{
    public static readonly string[] CsvColumns =
        ["reference", "title", "supplier_name", "company_number", "start_date", "end_date", "monitoring_cycle_months", "officer_email", "supplier_contact_email"];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    /// <summary>Checks one contract; <paramref name="fieldErrors"/> gets (field, message) pairs for each problem.</summary>
    public static ValidContract? Check(ContractInput input, List<(string Field, string Message)> fieldErrors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fieldErrors);
        string Required(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value)) fieldErrors.Add((field, message));
            return value?.Trim() ?? "";
        }
        var reference = Required(input.Reference, nameof(input.Reference), "Enter the contract reference").ToUpperInvariant();
        if (reference.Length > 50) fieldErrors.Add((nameof(input.Reference), "Contract reference must be 50 characters or fewer"));
        var title = Required(input.Title, nameof(input.Title), "Enter the contract title");
        if (title.Length > 200) fieldErrors.Add((nameof(input.Title), "Contract title must be 200 characters or fewer"));
        var supplierName = Required(input.SupplierName, nameof(input.SupplierName), "Enter the supplier's name");
        var number = CompanyNumbers.Normalise(input.CompanyNumber);
        if (number.Length == 0) fieldErrors.Add((nameof(input.CompanyNumber), "Enter the supplier's Companies House number"));
        else if (!CompanyNumbers.IsValid(number)) fieldErrors.Add((nameof(input.CompanyNumber), "Companies House number must be 8 characters, like 01234567 or SC123456"));
        var start = Date(input.StartDate, nameof(input.StartDate), "start date", fieldErrors);
        var end = Date(input.EndDate, nameof(input.EndDate), "end date", fieldErrors);
        if (start is not null && end is not null && end <= start) fieldErrors.Add((nameof(input.EndDate), "End date must be after the start date"));
        var cycle = 0;
        if (string.IsNullOrWhiteSpace(input.MonitoringCycleMonths)) fieldErrors.Add((nameof(input.MonitoringCycleMonths), "Enter the monitoring cycle in months"));
        else if (!int.TryParse(input.MonitoringCycleMonths.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out cycle) || cycle is < 1 or > 60)
            fieldErrors.Add((nameof(input.MonitoringCycleMonths), "Monitoring cycle must be a whole number of months from 1 to 60"));
        var officer = Email(input.OfficerEmail, nameof(input.OfficerEmail), "the contract officer's email address", fieldErrors);
        var contact = Email(input.SupplierContactEmail, nameof(input.SupplierContactEmail), "the supplier contact's email address", fieldErrors);
        return fieldErrors.Count > 0 ? null
            : new ValidContract(reference, title, supplierName, number, start!.Value, end!.Value, cycle, officer, contact);
    }

    private static DateOnly? Date(string? value, string field, string what, List<(string, string)> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) { errors.Add((field, $"Enter the {what}")); return null; }
        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add((field, $"The {what} must be a real date, like 2027-04-01"));
        return null;
    }

    private static string Email(string? value, string field, string what, List<(string, string)> errors)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0) errors.Add((field, $"Enter {what}"));
        else if (!IsEmail(trimmed)) errors.Add((field, $"Enter {what} in the correct format, like name@example.com"));
        return trimmed;
    }

    public static bool IsEmail(string value) =>
        value.Length <= 320 && MailAddress.TryCreate(value, out var parsed) && parsed.Address == value && value.Contains('.', StringComparison.Ordinal);

    /// <summary>Reads and checks every line of a CSV upload. Nothing is saved.</summary>
    public async Task<ContractUploadCheck> CheckCsvAsync(string csv, CancellationToken cancellationToken = default)
    {
        var errors = new List<ContractLineError>();
        var contracts = new List<(int Line, ValidContract Contract)>();
        using var parser = CsvReader.Create(new StringReader(csv ?? ""), new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true }, false);
        parser.ReadHeader();
        var headers = parser.Headers.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
        if (headers.All(string.IsNullOrEmpty))
            return new([], [new(1, "file", "The file is empty. The first line must name the columns: " + string.Join(",", CsvColumns))]);
        var missingColumns = CsvColumns.Where(c => !headers.Contains(c)).ToList();
        if (missingColumns.Count > 0)
            return new([], [new(1, "header", "The first line must name the columns " + string.Join(",", CsvColumns) + $". Missing: {string.Join(", ", missingColumns)}")]);

        while (await parser.ReadAsync(cancellationToken))
        {
            var line = (int)parser.LineNumber;
            string Field(string name) => parser.TryGetFieldIndex(name, out var index) && index < parser.FieldCount ? parser.GetString(index) : "";
            if (Enumerable.Range(0, parser.FieldCount).All(parser.IsEmpty)) continue;
            var input = new ContractInput
            {
                Reference = Field("reference"),
                Title = Field("title"),
                SupplierName = Field("supplier_name"),
                CompanyNumber = Field("company_number"),
                StartDate = Field("start_date"),
                EndDate = Field("end_date"),
                MonitoringCycleMonths = Field("monitoring_cycle_months"),
                OfficerEmail = Field("officer_email"),
                SupplierContactEmail = Field("supplier_contact_email"),
            };
            var fieldErrors = new List<(string Field, string Message)>();
            var contract = Check(input, fieldErrors);
            errors.AddRange(fieldErrors.Select(e => new ContractLineError(line, ColumnName(e.Field), e.Message)));
            if (contract is not null) contracts.Add((line, contract));
        }

        foreach (var duplicate in contracts.GroupBy(c => c.Contract.Reference).Where(g => g.Count() > 1))
            foreach (var (line, c) in duplicate.Skip(1))
                errors.Add(new(line, "reference", $"Contract reference {c.Reference} appears more than once in the file (first on line {duplicate.First().Line})"));
        var references = contracts.Select(c => c.Contract.Reference).ToList();
        var existing = await db.Set<SupplierContract>().Where(c => references.Contains(c.Reference)).Select(c => c.Reference).ToListAsync(cancellationToken);
        foreach (var (line, c) in contracts.Where(c => existing.Contains(c.Contract.Reference)))
            errors.Add(new(line, "reference", $"Contract reference {c.Reference} is already in the register"));
        if (contracts.Count == 0 && errors.Count == 0) errors.Add(new(2, "file", "The file has no contracts below the header line"));
        return new(contracts.Select(c => c.Contract).ToList(), errors.OrderBy(e => e.Line).ToList());
    }

    private static string ColumnName(string field) => field switch
    {
        nameof(ContractInput.SupplierName) => "supplier_name",
        nameof(ContractInput.CompanyNumber) => "company_number",
        nameof(ContractInput.StartDate) => "start_date",
        nameof(ContractInput.EndDate) => "end_date",
        nameof(ContractInput.MonitoringCycleMonths) => "monitoring_cycle_months",
        nameof(ContractInput.OfficerEmail) => "officer_email",
        nameof(ContractInput.SupplierContactEmail) => "supplier_contact_email",
        _ => field.ToLowerInvariant(),
    };

    /// <summary>Records contracts in one save: all of them or none. Creates suppliers not yet known by company number.</summary>
    public async Task<IReadOnlyList<SupplierContract>> AddAsync(IReadOnlyList<ValidContract> contracts, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        var now = clock.GetUtcNow().UtcDateTime;
        var numbers = contracts.Select(c => c.CompanyNumber).Distinct().ToList();
        var suppliers = await db.Set<Supplier>().Where(s => numbers.Contains(s.CompanyNumber)).ToDictionaryAsync(s => s.CompanyNumber, cancellationToken);
        var added = new List<SupplierContract>();
        foreach (var c in contracts)
        {
            if (!suppliers.TryGetValue(c.CompanyNumber, out var supplier))
            {
                supplier = new Supplier { Name = c.SupplierName, CompanyNumber = c.CompanyNumber, CreatedUtc = now, UpdatedUtc = now };
                db.Add(supplier);
                suppliers[c.CompanyNumber] = supplier;
            }
            var contract = new SupplierContract
            {
                Reference = c.Reference, Title = c.Title, Supplier = supplier, StartDate = c.StartDate, EndDate = c.EndDate,
                MonitoringCycleMonths = c.MonitoringCycleMonths, OfficerEmail = c.OfficerEmail, SupplierContactEmail = c.SupplierContactEmail,
                CreatedUtc = now, CreatedBy = actor, UpdatedUtc = now,
            };
            db.Add(contract);
            added.Add(contract);
        }
        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
