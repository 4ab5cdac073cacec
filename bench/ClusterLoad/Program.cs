// The load client of bench/cluster.sh. Virtual users walk the whole sign-up journey (start, every question, add a
// target, check your answers) as a browser without JavaScript would, each request sent to instance A or B in turn, as
// a round-robin load balancer does: a request that fails to connect or loses its connection marks that instance down
// for a second and goes to the other one (a check-your-answers POST sent again is safe: a submitted journey answers
// with its confirmation page). Every submission answered with a redirect to the confirmation page is "accepted" and
// its journey id written to accepted.txt, so the script can look for each one in the database.
//
// Usage: ClusterLoad --a URL --b URL --users N --seconds S --out DIR
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

var settings = args.Select((value, i) => (value, i)).Where(x => x.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.value[2..], x => args[x.i + 1], StringComparer.Ordinal);
var instances = new[] { new Instance("A", new Uri(settings["a"])), new Instance("B", new Uri(settings["b"])) };
var users = int.Parse(settings.GetValueOrDefault("users", "8"), CultureInfo.InvariantCulture);
var seconds = int.Parse(settings.GetValueOrDefault("seconds", "60"), CultureInfo.InvariantCulture);
var outDir = settings.GetValueOrDefault("out", ".");
Directory.CreateDirectory(outDir);

using var http = new HttpClient(new SocketsHttpHandler
{
    UseCookies = false,
    AllowAutoRedirect = false,
    ConnectTimeout = TimeSpan.FromSeconds(2),
    MaxConnectionsPerServer = 64,
})
{ Timeout = TimeSpan.FromSeconds(30) };

var run = new Run(http, instances);
var clock = Stopwatch.StartNew();
var stopStarting = TimeSpan.FromSeconds(seconds);
// Journeys begun before the end are finished (so every submission has a definite answer), within a grace period.
using var hardStop = new CancellationTokenSource(stopStarting + TimeSpan.FromSeconds(45));

await Task.WhenAll(Enumerable.Range(0, users).Select(user => Task.Run(async () =>
{
    for (var n = 0; clock.Elapsed < stopStarting && !hardStop.IsCancellationRequested; n++)
    {
        try
        {
            await run.JourneyAsync($"Cluster load {user}-{n} {Guid.NewGuid().ToString("N")[..8]}", hardStop.Token);
        }
        catch (OperationCanceledException) when (hardStop.IsCancellationRequested)
        {
            Interlocked.Increment(ref run.Unfinished);
        }
        catch (GaveUpException)
        {
            Interlocked.Increment(ref run.Abandoned);
        }
    }
})));
var elapsed = clock.Elapsed.TotalSeconds;

await File.WriteAllLinesAsync(Path.Combine(outDir, "accepted.txt"), run.Accepted.Select(a => a.Journey));
await File.WriteAllLinesAsync(Path.Combine(outDir, "failures.tsv"), run.Failures.OrderBy(f => f.AtMs)
    .Select(f => $"{f.AtMs}\t{f.Instance}\t{f.What}\t{f.Error}"));
await File.WriteAllLinesAsync(Path.Combine(outDir, "accepted.tsv"), run.Accepted.OrderBy(a => a.AtMs)
    .Select(a => $"{a.AtMs}\t{a.Journey}\t{a.Instance}\t{a.Attempts}"));
var summary = new Dictionary<string, string>
{
    ["seconds"] = elapsed.ToString("0.0", CultureInfo.InvariantCulture),
    ["users"] = users.ToString(CultureInfo.InvariantCulture),
    ["journeys_started"] = run.Started.ToString(CultureInfo.InvariantCulture),
    ["accepted"] = run.Accepted.Count.ToString(CultureInfo.InvariantCulture),
    ["accepted_after_retry"] = run.Accepted.Count(a => a.Attempts > 1).ToString(CultureInfo.InvariantCulture),
    ["requests"] = instances.Sum(i => i.Requests).ToString(CultureInfo.InvariantCulture),
    ["requests_a"] = instances[0].Requests.ToString(CultureInfo.InvariantCulture),
    ["requests_b"] = instances[1].Requests.ToString(CultureInfo.InvariantCulture),
    ["connection_failures"] = run.Failures.Count.ToString(CultureInfo.InvariantCulture),
    ["unexpected_answers"] = run.Unexpected.Count.ToString(CultureInfo.InvariantCulture),
    ["server_errors"] = run.Unexpected.Count(u => u.Status >= 500).ToString(CultureInfo.InvariantCulture),
    ["abandoned"] = run.Abandoned.ToString(CultureInfo.InvariantCulture),
    ["unfinished"] = run.Unfinished.ToString(CultureInfo.InvariantCulture),
};
await File.WriteAllLinesAsync(Path.Combine(outDir, "summary.txt"), summary.Select(kv => $"{kv.Key}={kv.Value}"));
await File.WriteAllLinesAsync(Path.Combine(outDir, "unexpected.tsv"), run.Unexpected.Select(u => $"{u.AtMs}\t{u.Instance}\t{u.Status}\t{u.What}"));
foreach (var (key, value) in summary) Console.WriteLine($"{key}={value}");

internal sealed class GaveUpException(string message) : Exception(message);

internal sealed class Instance(string name, Uri baseAddress)
{
    public string Name { get; } = name;
    public Uri BaseAddress { get; } = baseAddress;
    public long DownUntilMs;
    public long Requests;
}

internal sealed record Failure(long AtMs, string Instance, string What, string Error);
internal sealed record Unexpected(long AtMs, string Instance, int Status, string What);
internal sealed record Accepted(long AtMs, string Journey, string Instance, int Attempts);

/// <summary>One browser's cookies.</summary>
internal sealed class Session
{
    private readonly ConcurrentDictionary<string, string> _cookies = new(StringComparer.Ordinal);
    public string? Token { get; set; }

    public void Apply(HttpRequestMessage request)
    {
        if (!_cookies.IsEmpty) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
    }

    public void Remember(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values)) return;
        foreach (var header in values)
        {
            var pair = header.Split(';')[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0) _cookies[pair[..equals]] = pair[(equals + 1)..];
        }
    }
}

internal sealed partial class Run(HttpClient http, Instance[] instances)
{
    public readonly ConcurrentBag<Accepted> Accepted = [];
    public readonly ConcurrentBag<Failure> Failures = [];
    public readonly ConcurrentBag<Unexpected> Unexpected = [];
    public int Started;
    public int Abandoned;
    public int Unfinished;
    private int _next;

    private static long NowMs() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>Round robin over the instances not marked down; waits while both are.</summary>
    private async Task<Instance> PickAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var start = Interlocked.Increment(ref _next);
            for (var i = 0; i < instances.Length; i++)
            {
                var candidate = instances[(start + i) % instances.Length];
                if (Interlocked.Read(ref candidate.DownUntilMs) <= NowMs()) return candidate;
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>Sends a request to an instance, failing over to the other on a connection failure. Returns the answer and who gave it.</summary>
    private async Task<(HttpResponseMessage Response, Instance Instance, int Attempts)> SendAsync(
        Session session, HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>>? form, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            var instance = await PickAsync(cancellationToken);
            using var request = new HttpRequestMessage(method, new Uri(instance.BaseAddress, path));
            if (form is not null) request.Content = new FormUrlEncodedContent(form);
            session.Apply(request);
            try
            {
                var response = await http.SendAsync(request, cancellationToken);
                Interlocked.Increment(ref instance.Requests);
                session.Remember(response);
                return (response, instance, attempt);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                Failures.Add(new Failure(NowMs(), instance.Name, $"{method} {Shape(path)}", ex.GetType().Name + ": " + (ex.InnerException?.Message ?? ex.Message)));
                Interlocked.Exchange(ref instance.DownUntilMs, NowMs() + 1000);
            }
        }
        throw new GaveUpException($"{method} {path}: no instance answered");
    }

    private static string Shape(string path) => JourneyId().Replace(path, "{id}");

    /// <summary>POSTs a form with the antiforgery token and the empty honeypot; the redirect target, or null (recorded) for any other answer.</summary>
    private async Task<string?> PostAsync(Session session, string path, CancellationToken cancellationToken, params (string Name, string Value)[] fields)
    {
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", session.Token!), new("contact_website", "") };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var (response, instance, _) = await SendAsync(session, HttpMethod.Post, path, form, cancellationToken);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location) return location.OriginalString;
            Unexpected.Add(new Unexpected(NowMs(), instance.Name, (int)response.StatusCode, "POST " + Shape(path)));
            return null;
        }
    }

    private async Task<string?> GetAsync(Session session, string path, CancellationToken cancellationToken)
    {
        var (response, instance, _) = await SendAsync(session, HttpMethod.Get, path, null, cancellationToken);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.OK) return await response.Content.ReadAsStringAsync(cancellationToken);
            Unexpected.Add(new Unexpected(NowMs(), instance.Name, (int)response.StatusCode, "GET " + Shape(path)));
            return null;
        }
    }

    public async Task JourneyAsync(string organisation, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Started);
        var session = new Session();
        var start = await GetAsync(session, "/pledge/sign", cancellationToken);
        if (start is null || TokenField().Match(start) is not { Success: true } token) return;
        session.Token = WebUtility.HtmlDecode(token.Groups[1].Value);

        var next = await PostAsync(session, "/pledge/sign", cancellationToken);
        if (next is null || JourneyId().Match(next) is not { Success: true } id) return;
        var journey = $"/pledge/sign/{id.Value}";
        var email = $"contact-{Guid.NewGuid():N}@example.org";
        (string, string)[][] answers =
        [
            [("Answers.OrganisationName", organisation)],
            [("Answers.OrganisationType", "Business")],
            [("Answers.Sector", "Technology")],
            [("Answers.SizeBand", "50 to 249 people")],
            [("Answers.CompanyNumber", ""), ("Answers.CharityNumber", "")],
            [("Answers.AddressLine1", "1 Mulberry Place"), ("Answers.Town", "London"), ("Answers.Postcode", "E14 2BG")],
            [("Answers.Website", "")],
            [],
            [("Answers.Contact.Name", "Amina Rahman"), ("Answers.Contact.JobTitle", "Head of People"), ("Answers.Contact.Email", email), ("Answers.Contact.Phone", "020 7364 5000")],
            [("Answers.Sponsor.Name", "Daniel Okafor"), ("Answers.Sponsor.JobTitle", "Chief Executive"), ("Answers.Sponsor.Email", "ceo-" + email)],
        ];
        foreach (var fields in answers)
        {
            next = await PostAsync(session, next!, cancellationToken, fields);
            if (next is null) return;
        }

        // Commitments: what the page offers (the required ones are ticked and locked), all of them.
        var page = await GetAsync(session, next!, cancellationToken);
        if (page is null) return;
        var commitments = CommitmentField().Matches(page).Select(m => ("Answers.CommitmentIds", m.Groups[1].Value)).Distinct().ToArray();
        next = await PostAsync(session, next!, cancellationToken, commitments);
        if (next is null) return;
        next = await PostAsync(session, journey + "/add-target", cancellationToken,
            ("NewTarget.Measure", "Senior staff from Black, Asian and minority ethnic backgrounds"), ("NewTarget.Unit", "%"),
            ("NewTarget.BaselineValue", "21"), ("NewTarget.BaselineDate.Day", "31"), ("NewTarget.BaselineDate.Month", "3"), ("NewTarget.BaselineDate.Year", "2026"),
            ("NewTarget.TargetValue", "35"), ("NewTarget.TargetDate.Day", "31"), ("NewTarget.TargetDate.Month", "3"), ("NewTarget.TargetDate.Year", "2029"),
            ("NewTarget.IsPublic", "yes"));
        if (next is null) return;
        (string, string)[][] rest =
        [
            [],
            [("Answers.Workforce.AsAtDate.Day", "31"), ("Answers.Workforce.AsAtDate.Month", "3"), ("Answers.Workforce.AsAtDate.Year", "2026"),
             ("Answers.Workforce.TotalStaff", "120"), ("Answers.Workforce.MinorityEthnicStaff", "54")],
            [("Answers.ConsentToPublish", "yes")],
            [("Answers.DeclarationAccepted", "true")],
        ];
        foreach (var fields in rest)
        {
            next = await PostAsync(session, next!, cancellationToken, fields);
            if (next is null) return;
        }
        if (!next!.EndsWith("/check-answers", StringComparison.Ordinal))
        {
            Unexpected.Add(new Unexpected(NowMs(), "-", 0, "journey ended at " + Shape(next)));
            return;
        }

        // The submission that creates the pledge.
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", session.Token!), new("contact_website", "") };
        var (response, instance, attempts) = await SendAsync(session, HttpMethod.Post, next, form, cancellationToken);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == journey + "/confirmation")
                Accepted.Add(new Accepted(NowMs(), id.Value, instance.Name, attempts));
            else
                Unexpected.Add(new Unexpected(NowMs(), instance.Name, (int)response.StatusCode, "POST /pledge/sign/{id}/check-answers"));
        }
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex JourneyId();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"Answers\\.CommitmentIds\"[^>]*value=\"(\\d+)\"")]
    private static partial Regex CommitmentField();
}
