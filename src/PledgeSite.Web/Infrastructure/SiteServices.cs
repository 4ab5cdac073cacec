using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using PledgeSite.Core.Auditing;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Staff;
using PledgeSite.Web.Staff;
using PledgeSite.Core.Jobs;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Infrastructure;

/// <summary>The foundation's services, one extension method per concern, called from Program.cs.</summary>
public static class SiteServices
{
    public static WebApplicationBuilder AddSiteFoundation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(SiteClock.Real);
        services.AddSingleton<InstanceIdentity>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The proxies in front of the site are configured by address; none are trusted by default.
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
        });

        // Keys in the database: a cookie or antiforgery token issued by one instance is accepted by every other.
        services.AddDataProtection().SetApplicationName("PledgeSite").PersistKeysToDbContext<PledgeDbContext>();

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".PledgeSite.Antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
        });

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv", "application/xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<UmbracoHealthCheck>("umbraco", tags: ["ready"]);
        services.AddHostedService<IdleMemoryRelease>();

        // On SIGTERM: stop taking requests and background work, let in-flight requests and the email being sent
        // finish, release leases, then exit. Anything still running after this long is abandoned (its lease expires).
        services.Configure<HostOptions>(o => o.ShutdownTimeout =
            TimeSpan.FromSeconds(builder.Configuration.GetValue("Shutdown:TimeoutSeconds", 25)));
        return builder;
    }

    public static WebApplicationBuilder AddSiteEmail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection(EmailOptions.Section));
        builder.Services.AddScoped<EmailOutbox>();
        builder.Services.AddSingleton<IMailTransport, MailTransport>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddScoped<JobLeases>();
        builder.Services.AddSingleton<RecurringJobRunner>();
        builder.Services.AddHostedService<BackgroundWork>();
        return builder;
    }

    public static WebApplicationBuilder AddSiteProtection(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<RecaptchaOptions>(builder.Configuration.GetSection(RecaptchaOptions.Section));
        services.AddHttpClient<RecaptchaVerifier>(client => client.Timeout = TimeSpan.FromSeconds(10));
        services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<IRateCounter, MemoryRateCounter>();
        services.AddScoped<FormProtectionFilter>();
        return builder;
    }

    /// <summary>
    /// Staff are Umbraco users, signed in at /umbraco. Our workflow pages authorise with Umbraco's back-office cookie,
    /// whose role claims are the user's group aliases (<see cref="StaffRoles"/>).
    /// </summary>
    public static WebApplicationBuilder AddStaffAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IStaffDirectory, UmbracoStaffDirectory>();
        builder.Services.AddScoped<Areas.Backoffice.BackofficeWaiting>();
        // Two-factor sign-in with an authenticator app, set up in Umbraco's user menu; required for some groups.
        new Umbraco.Cms.Core.Security.BackOfficeIdentityBuilder(builder.Services).AddTwoFactorProvider<AuthenticatorApp>(AuthenticatorApp.Name);
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, TwoFactorRequirementHandler>();
        // A signed-in user without the group gets a real 403 on our pages (the status page renders it), not what
        // Umbraco's cookie handler does on a forbidden request (a redirect to its login screen, or a 400 on a POST).
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, StaffForbiddenHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.SignedIn, p => SignedIn(p).RequireRole(StaffRoles.All))
            .AddPolicy(StaffPolicies.Staff, p => Staff(p).RequireRole(StaffRoles.All))
            .AddPolicy(StaffPolicies.Administrator, p => Staff(p).RequireRole(StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.Editor, p => Staff(p).RequireRole(StaffRoles.Editor, StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.PledgeReviewer, p => Staff(p).RequireRole(StaffRoles.PledgeReviewer, StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.AwardsManager, p => Staff(p).RequireRole(StaffRoles.AwardsManager, StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.Judge, p => Staff(p).RequireRole(StaffRoles.Judge))
            .AddPolicy(StaffPolicies.ProcurementOfficer, p => Staff(p).RequireRole(StaffRoles.ProcurementOfficer, StaffRoles.Administrator));
        return builder;
    }

    private static Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder SignedIn(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(Umbraco.Cms.Core.Constants.Security.BackOfficeAuthenticationType).RequireAuthenticatedUser();

    private static Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder Staff(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        SignedIn(policy).AddRequirements(new TwoFactorRequirement());
}

/// <summary>
/// Starts the email outbox and recurring job loops unless <c>BackgroundWork:Enabled</c> is false (tests run a pass
/// themselves). Read when the host starts, not while services are registered, so test configuration applies.
/// </summary>
public sealed class BackgroundWork(IConfiguration configuration, OutboxSender outbox, RecurringJobRunner jobs) : IHostedService
{
    private bool _running;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("BackgroundWork:Enabled", true)) return;
        _running = true;
        await outbox.StartAsync(cancellationToken);
        await jobs.StartAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (!_running) return;
        await jobs.StopAsync(cancellationToken);
        await outbox.StopAsync(cancellationToken);
    }
}

/// <summary>Authorization policy names for the back-office sections.</summary>
public static class StaffPolicies
{
    /// <summary>Signed in as staff, with or without the two-factor sign-in their group requires (the page that asks for it).</summary>
    public const string SignedIn = "SignedIn";
    public const string Staff = "Staff";
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string PledgeReviewer = "PledgeReviewer";
    public const string AwardsManager = "AwardsManager";
    public const string Judge = "Judge";
    public const string ProcurementOfficer = "ProcurementOfficer";
}

/// <summary>Answers 403 itself when a signed-in member of staff lacks the group a /backoffice page needs.</summary>
public sealed class StaffForbiddenHandler : Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler
{
    private readonly Microsoft.AspNetCore.Authorization.Policy.AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, Microsoft.AspNetCore.Authorization.AuthorizationPolicy policy,
        Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.Request.Path.StartsWithSegments("/backoffice", StringComparison.OrdinalIgnoreCase))
        {
            if (OnlyTwoFactorFailed(authorizeResult))
            {
                // Their group needs an authenticator app they have not set up: say how, then come back here.
                var back = context.Request.Path + context.Request.QueryString;
                context.Response.Redirect(Areas.Backoffice.Pages.TwoFactorModel.Path + "?returnUrl=" + Uri.EscapeDataString(back));
                return Task.CompletedTask;
            }
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }

    private static bool OnlyTwoFactorFailed(Microsoft.AspNetCore.Authorization.Policy.PolicyAuthorizationResult result) =>
        result.AuthorizationFailure?.FailedRequirements is { } failed && failed.Any() && failed.All(r => r is TwoFactorRequirement);
}
