using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Umbraco.Extensions;

namespace PledgeSite.Web.Infrastructure;

public static class SitePipeline
{
    public static WebApplicationBuilder AddSitePages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeAreaFolder("Backoffice", "/", StaffPolicies.Staff);
                // Our pages only: Umbraco's back-office API controllers in the same application have their own protection.
                options.Conventions.ConfigureFilter(new AutoValidateAntiforgeryTokenAttribute());
                options.Conventions.ConfigureFilter(new ServiceFilterAttribute(typeof(FormProtectionFilter)));
            });
        builder.Services.Configure<RouteOptions>(o =>
        {
            o.LowercaseUrls = true;
            o.AppendTrailingSlash = false;
            o.ConstraintMap[NotUmbracoRouteConstraint.Name] = typeof(NotUmbracoRouteConstraint);
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
        // Umbraco's pipeline: its core, static files, routing, authentication, authorization and the output cache
        // (Umbraco adds UseOutputCache itself when an output cache store is registered), then ours inside it.
        app.UseUmbraco()
            .WithMiddleware(umbraco =>
            {
                umbraco.AppBuilder.UseMiddleware<RateLimitMiddleware>();
                umbraco.AppBuilder.UseOutputCache();
                // Inside the output cache: pages are stored with their cache headers and already compressed.
                umbraco.AppBuilder.UseMiddleware<PublicCacheHeadersMiddleware>();
                umbraco.AppBuilder.UseResponseCompression();
                umbraco.AppBuilder.UseMiddleware<SqliteSignInLock>();
                umbraco.UseBackOffice();
                umbraco.UseWebsite();
            })
            .WithEndpoints(umbraco =>
            {
                umbraco.UseBackOfficeEndpoints();
                umbraco.UseWebsiteEndpoints();
            });

        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        // The Pledge section's dashboard in Umbraco's back office (wwwroot/App_Plugins/PledgeSite) lists the workflow
        // pages the signed-in user's groups open; each page checks the groups again itself.
        app.MapGet("/backoffice/sections.json", async (HttpContext context, Areas.Backoffice.BackofficeWaiting waiting) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                var items = await waiting.ForAsync(context.User, context.RequestAborted);
                return Results.Json(items.Select(s => new { title = s.Title, href = s.Href, description = s.Description, waiting = s.Waiting }));
            })
            .RequireAuthorization(StaffPolicies.SignedIn);
        app.MapGet("/robots.txt", (HttpContext context) =>
        {
            var origin = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Text($"User-agent: *\nDisallow: /backoffice/\nDisallow: /pledge/manage/\nDisallow: /pledge/sign/\nSitemap: {origin}/sitemap.xml\n", "text/plain");
        });
        return app;
    }
}
