using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Tests.Pages.Signatories;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>
/// Web/Infrastructure/FormProtection.cs: a POST to a public form whose honeypot field is filled in, or missing, is
/// refused with 400 before the page acts on it; the same form as rendered (honeypot empty) is accepted.
/// </summary>
public sealed class FormProtectionTests : IDisposable
{
    private const string Refusal = "Your form could not be accepted";
    private readonly SiteFactory _site = new();

    public static TheoryData<string> PublicForms =>
    [
        "/pledge/sign", "/pledge/manage/sign-in", "/suppliers/declaration", "/suppliers/declaration/correct",
        "/i-can-be/role-models/suggest", "/i-can-be/opportunities/propose",
    ];

    [Theory]
    [MemberData(nameof(PublicForms))]
    public async Task A_filled_in_or_missing_honeypot_is_refused_and_the_form_as_rendered_is_not(string url)
    {
        using var client = HtmlClient.For(_site);
        var page = await client.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector($"main form input[name=contact_website]"));

        foreach (var honeypot in new[] { "https://cheap-pills.example", null })
        {
            var (refused, _) = await client.SubmitAsync(page, [new("contact_website", honeypot)], baseUrl: url);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(Refusal, await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        var (accepted, document) = await client.SubmitAsync(page, baseUrl: url);
        Assert.True(accepted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{url} answered {(int)accepted.StatusCode}");
        Assert.DoesNotContain(Refusal, document.Body?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_request_from_a_bot_sends_no_email()
    {
        var pledge = await SignatoryData.AddPledgeAsync(_site, "Kappa Kitchens");
        var email = pledge.Contacts[0].Email;
        using var client = HtmlClient.For(_site);
        var page = await client.GetPageAsync("/pledge/manage/sign-in");
        Task<int> QueuedAsync() => _site.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email));

        var (refused, _) = await client.SubmitAsync(page, [new("Email", email), new("contact_website", "bot")], baseUrl: "/pledge/manage/sign-in");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, await QueuedAsync());

        var (accepted, _) = await client.SubmitAsync(page, [new("Email", email)], baseUrl: "/pledge/manage/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(1, await QueuedAsync());
    }

    public void Dispose() => _site.Dispose();
}
