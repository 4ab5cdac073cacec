using System.Net;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Tests.Commands;

public class CreateAdminTests
{
    [Fact]
    public async Task First_administrator_gets_a_link_to_set_a_password_then_must_set_up_two_factor_and_a_second_is_refused()
    {
        using var site = new SiteFactory();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = 0;
        await site.WithScopeAsync(async services => exitCode = await CommandLine.CreateAdminAsync(services, "first.admin@example.org", "Ayesha Rahman", output, error));

        Assert.Equal(0, exitCode);
        var link = new Uri(output.ToString().Split('\n', StringSplitOptions.TrimEntries).Single(l => l.Contains("/backoffice/set-password?", StringComparison.Ordinal)));
        using var client = HtmlClient.For(site);
        var (set, _) = await client.PostFormAsync(link.PathAndQuery, [new("Password", "tangerine ferry copper lake"), new("ConfirmPassword", "tangerine ferry copper lake")]);
        Assert.Equal("/backoffice", set.Headers.Location?.OriginalString);
        var (dashboard, _) = await client.GetAsync("/backoffice");
        Assert.Equal("/backoffice/account/two-factor", dashboard.Headers.Location?.OriginalString);

        using var secondError = new StringWriter();
        await site.WithScopeAsync(async services => exitCode = await CommandLine.CreateAdminAsync(services, "intruder@example.org", null, TextWriter.Null, secondError));
        Assert.Equal(1, exitCode);
        Assert.Contains("already exists", secondError.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/backoffice/account/two-factor")).Response.StatusCode);
    }
}
