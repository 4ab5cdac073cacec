using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Pledges;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.Tests.Pages.Pledge.Manage;

/// <summary>
/// Pages/Pledge/Manage/SignIn.cshtml and SignInLink.cshtml: the returnUrl the sign-in challenge adds, or anyone adds
/// to a link, never sends a signatory to another site.
/// </summary>
public sealed class SignInLinkTests : IDisposable
{
    private readonly SiteFactory _site = new();

    public static TheoryData<string> OffSite => ["https://evil.example/", "//evil.example/", "/\\evil.example/", "https:evil.example", "\\\\evil.example"];

    private async Task<string> SignInTokenAsync(int pledgeId)
    {
        string token = "";
        await _site.WithScopeAsync(async s =>
        {
            var db = s.GetRequiredService<PledgeDbContext>();
            var contact = await db.Set<PledgeContact>().SingleAsync(c => c.PledgeId == pledgeId && c.Role == ContactRole.MainContact);
            token = s.GetRequiredService<SignatoryTokens>().Issue(contact, SignatoryTokenPurpose.SignIn);
            await db.SaveChangesAsync();
        });
        return token;
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task Signing_in_with_an_off_site_returnUrl_lands_on_the_signatory_area(string returnUrl)
    {
        var pledge = await SignatoryData.AddPledgeAsync(_site, "Mu Motors");
        using var client = PledgeJourney.Client(_site);
        var escaped = Uri.EscapeDataString(returnUrl);

        var (challenge, _) = await client.GetAsync("/pledge/manage/details");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith("/pledge/manage/sign-in", challenge.Headers.Location!.OriginalString.Replace("https://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var signInPage = await client.GetPageAsync($"/pledge/manage/sign-in?returnUrl={escaped}");
        Assert.DoesNotContain("evil.example", signInPage.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var token = await SignInTokenAsync(pledge.Id);
        var (signedIn, _) = await client.PostFormAsync($"/pledge/manage/sign-in/link?token={token}&returnUrl={escaped}&ReturnUrl={escaped}");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/pledge/manage", signedIn.Headers.Location!.OriginalString);
    }

    public void Dispose() => _site.Dispose();
}
