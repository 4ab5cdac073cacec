using PledgeSite.Core.Suppliers;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.Pages.Suppliers;

/// <summary>
/// Identifies the API key on /api/v1/suppliers requests ahead of <see cref="RateLimitMiddleware"/>, which then
/// counts them per key instead of per address. The endpoint itself refuses calls without an active key.
/// </summary>
public sealed class ApiKeyStartupFilter : IStartupFilter
{
    public const string ApiKeyIdItem = "supplier-api-key-id";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/v1/suppliers", StringComparison.OrdinalIgnoreCase)
                && context.Request.Headers.TryGetValue(ApiKeys.Header, out var presented))
            {
                var key = await context.RequestServices.GetRequiredService<ApiKeys>().FindActiveAsync(presented.ToString(), context.RequestAborted);
                if (key is not null)
                {
                    context.Items[RateLimitMiddleware.ApiKeyItem] = "supplier-check-" + key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    context.Items[ApiKeyIdItem] = key.Id;
                }
            }
            await nextMiddleware(context);
        });
        next(app);
    };
}
