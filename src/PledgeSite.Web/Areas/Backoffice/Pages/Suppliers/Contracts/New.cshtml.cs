using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Suppliers.Contracts;

/// <summary>Adds one contract to the register by hand.</summary>
[Authorize(Policy = StaffPolicies.ProcurementOfficer)]
public class NewModel(ContractRegister register, PledgeDbContext db) : PageModel
{
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? SupplierName { get; set; }
    [BindProperty] public string? CompanyNumber { get; set; }
    [BindProperty] public DateParts StartDate { get; set; } = new();
    [BindProperty] public DateParts EndDate { get; set; } = new();
    [BindProperty] public string? MonitoringCycleMonths { get; set; } = "12";
    [BindProperty] public string? OfficerEmail { get; set; }
    [BindProperty] public string? SupplierContactEmail { get; set; }

    public void OnGet() => OfficerEmail = User.Identity?.Name;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (start, startError) = StartDate.Parse("the start date");
        var (end, endError) = EndDate.Parse("the end date");
        if (startError is not null) ModelState.AddModelError(nameof(StartDate), startError);
        if (endError is not null) ModelState.AddModelError(nameof(EndDate), endError);
        var errors = new List<(string Field, string Message)>();
        var contract = ContractRegister.Check(new ContractInput
        {
            Reference = Reference, Title = Title, SupplierName = SupplierName, CompanyNumber = CompanyNumber,
            StartDate = start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "2000-01-01",
            EndDate = end?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "2100-01-01",
            MonitoringCycleMonths = MonitoringCycleMonths, OfficerEmail = OfficerEmail, SupplierContactEmail = SupplierContactEmail,
        }, errors);
        foreach (var (field, message) in errors)
            if (!ModelState.ContainsKey(field) || ModelState[field]!.Errors.Count == 0) ModelState.AddModelError(field, message);
        if (contract is not null && await db.Set<SupplierContract>().AnyAsync(c => c.Reference == contract.Reference, cancellationToken))
            ModelState.AddModelError(nameof(Reference), $"Contract reference {contract.Reference} is already in the register");
        if (!ModelState.IsValid || contract is null) return Page();
        await register.AddAsync([contract], User.Identity?.Name ?? "", cancellationToken);
        return Redirect("/backoffice/suppliers/contracts?added=1");
    }
}
