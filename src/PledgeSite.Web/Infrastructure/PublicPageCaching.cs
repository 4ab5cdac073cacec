using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// How anonymous public pages are cached. The output cache stores each page already compressed (response compression
/// runs inside it), one entry per content coding, so a cached page costs no compression work. Every response the
/// output cache will store gets <c>Cache-Control: public</c> and an ETag (unless the page set its own), and the
/// output cache answers a matching <c>If-None-Match</c> with 304 without running the page.
/// </summary>
public static class PublicPageCaching
{
    /// <summary>How long browsers and shared caches may reuse a page without asking again.</summary>
    public const int MaxAgeSeconds = 60;

    /// <summary>One cache entry per encoding the compression middleware would choose (br, gzip or none).</summary>
    public static OutputCachePolicyBuilder VaryByContentCoding(this OutputCachePolicyBuilder policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.VaryByValue(context => new KeyValuePair<string, string>("coding", ContentCoding(context.Request)));
    }

    /// <summary>"br", "gzip" or "identity": the coding the response compression middleware picks for this request.</summary>
    public static string ContentCoding(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted)) return "identity";
        double br = 0, gzip = 0;
        foreach (var value in accepted)
        {
            var q = value.Quality ?? 1;
            if (value.Value.Equals("br", StringComparison.OrdinalIgnoreCase)) br = q;
            else if (value.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase)) gzip = q;
            else if (value.Value.Equals("*", StringComparison.Ordinal)) { br = Math.Max(br, q); gzip = Math.Max(gzip, q); }
        }
        if (br > 0 && br >= gzip) return "br";
        return gzip > 0 ? "gzip" : "identity";
    }

    /// <summary>
    /// Caches a page only for query strings it can read (see <see cref="KnownQueryKeysPolicy"/>), so made-up
    /// parameters cannot fill the cache.
    /// </summary>
    public static OutputCachePolicyBuilder OnlyKnownQueryKeys(this OutputCachePolicyBuilder policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.AddPolicy<KnownQueryKeysPolicy>();
    }

    /// <summary>A new strong ETag: each cache entry gets its own, and all its copies are the same bytes.</summary>
    public static string NewETag() => "\"" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)) + "\"";
}

/// <summary>
/// Pages are cached per query string, so any made-up parameter (<c>?x=1</c>, <c>?x=2</c>, ...) would otherwise store
/// a new copy of the page each time and push the pages people read out of the cache. A request whose query string
/// has a parameter the page does not bind (a property with <c>[FromQuery]</c> or
/// <c>[BindProperty(SupportsGet = true)]</c>, or a handler parameter) is answered fresh and not stored. What is
/// stored is still keyed by the whole query string, so a cached page is only served for the query it was made for.
/// </summary>
public sealed class KnownQueryKeysPolicy : IOutputCachePolicy
{
    private static readonly ConcurrentDictionary<CompiledPageActionDescriptor, HashSet<string>> Keys = new();

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var query = context.HttpContext.Request.Query;
        if (query.Count == 0) return ValueTask.CompletedTask;
        var page = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<CompiledPageActionDescriptor>();
        var known = page is null ? null : Keys.GetOrAdd(page, KeysOf);
        foreach (var key in query.Keys)
        {
            if (known is not null && known.Contains(key)) continue;
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            break;
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>The query parameters a page binds: its bound properties and its handlers' parameters, by binding name.</summary>
    public static HashSet<string> KeysOf(CompiledPageActionDescriptor page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "handler" };
        foreach (var property in page.BoundProperties) AddKeys(keys, property.BindingInfo?.BinderModelName ?? property.Name, property.ParameterType, 0);
        foreach (var handler in page.HandlerMethods)
        {
            foreach (var parameter in handler.Parameters)
            {
                if (parameter.ParameterType == typeof(CancellationToken)) continue;
                AddKeys(keys, parameter.BindingInfo?.BinderModelName ?? parameter.Name, parameter.ParameterType, 0);
            }
        }
        return keys;
    }

    /// <summary>A simple value binds from its own name; a class (such as the directory's query) from its properties' names.</summary>
    private static void AddKeys(HashSet<string> keys, string name, Type type, int depth)
    {
        if (type == typeof(string) || type.IsValueType || depth > 2)
        {
            keys.Add(name);
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true }) continue;
            var bound = property.GetCustomAttributes().OfType<IModelNameProvider>().Select(a => a.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n));
            AddKeys(keys, bound ?? property.Name, property.PropertyType, depth + 1);
        }
    }
}

/// <summary>
/// Sits between the output cache and the page: just before the first byte of a response the output cache will
/// store (200, anonymous, no cookie), adds Cache-Control and an ETag, so the cache entry carries them too.
/// </summary>
public sealed class PublicCacheHeadersMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cache = context.Features.Get<IOutputCacheFeature>()?.Context;
        if (cache is null || !cache.EnableOutputCaching || !cache.AllowCacheStorage)
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        // Not disposed: the response body underneath belongs to the server.
        context.Response.Body = new FirstWriteStream(original, () => AddHeaders(context));
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    private static void AddHeaders(HttpContext context)
    {
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 || response.HasStarted) return;
        var headers = response.Headers;
        if (headers.CacheControl.Count == 0) headers.CacheControl = $"public, max-age={PublicPageCaching.MaxAgeSeconds}";
        if (headers.ETag.Count == 0) headers.ETag = PublicPageCaching.NewETag();
    }

    /// <summary>Runs a callback once, before the first byte is written (or at the end if nothing is).</summary>
    private sealed class FirstWriteStream(Stream inner, Action beforeFirstWrite) : Stream
    {
        private bool _started;

        private void Start()
        {
            if (_started) return;
            _started = true;
            beforeFirstWrite();
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { Start(); inner.Flush(); }
        public override Task FlushAsync(CancellationToken cancellationToken) { Start(); return inner.FlushAsync(cancellationToken); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) { Start(); inner.Write(buffer, offset, count); }
        public override void Write(ReadOnlySpan<byte> buffer) { Start(); inner.Write(buffer); }
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Start();
            return inner.WriteAsync(buffer, offset, count, cancellationToken);
        }
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Start();
            return inner.WriteAsync(buffer, cancellationToken);
        }
    }
}
