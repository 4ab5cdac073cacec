using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Media;
using static PledgeSite.Tests.Pages.Pledge.PledgeJourney;

namespace PledgeSite.Tests.Pages.Pledge.Sign;

/// <summary>
/// The logo question of Pages/Pledge/Sign/Step.cshtml: an upload is recognised by its bytes (PNG, JPEG, WebP), never
/// by its name or the type the browser claims, and anything else is refused without being stored.
/// </summary>
public sealed class LogoStepTests : IDisposable
{
    private readonly SiteFactory _site = new();

    private async Task<(HtmlClient Client, string LogoUrl)> AtTheLogoQuestionAsync()
    {
        var client = Client(_site);
        var next = await AnswerAsync(client, await StartAsync(client), F("Answers.OrganisationName", "Lambda Logistics"));
        next = await AnswerAsync(client, next, F("Answers.OrganisationType", "Business"));
        next = await AnswerAsync(client, next, F("Answers.Sector", "Technology"));
        next = await AnswerAsync(client, next, F("Answers.SizeBand", "50 to 249 people"));
        next = await AnswerAsync(client, next, F("Answers.CompanyNumber", ""), F("Answers.CharityNumber", ""));
        next = await AnswerAsync(client, next, F("Answers.AddressLine1", "1 Mulberry Place"), F("Answers.Town", "London"), F("Answers.Postcode", "e14 2bg"));
        next = await AnswerAsync(client, next, F("Answers.Website", ""));
        Assert.EndsWith("/logo", next, StringComparison.Ordinal);
        return (client, next);
    }

    /// <summary>Posts the logo form as a browser would: its hidden fields (antiforgery, honeypot) and the file.</summary>
    private static async Task<(HttpResponseMessage Response, string Body)> UploadAsync(HtmlClient client, string url, byte[] file, string fileName, string claimedType)
    {
        var page = await client.GetPageAsync(url);
        using var content = new MultipartFormDataContent();
        foreach (var input in page.QuerySelectorAll("main form input[type=hidden], main form input[name=contact_website]"))
            content.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        content.Add(part, "Logo", fileName);
        var response = await client.Http.PostAsync(url, content, TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private Task<int> StoredLogosAsync() => _site.WithDbAsync(db => db.Set<PledgeLogo>().CountAsync());

    public static TheoryData<string, byte[], string> NotImages => new()
    {
        { "logo.png", [(byte)'M', (byte)'Z', .. new byte[200]], "image/png" }, // a Windows program named as a PNG
        { "logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(), "image/svg+xml" },
        { "logo.jpg", "<html><script>alert(1)</script></html>"u8.ToArray(), "image/jpeg" },
        { "logo.gif", "GIF89a\u0001\u0000\u0001\u0000"u8.ToArray(), "image/gif" },
    };

    [Theory]
    [MemberData(nameof(NotImages))]
    public async Task A_file_that_is_not_a_PNG_JPEG_or_WebP_is_refused_whatever_its_name_and_claimed_type(string fileName, byte[] bytes, string claimedType)
    {
        var (client, url) = await AtTheLogoQuestionAsync();
        using var _ = client;
        var before = await StoredLogosAsync();

        var (response, body) = await UploadAsync(client, url, bytes, fileName, claimedType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The logo must be a PNG, JPG or WebP image", body, StringComparison.Ordinal);
        Assert.Equal(before, await StoredLogosAsync());
    }

    [Fact]
    public async Task A_real_PNG_is_stored_as_a_PNG_even_when_named_and_sent_as_something_else()
    {
        var (client, url) = await AtTheLogoQuestionAsync();
        using var _ = client;

        var (response, body) = await UploadAsync(client, url, MediaForms.Png(60, 40), "our-logo.gif", "application/octet-stream");

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, body);
        var stored = await _site.WithDbAsync(db => db.Set<PledgeLogo>().OrderByDescending(l => l.Id).FirstAsync());
        Assert.Equal("image/png", stored.ContentType);
        Assert.Equal("our-logo.gif", stored.OriginalFileName);
    }

    public void Dispose() => _site.Dispose();
}
