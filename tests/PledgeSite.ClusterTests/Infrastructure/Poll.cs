namespace PledgeSite.ClusterTests.Infrastructure;

public static class Poll
{
    /// <summary>Reads until <paramref name="done"/> holds or the timeout passes, and returns the last value read.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow + timeout;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, cancel);
            value = await read();
        }
        return value;
    }
}
