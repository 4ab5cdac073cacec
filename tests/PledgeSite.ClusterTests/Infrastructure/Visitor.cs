using System.Globalization;
using AngleSharp;
using AngleSharp.Html.Dom;

namespace PledgeSite.ClusterTests.Infrastructure;

/// <summary>
/// One browser behind a load balancer: a single cookie jar, whichever instance a request goes to. Requests carry
/// <c>X-Forwarded-Proto: https</c> and <c>X-Forwarded-For</c> as a reverse proxy on the same host sends them (loopback
/// is a trusted proxy by default), so the site sees HTTPS and sets its Secure cookies, and each visitor has its own
/// address for rate limiting. Does not follow redirects.
/// </summary>
public sealed class Visitor : IDisposable
{
    private static readonly IBrowsingContext Browsing = BrowsingContext.New(AngleSharp.Configuration.Default);
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    /// <summary>A visitor with its own (documentation range) address, so rate-limit counts do not mix between tests.</summary>
    public Visitor() => Address = $"198.51.100.{Random.Shared.Next(1, 255)}";

    public string Address { get; set; }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", Address);
        if (_cookies.Count > 0)
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await _http.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var header in setCookies) Remember(header);
        }
        return response;
    }

    /// <summary>Keeps name=value; a cookie set empty or already expired is removed (attributes are otherwise ignored).</summary>
    private void Remember(string header)
    {
        var parts = header.Split(';', StringSplitOptions.TrimEntries);
        var equals = parts[0].IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) return;
        var name = parts[0][..equals];
        var value = parts[0][(equals + 1)..];
        var expired = parts.Skip(1).Any(p =>
            (p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase)
             && DateTimeOffset.TryParse(p[8..], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at < DateTimeOffset.UtcNow)
            || p.Equals("max-age=0", StringComparison.OrdinalIgnoreCase));
        if (value.Length == 0 || expired) _cookies.Remove(name);
        else _cookies[name] = value;
    }

    public bool HasCookie(string name) => _cookies.ContainsKey(name);

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, url, null, cancellationToken);
        return (response, await ParseAsync(response, url));
    }

    /// <summary>GETs a page that must answer 200.</summary>
    public async Task<IHtmlDocument> GetPageAsync(Uri url, CancellationToken cancellationToken)
    {
        var (response, document) = await GetAsync(url, cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}, expected 200. Location: {response.Headers.Location}");
        return document;
    }

    /// <summary>
    /// Submits a form of <paramref name="page"/> (fields as the page has them, replaced by <paramref name="values"/>; null
    /// removes a field) to <paramref name="target"/>: the page's own address or another instance's.
    /// </summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(
        IHtmlDocument page, Uri target, IEnumerable<KeyValuePair<string, string?>>? values, CancellationToken cancellationToken,
        string selector = "main form[method=post]")
    {
        ArgumentNullException.ThrowIfNull(page);
        var fields = FormFields(page, selector);
        if (values is not null)
        {
            var overrides = values.ToList();
            var names = overrides.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
            fields.RemoveAll(f => names.Contains(f.Key));
            fields.AddRange(overrides.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string>(v.Key, v.Value!)));
        }
        using var content = new FormUrlEncodedContent(fields);
        var response = await SendAsync(HttpMethod.Post, target, content, cancellationToken);
        return (response, await ParseAsync(response, target));
    }

    /// <summary>The fields a browser would send for the form matching <paramref name="selector"/>.</summary>
    public static List<KeyValuePair<string, string>> FormFields(IHtmlDocument page, string selector = "main form[method=post]")
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{selector}' on {page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
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
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
            }
        }
        return fields;
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response, Uri url)
    {
        var html = await response.Content.ReadAsStringAsync();
        return (IHtmlDocument)await Browsing.OpenAsync(r => r.Content(html).Address(url.ToString()));
    }

    public void Dispose() => _http.Dispose();
}
