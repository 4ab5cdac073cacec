using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>Which query strings the output cache stores (PublicPageCaching, KnownQueryKeysPolicy).</summary>
[Collection(SharedSite.Name)]
public class PublicPageCachingTests(SiteFactory site)
{
    [Theory]
    [InlineData("/signatories?sector=Health&page=2")]
    [InlineData("/api/v1/signatories?type=business&pageSize=5")]
    [InlineData("/i-can-be/opportunities?theme=health&closingSoon=true")]
    public async Task Parameters_the_page_reads_are_cached_one_entry_per_value(string path)
    {
        await PublicCacheChecks.AssertServedFromCacheWithETagAsync(site, path);
    }

    [Theory]
    [InlineData("/signatories?q=trust&ref=newsletter")]
    [InlineData("/?q=trust")]
    [InlineData("/signatories?Query.q=trust")]
    [InlineData("/action-plan?theme=health&nocache=123")]
    public async Task A_parameter_the_page_does_not_read_is_answered_fresh_and_never_stored(string path)
    {
        await PublicCacheChecks.AssertAnsweredFreshAndNotStoredAsync(site, path);
    }
}
