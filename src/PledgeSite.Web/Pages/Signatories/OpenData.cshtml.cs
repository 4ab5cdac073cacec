using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Email;
using PledgeSite.Core.Signatories;

namespace PledgeSite.Web.Pages.Signatories;

/// <summary>Open data: published signatories as JSON, paged, with the directory's filters plus <c>pageSize</c> (1 to 100).</summary>
[OutputCache(PolicyName = "Public", Tags = [SignatoriesFeature.CacheTag])]
[IgnoreAntiforgeryToken]
public sealed class OpenDataModel(SignatoryDirectory directory, IOptions<EmailOptions> email) : PageModel
{
    public const int DefaultPageSize = 50;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    [FromQuery] public SignatoryQuery Query { get; set; } = new();
    [FromQuery(Name = "pageSize")] public string? PageSize { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        OpenDataHeaders.AllowAnyOrigin(Response);
        var size = int.TryParse(PageSize, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, SignatoryDirectory.MaxPageSize) : DefaultPageSize;
        var results = await directory.SearchAsync(Query.ToFilter(), Query.PageNumber, size, cancellationToken);
        var baseUrl = email.Value.PublicBaseUrl.TrimEnd('/');
        var details = await directory.DetailsAsync(results.Items.Select(s => s.Id).ToList(), cancellationToken);
        var items = results.Items.Select(s => OpenDataSignatory.From(s, details[s.Id], baseUrl)).ToList();
        string? Link(int page) => page < 1 || page > results.TotalPages ? null : PageLink(page, size);
        var body = new OpenDataPage(results.Page, results.PageSize, results.TotalItems, results.TotalPages,
            Link(results.Page + 1), Link(results.Page - 1), items);
        var json = JsonSerializer.Serialize(body, Json);
        if (PublicCaching.NotModified(HttpContext, json)) return StatusCode(StatusCodes.Status304NotModified);
        return Content(json, "application/json; charset=utf-8");
    }

    public IActionResult OnOptions()
    {
        OpenDataHeaders.AllowAnyOrigin(Response);
        return new NoContentResult();
    }

    private string PageLink(int page, int size)
    {
        var query = Request.Query.Where(q => q.Key is not ("page" or "pageSize"))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("page", page.ToString(CultureInfo.InvariantCulture)))
            .Append(new("pageSize", size.ToString(CultureInfo.InvariantCulture)));
        return "/api/v1/signatories" + QueryString.Create(query).ToUriComponent();
    }
}
