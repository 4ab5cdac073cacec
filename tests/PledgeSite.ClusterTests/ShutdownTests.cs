using System.Net;
using System.Net.Sockets;
using PledgeSite.ClusterTests.Infrastructure;

namespace PledgeSite.ClusterTests;

/// <summary>What a SIGTERM'd instance does with the requests it is serving.</summary>
public class ShutdownTests(ClusterFixture cluster)
{
    [Fact(Timeout = 120_000)]
    public async Task A_request_in_flight_when_SIGTERM_arrives_is_answered_before_the_instance_exits()
    {
        var cancel = TestContext.Current.CancellationToken;
        await cluster.EnsureRunningAsync(cancel);
        try
        {
            using var visitor = new Visitor();
            var start = await visitor.GetPageAsync(new Uri(cluster.A.BaseAddress, "/pledge/sign"), cancel);
            // "Start now", its body sent in two halves: the request is under way when the instance is told to stop.
            var body = await new FormUrlEncodedContent(Visitor.FormFields(start)).ReadAsByteArrayAsync(cancel);
            var rest = new TaskCompletionSource();
            using var content = new HalvedContent(body, rest.Task);
            content.Headers.ContentType = new("application/x-www-form-urlencoded");
            var posting = visitor.SendAsync(HttpMethod.Post, new Uri(cluster.A.BaseAddress, "/pledge/sign"), content, cancel);
            await content.FirstHalfSent.WaitAsync(TimeSpan.FromSeconds(10), cancel);

            var stopping = cluster.A.TerminateAsync(TimeSpan.FromSeconds(30));
            var refusing = await RefusesNewConnectionsAsync(cluster.A.Port, TimeSpan.FromSeconds(20), cancel);
            rest.SetResult();
            using var response = await posting;
            var (exited, exitCode) = await stopping;

            Assert.True(refusing, "A kept accepting connections after SIGTERM.\n" + cluster.A.Output());
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/pledge/sign/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.True(exited, "A did not exit within 30 s of SIGTERM.\n" + cluster.A.Output());
            Assert.Equal(0, exitCode);
        }
        finally
        {
            await cluster.EnsureRunningAsync(CancellationToken.None);
        }
    }

    /// <summary>Waits until a new connection to the port is refused (the instance has stopped listening).</summary>
    private static async Task<bool> RefusesNewConnectionsAsync(int port, TimeSpan timeout, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, cancel);
            }
            catch (SocketException)
            {
                return true;
            }
            await Task.Delay(50, cancel);
        }
        return false;
    }

    /// <summary>A request body that sends its first half at once and the rest when <paramref name="rest"/> completes.</summary>
    private sealed class HalvedContent(byte[] body, Task rest) : HttpContent
    {
        private readonly TaskCompletionSource _firstHalfSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstHalfSent => _firstHalfSent.Task;

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var half = body.Length / 2;
            await stream.WriteAsync(body.AsMemory(0, half));
            await stream.FlushAsync();
            _firstHalfSent.TrySetResult();
            await rest;
            await stream.WriteAsync(body.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = body.Length;
            return true;
        }
    }
}
