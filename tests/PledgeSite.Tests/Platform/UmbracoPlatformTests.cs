using PledgeSite.Web.Infrastructure;

using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Platform;

public class UmbracoPlatformTests
{
    [Fact]
    public void Production_refuses_to_start_with_the_development_administrator()
    {
        using var site = new SiteFactory { Environment = "Production" }
            .With("Umbraco:CMS:Unattended:UnattendedUserEmail", UmbracoPlatform.DevelopmentAdministratorEmail);

        var error = Assert.ThrowsAny<Exception>(() => site.Services);

        Assert.Contains(UmbracoPlatform.DevelopmentAdministratorEmail, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_ready_when_umbraco_runs()
    {
        using var site = new SiteFactory();
        using var client = site.CreateClient();

        using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
    }
}
