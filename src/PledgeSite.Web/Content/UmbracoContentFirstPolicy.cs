using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing.Matching;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Web.Content;

/// <summary>Marks a catch-all page of ours that gives way wherever Umbraco has published a page.</summary>
public sealed class YieldsToUmbracoContent;

/// <summary>
/// Lets Umbraco serve the addresses it has published pages for, where a catch-all page of ours would otherwise win:
/// a Razor Page's route (order 0, constrained) outranks Umbraco's dynamic route, and Umbraco's own policy then skips
/// its routing altogether. Runs before that policy, and asks Umbraco's in-memory URL cache, not its whole router.
/// </summary>
public sealed class UmbracoContentFirstPolicy(IDocumentUrlService urls) : MatcherPolicy, IEndpointSelectorPolicy
{
    // Umbraco's EagerMatcherPolicy runs at int.MinValue + 10 and drops its dynamic route when ours is a candidate.
    public override int Order => int.MinValue + 5;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<YieldsToUmbracoContent>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(candidates);
        if (!urls.IsInitialized || !urls.HasAny()) return Task.CompletedTask;
        var request = httpContext.Request;
        var address = new Uri(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path));
        if (urls.GetDocumentKeyByUri(address, isDraft: false) is null) return Task.CompletedTask;
        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates.IsValidCandidate(i) && candidates[i].Endpoint.Metadata.GetMetadata<YieldsToUmbracoContent>() is not null)
                candidates.SetValidity(i, false);
        }
        return Task.CompletedTask;
    }
}
