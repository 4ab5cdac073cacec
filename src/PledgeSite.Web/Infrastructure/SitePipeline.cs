using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;

namespace PledgeSite.Web.Infrastructure;

public static class SitePipeline
{
    public static WebApplicationBuilder AddSitePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeAreaFolder("Backoffice", "/", StaffPolicies.Staff);
                options.Conventions.AllowAnonymousToAreaPage("Backoffice", "/Account/SignIn");
                options.Conventions.AllowAnonymousToAreaPage("Backoffice", "/Account/SignOut");
                options.Conventions.AllowAnonymousToAreaPage("Backoffice", "/Account/TwoFactor");
                options.Conventions.AllowAnonymousToAreaPage("Backoffice", "/Account/RecoveryCode");
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.AddService<FormProtectionFilter>();
            });
        builder.Services.Configure<RouteOptions>(o =>
        {
            o.LowercaseUrls = true;
            o.AppendTrailingSlash = false;
        });
        builder.Services.AddOutputCache(options =>
        {
            // Pages are stored compressed (a few KB each): 32 MB holds thousands, and bounds the memory a flood of
            // distinct searches can take. Made-up query parameters are not stored at all (KnownQueryKeysPolicy).
            options.SizeLimit = 32 * 1024 * 1024;
            // Anonymous public pages opt in with [OutputCache(PolicyName = "Public", Tags = [...])] and are
            // evicted by tag when content or pledges change.
            options.AddPolicy("Public", policy => policy.Expire(TimeSpan.FromMinutes(10)).SetVaryByQuery("*").OnlyKnownQueryKeys().VaryByContentCoding());
        });
        return builder;
    }

    public static WebApplication UseSitePipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        // Before anything reads the query: campaign links share the plain URL's cached page.
        app.UseMiddleware<TrackingParametersMiddleware>();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();
        app.UseMiddleware<RateLimitMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<AdministratorTwoFactorMiddleware>();
        app.UseAuthorization();
        app.UseOutputCache();
        // Inside the output cache: pages are stored with their cache headers and already compressed.
        app.UseMiddleware<PublicCacheHeadersMiddleware>();
        app.UseResponseCompression();

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapGet("/robots.txt", (HttpContext context) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Text($"User-agent: *\nDisallow: /backoffice/\nDisallow: /pledge/manage/\nDisallow: /pledge/sign/\nSitemap: {origin}/sitemap.xml\n", "text/plain");
        });
        return app;
    }
}
