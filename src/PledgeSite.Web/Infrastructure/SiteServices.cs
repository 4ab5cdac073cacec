using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.ResponseCompression;
using PledgeSite.Core.Accounts;
using PledgeSite.Core.Auditing;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Jobs;

namespace PledgeSite.Web.Infrastructure;

/// <summary>The foundation's services, one extension method per concern, called from Program.cs.</summary>
public static class SiteServices
{
    public static WebApplicationBuilder AddSiteFoundation(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<InstanceIdentity>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<IStartupSeeder, RoleSeeder>();

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

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
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

    public static WebApplicationBuilder AddStaffAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<PledgeDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        // Invitation and reset links last three days; the authenticator and email-change tokens keep their own lifetimes.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = ".PledgeSite.Staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = "/backoffice/sign-in";
            options.LogoutPath = "/backoffice/sign-out";
            options.AccessDeniedPath = "/error/403";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // A signed-in user without the role gets a real 403 (the status page renders it), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.SlidingExpiration = true;
        });
        services.ConfigureExternalCookie(o => o.Cookie.Name = ".PledgeSite.External");
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            // Keep "this session used a second factor" when the principal is rebuilt after a stamp check.
            o.OnRefreshingPrincipal = context =>
            {
                if (context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    foreach (var amr in context.CurrentPrincipal?.FindAll("amr") ?? [])
                        if (!identity.HasClaim("amr", amr.Value)) identity.AddClaim(new System.Security.Claims.Claim("amr", amr.Value));
                }
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.All))
            .AddPolicy(StaffPolicies.Administrator, p => p.RequireRole(StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.Editor, p => p.RequireRole(StaffRoles.Editor, StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.PledgeReviewer, p => p.RequireRole(StaffRoles.PledgeReviewer, StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.AwardsManager, p => p.RequireRole(StaffRoles.AwardsManager, StaffRoles.Administrator))
            .AddPolicy(StaffPolicies.Judge, p => p.RequireRole(StaffRoles.Judge))
            .AddPolicy(StaffPolicies.ProcurementOfficer, p => p.RequireRole(StaffRoles.ProcurementOfficer, StaffRoles.Administrator));
        return builder;
    }
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
    public const string Staff = "Staff";
    public const string Administrator = "Administrator";
    public const string Editor = "Editor";
    public const string PledgeReviewer = "PledgeReviewer";
    public const string AwardsManager = "AwardsManager";
    public const string Judge = "Judge";
    public const string ProcurementOfficer = "ProcurementOfficer";
}
