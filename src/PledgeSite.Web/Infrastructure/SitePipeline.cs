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

    /// <summary>
    /// Whether the request's endpoint may be answered without a sign-in, and the request is not an editor's preview
    /// (Umbraco's preview cookie shows drafts, which must never be stored for, or served from, the public's copy).
    /// </summary>
    private static bool MayUseThePublicCache(HttpContext context)
    {
        if (context.Request.Cookies.ContainsKey(Umbraco.Cms.Core.Constants.Web.PreviewCookieName)) return false;
        var endpoint = context.GetEndpoint();
        return endpoint is null
               || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null
               || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is null;
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
        // Umbraco's pipeline (UmbracoApplicationBuilder.RegisterDefaultRequiredMiddleware in 18.3.2, step for step) with
        // the output cache moved up to just after routing: a cached public page is answered before sign-in is read and
        // before the authorization, antiforgery, localization and session middleware run (together about half the
        // cost of a cached page in bench/run.sh's profile). Public pages are the same for everyone (staff and
        // signatories included: none reads a sign-in), and none requires one (PublicPageCachingTests checks both).
        app.UseUmbraco()
            .WithCustomMiddleware(umbraco =>
            {
                var pipeline = umbraco.AppBuilder;
                umbraco.RunPrePipeline();
                umbraco.UseUmbracoCoreMiddleware();
                pipeline.UseUmbracoMediaFileProvider();
                pipeline.UseUmbracoBackOfficeCacheHeaders();
                pipeline.UseUmbracoBackOfficeRewrites();
                pipeline.UseStaticFiles();
                pipeline.UseUmbracoPluginsStaticFiles();
                umbraco.RunPreRouting();
                pipeline.UseRouting();
                umbraco.RunPostRouting();
                pipeline.UseMiddleware<RateLimitMiddleware>();
                // Endpoints that need a sign-in (Umbraco's Delivery API has cached ones) never go through it here.
                pipeline.UseWhen(MayUseThePublicCache, cached => cached.UseOutputCache());
                // Inside the output cache: pages are stored with their cache headers and already compressed.
                pipeline.UseMiddleware<PublicCacheHeadersMiddleware>();
                pipeline.UseResponseCompression();
                pipeline.UseAuthentication();
                pipeline.UseAuthorization();
                pipeline.UseMiddleware<Staff.UmbracoTwoFactorGate>();
                pipeline.UseAntiforgery();
                pipeline.UseRequestLocalization();
                pipeline.UseSession();
                umbraco.RunPostPipeline();
                pipeline.UseMiddleware<SqliteSignInLock>();
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
