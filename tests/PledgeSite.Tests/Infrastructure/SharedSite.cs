namespace PledgeSite.Tests.Infrastructure;

/// <summary>
/// One site shared by the test classes that only read, or write data no other test looks at
/// (use <c>IClassFixture&lt;SiteFactory&gt;</c> or a new SiteFactory when a test moves the clock or needs a clean database).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "Shared site";
}
