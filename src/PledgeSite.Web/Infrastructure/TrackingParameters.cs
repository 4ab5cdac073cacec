using System.Collections.Frozen;
using System.Text;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Drops campaign-tracking parameters (<c>utm_source</c> and the other <c>utm_</c> ones, <c>gclid</c>,
/// <c>fbclid</c> and the like) from the query string of GET and HEAD requests before anything reads it. No page
/// reads them, so a campaign link such as <c>/?utm_source=newsletter</c> gets the same cached page as <c>/</c>,
/// where otherwise it would be an unknown parameter, answered fresh and never stored (<see cref="KnownQueryKeysPolicy"/>),
/// just when a campaign brings a burst of visitors; and a page stored for everyone never carries one visitor's
/// tracking values in the links it builds from the query. The browser's address bar keeps them, so analytics in the
/// browser still see them, as do the access logs of the proxy in front of the site. A redirect to a page's new
/// address passes the original query on (<see cref="OriginalQuery"/>), so the campaign is not lost on the way.
/// </summary>
public sealed class TrackingParametersMiddleware(RequestDelegate next)
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "gclid", "gbraid", "wbraid", "dclid", "fbclid", "msclkid", "yclid", "twclid", "igshid", "li_fat_id",
        "mc_cid", "mc_eid", "_ga", "_gl",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly object OriginalQueryKey = new();

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (request.QueryString.HasValue && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            var without = Without(request.QueryString);
            if (without != request.QueryString)
            {
                context.Items[OriginalQueryKey] = request.QueryString;
                request.QueryString = without;
            }
        }
        return next(context);
    }

    /// <summary>
    /// The query string as the visitor sent it, tracking parameters included: for redirects (never stored by the
    /// output cache), so a campaign link to an old address arrives at the new one with its campaign.
    /// </summary>
    public static QueryString OriginalQuery(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(OriginalQueryKey, out var original) && original is QueryString query ? query : context.Request.QueryString;
    }

    /// <summary>True for a parameter used only to track where a visitor came from.</summary>
    public static bool IsTracking(ReadOnlySpan<char> name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || NamesBySpan.Contains(name);

    /// <summary>The query string without tracking parameters; the others keep their order and encoding.</summary>
    public static QueryString Without(QueryString query)
    {
        if (!query.HasValue) return query;
        var text = query.Value!.AsSpan(1);
        StringBuilder? kept = null;
        var position = 0;
        while (position <= text.Length)
        {
            var end = text[position..].IndexOf('&');
            var pair = end < 0 ? text[position..] : text.Slice(position, end);
            var tracking = pair.Length > 0 && IsTrackingPair(pair);
            if (tracking && kept is null)
            {
                // The first tracking parameter: copy what came before it, then go on pair by pair.
                kept = new StringBuilder(text.Length).Append(text[..position]);
            }
            else if (!tracking && kept is not null && pair.Length > 0)
            {
                if (kept.Length > 0 && kept[^1] != '&') kept.Append('&');
                kept.Append(pair);
            }
            if (end < 0) break;
            position += end + 1;
        }
        if (kept is null) return query;
        var result = kept.ToString().Trim('&');
        return result.Length == 0 ? QueryString.Empty : new QueryString("?" + result);
    }

    /// <summary>Reads the pair's name as it is, decoding it only when it is escaped (no allocation on the usual path).</summary>
    private static bool IsTrackingPair(ReadOnlySpan<char> pair)
    {
        var equals = pair.IndexOf('=');
        var name = equals < 0 ? pair : pair[..equals];
        return name.ContainsAny('%', '+')
            ? IsTracking(Uri.UnescapeDataString(name.ToString().Replace('+', ' ')))
            : IsTracking(name);
    }
}
