using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Email;
using PledgeSite.Core.Signatories;

namespace PledgeSite.Web.Pages.Signatories;

/// <summary>Open data: every published signatory matching the directory's filters, as one CSV file.</summary>
[OutputCache(PolicyName = "Public", Tags = [SignatoriesFeature.CacheTag])]
[IgnoreAntiforgeryToken]
public sealed class OpenDataCsvModel(SignatoryDirectory directory, IOptions<EmailOptions> email) : PageModel
{
    [FromQuery] public SignatoryQuery Query { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        OpenDataHeaders.AllowAnyOrigin(Response);
        var baseUrl = email.Value.PublicBaseUrl.TrimEnd('/');
        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        await using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader(OpenDataCsvRow.Header);
            var rows = await directory.AllAsync(Query.ToFilter(), cancellationToken);
            // Commitments and targets in batches, so 10,000 signatories cost a few dozen queries, not 10,000.
            foreach (var chunk in rows.Chunk(500))
            {
                var details = await directory.DetailsAsync(chunk.Select(s => s.Id).ToList(), cancellationToken);
                foreach (var s in chunk) csv.WriteRecord(OpenDataCsvRow.Fields(OpenDataSignatory.From(s, details[s.Id], baseUrl)));
            }
        }
        var bytes = buffer.ToArray();
        if (PublicCaching.NotModified(HttpContext, Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes))))
            return StatusCode(StatusCodes.Status304NotModified);
        return File(bytes, "text/csv; charset=utf-8", "anti-racist-pledge-signatories.csv");
    }
}

/// <summary>A CSV line: the JSON item flattened, dates as yyyy-MM-dd, lists separated by semicolons.</summary>
public static class OpenDataCsvRow
{
    public static readonly string[] Header =
    [
        "Reference", "Name", "Url", "OrganisationType", "Sector", "SizeBand", "CompanyNumber", "CharityNumber", "Website",
        "SignedOn", "Standing", "NextReportDue", "Commitments", "PublicTargets",
    ];

    public static string?[] Fields(OpenDataSignatory s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return
        [
            s.Reference, s.Name, s.Url, s.OrganisationType, s.Sector, s.SizeBand, s.CompanyNumber, s.CharityNumber, s.Website,
            s.SignedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), s.Standing,
            s.NextReportDue?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.Join(';', s.Commitments.Select(c => c.Code)),
            s.Targets.Count.ToString(CultureInfo.InvariantCulture),
        ];
    }
}
