using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PledgeSite.ClusterTests.Infrastructure;

/// <summary>
/// One instance of the published site, run as its own process (<c>dotnet PledgeSite.Web.dll --urls ...</c>) on a free
/// loopback port, as a deployment runs it. Keeps the last lines of its output to explain a failure.
/// </summary>
public sealed class SiteInstance : IAsyncDisposable
{
    private readonly string _publishDirectory;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public SiteInstance(string name, string publishDirectory, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        _publishDirectory = publishDirectory;
        _environment = environment;
        Port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}");
    }

    public string Name { get; }
    public int Port { get; }
    public Uri BaseAddress { get; }
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"Instance {Name} is not running.");
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>
    /// The prefix of this process's lease owner names (<c>InstanceIdentity</c>: machine, process id, random suffix),
    /// for finding its rows in <c>OutboxMessages.LeaseOwner</c> and <c>JobLeases.Owner</c>.
    /// </summary>
    public string LeaseOwnerPrefix => $"{Environment.MachineName}:{ProcessId}:";

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>A free loopback port, never one handed out before in this run (the OS may offer a just-freed port again).</summary>
    public static int FreePort()
    {
        lock (HandedOut)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (HandedOut.Add(port)) return port;
            }
        }
    }

    /// <summary>Starts the process and waits until <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (IsRunning) throw new InvalidOperationException($"Instance {Name} is already running.");
        _process?.Dispose();
        _output.Clear();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _publishDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(_publishDirectory, "PledgeSite.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        foreach (var (key, value) in _environment) start.Environment[key] = value;
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Instance {Name} exited with code {process.ExitCode} while starting.\n{Output()}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/health/ready"), cancellationToken);
                // Ready, and it is this process answering (not something else that holds the port).
                if (response.StatusCode == HttpStatusCode.OK && !process.HasExited) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { /* slow first request */ }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"Instance {Name} was not ready within {timeout.TotalSeconds} s.\n{Output()}");
    }

    /// <summary>SIGKILL: the process dies at once, holding whatever it held.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// SIGTERM, as a process manager or container runtime stops an instance. Returns whether it exited within
    /// <paramref name="timeout"/>; it is killed if not.
    /// </summary>
    public async Task<(bool Exited, int ExitCode)> TerminateAsync(TimeSpan timeout)
    {
        if (_process is null || _process.HasExited) throw new InvalidOperationException($"Instance {Name} is not running.");
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return (true, _process.ExitCode);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            return (false, -1);
        }
    }

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string Output() => $"--- {Name} (port {Port}) output ---\n" + string.Join('\n', _output);

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 200) _output.TryDequeue(out _);
    }

    public async ValueTask DisposeAsync()
    {
        try { await KillAsync(); }
        catch (InvalidOperationException) { /* never started */ }
        _process?.Dispose();
        _process = null;
    }
}
