using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Jobs;
using PledgeSite.Core.Pledges;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Pledge;

/// <summary>The pledge feature's services: sign-up, confirmation, review, and the signatory area's own sign-in.</summary>
public static class PledgeFeature
{
    /// <summary>Cookie scheme of the signatory area, separate from staff sign-in.</summary>
    public const string SignatoryScheme = "Signatory";
    public const string SignatoryPolicy = "Signatory";
    public const string ContactIdClaim = "pledge_contact_id";
    public const string PledgeIdClaim = "pledge_id";

    public static WebApplicationBuilder AddPledges(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddScoped<SignatoryTokens>();
        services.AddScoped<PledgeWorkflow>();
        services.AddScoped<DuplicatePledges>();
        services.AddScoped<Sign.SignUpJourneys>();
        services.AddScoped<Sign.PledgeSubmission>();
        services.AddScoped<IStartupSeeder, CommitmentSeeder>();
        // Abandoned sign-up journeys and supplier declaration drafts (with unused uploaded logos) are deleted after 30 days.
        services.AddRecurringJob<PledgeSite.Core.Retention.JourneyRetentionJob>();

        services.AddAuthentication().AddCookie(SignatoryScheme, options =>
        {
            options.Cookie.Name = ".PledgeSite.Signatory";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.Path = "/pledge";
            options.LoginPath = "/pledge/manage/sign-in";
            options.LogoutPath = "/pledge/manage/sign-out";
            options.AccessDeniedPath = "/pledge/manage/sign-in";
            options.ReturnUrlParameter = "returnUrl";
            options.ExpireTimeSpan = TimeSpan.FromHours(2);
            options.SlidingExpiration = true;
            // A removed colleague or a withdrawn pledge loses access at once, not when the cookie expires.
            options.Events.OnValidatePrincipal = async context =>
            {
                var contactId = int.TryParse(context.Principal?.FindFirstValue(ContactIdClaim), out var id) ? id : 0;
                var db = context.HttpContext.RequestServices.GetRequiredService<PledgeDbContext>();
                var stillThere = await db.Set<PledgeContact>().AnyAsync(c => c.Id == contactId
                    && c.Role != ContactRole.SeniorSponsor && c.Pledge.Status != PledgeStatus.Withdrawn);
                if (!stillThere)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(SignatoryScheme);
                }
            };
        });
        services.AddAuthorizationBuilder().AddPolicy(SignatoryPolicy, policy => policy
            .AddAuthenticationSchemes(SignatoryScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ContactIdClaim));
        return builder;
    }
}
