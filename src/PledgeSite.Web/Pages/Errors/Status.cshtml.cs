using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PledgeSite.Web.Pages.Errors;

/// <summary>GOV.UK-style error pages, re-executed for 4xx status codes and unhandled exceptions. No stack traces.</summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public int Code { get; private set; }
    public string? RequestId { get; private set; }

    public string Heading => Code switch
    {
        404 => "Page not found",
        403 => "You do not have permission to view this page",
        400 => "Sorry, there is a problem with your request",
        _ => "Sorry, there is a problem with the service",
    };

    public IActionResult OnGet(int code) => Render(code);

    public IActionResult OnPost(int code) => Render(code);

    private PageResult Render(int code)
    {
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>();
        // Reached directly (not re-executed): show the page for that code, but never pretend success.
        Code = code is >= 400 and <= 599 ? code : 404;
        if (exception is not null) Code = 500;
        Response.StatusCode = Code;
        if (Code >= 500) RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        return Page();
    }
}
