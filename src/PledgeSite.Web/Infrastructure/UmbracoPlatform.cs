using System.Security.Cryptography;
using Umbraco.Cms.Core.Configuration.Models;

namespace PledgeSite.Web.Infrastructure;

/// <summary>Umbraco hosts the site: content, staff accounts and sign-in, and the back office at /umbraco.</summary>
public static class UmbracoPlatform
{
    /// <summary>The throwaway first administrator appsettings.Development.json ships, so a fresh clone runs as it is.</summary>
    public const string DevelopmentAdministratorEmail = "admin@pledgesite.localhost";

    public static WebApplicationBuilder AddUmbracoPlatform(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.CreateUmbracoBuilder().AddBackOffice().AddWebsite().AddComposers().Build();

        // Umbraco signs image-processing URLs with this key. Left empty, its installer would generate one and write
        // it into appsettings.json (a secret in git); instead it comes from configuration
        // (Umbraco__CMS__Imaging__HMACSecretKey, the same on every instance) or, on a single machine, from a key
        // generated once into the data folder beside Umbraco's database.
        var keyFile = Path.Combine(builder.Environment.ContentRootPath, "umbraco", "Data", "imaging-hmac.key");
        builder.Services.PostConfigure<ImagingSettings>(settings =>
        {
            if (settings.HMACSecretKey.Length == 0) settings.HMACSecretKey = LocalKey(keyFile);
        });
        return builder;
    }

    /// <summary>Outside Development the documented throwaway administrator must never become a real account.</summary>
    public static void RefuseDevelopmentAdministrator(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment()
            && string.Equals(app.Configuration["Umbraco:CMS:Unattended:UnattendedUserEmail"], DevelopmentAdministratorEmail, StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                $"The development administrator ({DevelopmentAdministratorEmail}) is configured outside Development. Set " +
                "Umbraco__CMS__Unattended__UnattendedUserEmail, ...UserName and ...UserPassword to a real account.");
    }

    private static byte[] LocalKey(string path)
    {
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(64);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }
}

/// <summary>
/// Keeps a catch-all route of ours off the addresses Umbraco serves (its back office and APIs under /umbraco, and
/// back-office extensions under /App_Plugins): Razor Pages outrank Umbraco's conventional routes.
/// </summary>
public sealed class NotUmbracoRouteConstraint : IRouteConstraint
{
    public const string Name = "notumbraco";
    private static readonly string[] Reserved = ["umbraco", "App_Plugins"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        ArgumentNullException.ThrowIfNull(values);
        var path = values.TryGetValue(routeKey, out var value) ? value?.ToString() ?? "" : "";
        var first = path.Split('/', 2)[0];
        return !Reserved.Any(r => string.Equals(r, first, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>
/// Ready once Umbraco runs: after an install or upgrade it finishes its migrations (our staff groups among them) in
/// a background service, and until then it answers requests with its upgrade screen.
/// </summary>
public sealed class UmbracoHealthCheck(Umbraco.Cms.Core.Services.IRuntimeState runtime) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(runtime.Level == Umbraco.Cms.Core.RuntimeLevel.Run
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy()
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy($"Umbraco is at its {runtime.Level} level"));
}
