using Microsoft.Extensions.Options;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Security headers on every response. The CSP allows no inline script; reCAPTCHA's hosts are added only
/// when keys are configured.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<RecaptchaOptions> recaptcha)
{
    private readonly string _csp = BuildCsp(recaptcha.Value.Enabled);

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
            headers.ContentSecurityPolicy = _csp;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
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
