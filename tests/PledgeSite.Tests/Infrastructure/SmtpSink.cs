using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>
/// A small SMTP server on a free loopback port that keeps every message it receives. Set <see cref="FailNext"/>
/// to answer the next DATA with a 451 (temporary failure), as a struggling mail server would.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _inFlight;

    public SmtpSink()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }
    public ConcurrentQueue<MimeMessage> Messages { get; } = new();
    /// <summary>How many of the next messages to refuse with 451.</summary>
    public int FailNext { get; set; }
    /// <summary>Awaited before answering each MAIL command: a test can hold senders there, before any message is handed over.</summary>
    public Func<Task>? BeforeMail { get; set; }

    /// <summary>Messages begun (MAIL accepted) and not yet finished (accepted, refused, reset or the connection closed).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Waits until at least <paramref name="count"/> messages have arrived, or the timeout passes.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Messages.Count < count && DateTime.UtcNow < deadline) await Task.Delay(50);
        return Messages.ToList();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => HandleAsync(client));
        }
    }

    private async Task HandleAsync(TcpClient client)
    {
        var inMessage = false;
        void Finish()
        {
            if (!inMessage) return;
            inMessage = false;
            Interlocked.Decrement(ref _inFlight);
        }
        try
        {
            await ConverseAsync(client, () => { if (!inMessage) { inMessage = true; Interlocked.Increment(ref _inFlight); } }, Finish);
        }
        catch (IOException) { /* the sender hung up */ }
        finally
        {
            Finish();
        }
    }

    private async Task ConverseAsync(TcpClient client, Action begin, Action finish)
    {
        using (client)
        {
            var stream = client.GetStream();
            // Latin-1 maps bytes to chars one to one, so 8-bit message bodies survive the round trip.
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost SMTP sink");
            while (await reader.ReadLineAsync() is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "MAIL":
                        begin();
                        if (BeforeMail is { } hold) await hold();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RSET":
                        finish();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "HELO":
                    case "RCPT":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }
                        if (FailNext > 0)
                        {
                            FailNext--;
                            finish();
                            await writer.WriteLineAsync("451 Temporary failure, try again later");
                            break;
                        }
                        using (var ms = new MemoryStream(Encoding.Latin1.GetBytes(data.ToString())))
                        {
                            Messages.Enqueue(await MimeMessage.LoadAsync(ms));
                        }
                        finish();
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
