using Microsoft.Extensions.Options;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Security headers on every response. The CSP allows no inline script; reCAPTCHA's hosts are added only
/// when keys are configured.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<RecaptchaOptions> recaptcha)
{
    private readonly string _csp = BuildCsp(recaptcha.Value.Enabled);

    /// <summary>
    /// A page previewed in Umbraco is shown in a frame of its preview screen (/umbraco/preview), on the same site:
    /// with Umbraco's preview cookie a page may be framed by the site itself, and by nothing else.
    /// </summary>
    private readonly string _previewCsp = BuildCsp(recaptcha.Value.Enabled).Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal);

    /// <summary>
    /// Umbraco's back office (and its login screen) is a script application with inline bootstrapping, inline styles,
    /// workers and same-site frames (preview); it gets a policy of its own that still allows nothing from elsewhere.
    /// </summary>
    private const string UmbracoCsp =
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-src 'self'; "
        + "frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private static string BuildCsp(bool recaptcha)
    {
        var script = recaptcha ? "'self' https://www.google.com/recaptcha/ https://www.gstatic.com/recaptcha/" : "'self'";
        var frame = recaptcha ? "https://www.google.com/recaptcha/ https://recaptcha.google.com/recaptcha/" : "'none'";
        var connect = recaptcha ? "'self' https://www.google.com/recaptcha/" : "'self'";
        return $"default-src 'self'; script-src {script}; style-src 'self'; img-src 'self' data:; font-src 'self'; "
             + $"connect-src {connect}; frame-src {frame}; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var umbraco = context.Request.Path.StartsWithSegments("/umbraco", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments("/App_Plugins", StringComparison.OrdinalIgnoreCase);
            var preview = !umbraco && context.Request.Cookies.ContainsKey(Umbraco.Cms.Core.Constants.Web.PreviewCookieName);
            headers.ContentSecurityPolicy = umbraco ? UmbracoCsp : preview ? _previewCsp : _csp;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = umbraco || preview ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
