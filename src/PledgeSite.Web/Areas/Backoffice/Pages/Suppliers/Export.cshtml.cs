using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Suppliers;

/// <summary>CSV downloads: every declaration (superseded ones included), and the flags dashboard as it is now.</summary>
[Authorize(Policy = StaffPolicies.ProcurementOfficer)]
public class ExportModel(PledgeDbContext db, SupplierChecks checks, SiteClock clock) : PageModel
{
    [FromRoute] public string What { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Cells that start with = + - @ are escaped so a spreadsheet does not run them as formulas.
        await using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            switch (What)
            {
                case "declarations":
                    await WriteDeclarationsAsync(csv, cancellationToken);
                    break;
                case "flags":
                    await WriteFlagsAsync(csv, cancellationToken);
                    break;
                default:
                    return NotFound();
            }
            await csv.FlushAsync(cancellationToken);
        }
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", $"supplier-{What}-{stamp}.csv");
    }

    private static string Utc(DateTime? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private async Task WriteDeclarationsAsync(CsvWriter csv, CancellationToken cancellationToken)
    {
        csv.WriteHeader(["reference", "submitted_utc", "supplier_name", "company_number", "contract_reference", "contract_title", "value_band", "stage",
            "pledge_status", "pledge_reference", "will_sign_by", "will_not_reason", "advancement", "commitments", "total_staff", "minority_ethnic_staff",
            "minority_ethnic_leaders", "accountable_name", "accountable_role", "accountable_email", "signed_name", "supersedes", "superseded_by", "current"]);
        var rows = await db.Set<SupplierDeclaration>().AsNoTracking().Include(d => d.Supersedes).Include(d => d.SupersededBy)
            .OrderBy(d => d.SubmittedUtc).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        foreach (var d in rows)
        {
            csv.WriteRecord([d.Reference, Utc(d.SubmittedUtc), d.SupplierName, d.CompanyNumber, d.ContractReference, d.ContractTitle, SupplierText.ValueBand(d.ValueBand),
                SupplierText.Stage(d.Stage), d.PledgeStatus.ToString(), d.PledgeReference ?? "", d.WillSignBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                d.WillNotReason ?? "", d.Advancement, d.CommitmentCodes ?? "", Number(d.TotalStaff), Number(d.MinorityEthnicStaff), Number(d.MinorityEthnicLeaders),
                d.AccountableName, d.AccountableRole, d.AccountableEmail, d.SignedName, d.Supersedes?.Reference ?? "", d.SupersededBy?.Reference ?? "",
                d.SupersededById is null ? "yes" : "no"]);
        }
    }

    private async Task WriteFlagsAsync(CsvWriter csv, CancellationToken cancellationToken)
    {
        csv.WriteHeader(["supplier_name", "company_number", "pledge_reference", "pledge_status", "flag", "contract_reference", "declaration_reference", "detail"]);
        foreach (var check in await checks.WithOpenFlagsAsync(cancellationToken))
        {
            foreach (var flag in check.Flags)
            {
                csv.WriteRecord([check.Supplier.Name, check.Supplier.CompanyNumber, check.Pledge?.Reference ?? "", SupplierText.Standing(check.Standing),
                    flag.Title, flag.ContractReference, flag.DeclarationReference, flag.Message]);
            }
        }
    }
}
