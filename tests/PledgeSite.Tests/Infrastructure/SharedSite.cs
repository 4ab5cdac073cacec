[assembly: AssemblyFixture(typeof(PledgeSite.Tests.Infrastructure.SharedSiteShutdown))]

namespace PledgeSite.Tests.Infrastructure;

/// <summary>Stops the shared site (<see cref="SiteHost.Shared"/>) when the test assembly has finished.</summary>
public sealed class SharedSiteShutdown : IDisposable
{
    public void Dispose()
    {
        if (SiteHost.SharedStarted) SiteHost.Shared.Dispose();
    }
}

/// <summary>
/// One site shared by the test classes that only read, or write data no other test looks at
/// (use <c>IClassFixture&lt;SiteFactory&gt;</c> or a new SiteFactory when a test moves the clock or needs a clean database:
/// all three are the one shared host, which a new SiteFactory resets).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "Shared site";
}
