using System.Net.Http.Json;
using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>
/// A browser-like HTTP client over the in-process site: keeps cookies, does not follow redirects, reads pages
/// with AngleSharp and submits their forms with whatever hidden fields (antiforgery, honeypot) they carry.
/// </summary>
public sealed class HtmlClient(HttpClient http) : IDisposable
{
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(Configuration.Default);

    /// <summary>Parses HTML as if served from <paramref name="url"/>, so forms without an action post back to it.</summary>
    private async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response, string url)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = new Uri(Http.BaseAddress ?? new Uri("http://localhost/"), url).ToString();
        return (IHtmlDocument)await Browsing.OpenAsync(r => r.Content(html).Address(address));
    }

    public HttpClient Http { get; } = http;

    public static HtmlClient For(SiteFactory factory) =>
        // https, as deployed: the staff cookie is Secure, and a cookie jar does not send Secure cookies over http.
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await Http.GetAsync(url);
        return (response, await ParseAsync(response, url));
    }

    /// <summary>GETs a page that must answer 200 and returns it parsed.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        var (response, document) = await GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}, expected 200. Location: {response.Headers.Location}");
        return document;
    }

    /// <summary>
    /// Submits the form (the first one matching <paramref name="selector"/>, by default the one holding the main
    /// submit button) with its current field values, replaced by <paramref name="values"/>. A value of null removes the field.
    /// </summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(
        IHtmlDocument page, IEnumerable<KeyValuePair<string, string?>>? values = null, string selector = "main form[method=post]", string? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{selector}'");
        var fields = new List<KeyValuePair<string, string?>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                    if (input.Type is "submit" or "button" or "file") continue;
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement textarea when !string.IsNullOrEmpty(textarea.Name):
                    fields.Add(new(textarea.Name!, textarea.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value));
                    break;
            }
        }
        if (values is not null)
        {
            var overrides = values.ToList();
            var names = overrides.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
            fields.RemoveAll(f => names.Contains(f.Key));
            fields.AddRange(overrides.Where(v => v.Value is not null));
        }
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? (baseUrl ?? page.Url) : action;
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value ?? "")));
        var response = await Http.PostAsync(target, content);
        return (response, await ParseAsync(response, target));
    }

    /// <summary>GETs <paramref name="url"/>, then submits its form with <paramref name="values"/>.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostFormAsync(
        string url, IEnumerable<KeyValuePair<string, string?>>? values = null, string selector = "main form[method=post]")
    {
        var page = await GetPageAsync(url);
        return await SubmitAsync(page, values, selector, url);
    }

    /// <summary>
    /// Signs in as Umbraco's login screen does: a JSON post to the back office's login endpoint, which sets the
    /// back-office cookie our workflow pages accept. Fails the test unless Umbraco accepts the password.
    /// </summary>
    public async Task<HttpResponseMessage> SignInAsStaffAsync(string email, string password = StaffAccounts.Password)
    {
        // Umbraco records a sign-in on the user: one Umbraco user write at a time (see SiteFactory.UmbracoUserWrites).
        HttpResponseMessage response;
        await SiteFactory.UmbracoUserWrites.WaitAsync();
        try
        {
            response = await Http.PostAsJsonAsync(StaffAccounts.LoginPath, new { username = email, password });
            // 402: the account has two-factor sign-in; answer with the authenticator app's current code.
            if (response.StatusCode == HttpStatusCode.PaymentRequired)
            {
                response.Dispose();
                response = await Http.PostAsJsonAsync(StaffAccounts.VerifyTwoFactorPath, StaffAccounts.TwoFactorAnswer(email));
            }
        }
        finally
        {
            SiteFactory.UmbracoUserWrites.Release();
        }
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Umbraco refused the sign-in of {email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    public static IEnumerable<string> ErrorSummary(IHtmlDocument document) =>
        document.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim());

    public void Dispose() => Http.Dispose();
}
