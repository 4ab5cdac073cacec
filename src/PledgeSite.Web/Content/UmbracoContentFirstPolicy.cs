using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Matching;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Web.Content;

/// <summary>
/// Lets Umbraco serve the addresses it has published pages for, where a catch-all page of ours would otherwise win:
/// a Razor Page's route (order 0, constrained) outranks Umbraco's dynamic route, and Umbraco's own policy then skips
/// its routing altogether. Runs before that policy, and asks Umbraco's in-memory URL cache, not its whole router.
/// </summary>
public sealed class UmbracoContentFirstPolicy(IDocumentUrlService urls) : MatcherPolicy, IEndpointSelectorPolicy
{
    // Umbraco's EagerMatcherPolicy runs at int.MinValue + 10 and drops its dynamic route when ours is a candidate.
    public override int Order => int.MinValue + 5;

    /// <summary>Our own CMS's catch-all page (Pages/Content/Page.cshtml), which answers every other address.</summary>
    public static bool YieldsToUmbraco(Endpoint endpoint) =>
        endpoint?.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == "/Content/Page";

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) => endpoints.Any(YieldsToUmbraco);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(candidates);
        if (!urls.IsInitialized || !urls.HasAny()) return Task.CompletedTask;
        var request = httpContext.Request;
        // Umbraco's preview screen frames drafts at /{key}: in preview, every address is Umbraco's.
        var preview = request.Cookies.ContainsKey(Umbraco.Cms.Core.Constants.Web.PreviewCookieName);
        var address = new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path));
        if (!preview && urls.GetDocumentKeyByUri(address, isDraft: false) is null) return Task.CompletedTask;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && YieldsToUmbraco(candidates[i].Endpoint))
                candidates.SetValidity(i, false);
        }
        return Task.CompletedTask;
    }
}
