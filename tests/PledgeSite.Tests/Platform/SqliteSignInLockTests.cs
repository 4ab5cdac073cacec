using Microsoft.Data.Sqlite;
using PledgeSite.Core.Staff;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Platform;

/// <summary>
/// Issue 17 asks that SQLite locking never fails a request. Umbraco's sign-in reads the user, then writes it: without
/// <see cref="PledgeSite.Web.Infrastructure.SqliteSignInLock"/>, a commit by any other connection in between made the
/// write impossible and the sign-in hung for ten minutes.
/// </summary>
public class SqliteSignInLockTests
{
    [Fact]
    public async Task Staff_sign_in_while_another_connection_keeps_committing_to_umbracos_database()
    {
        // Given staff, and another connection committing to Umbraco's database every few milliseconds
        using var site = new SiteFactory();
        var emails = Enumerable.Range(1, 5).Select(i => $"busy.signin.{i}@example.org").ToList();
        foreach (var email in emails) await site.CreateStaffAsync(email, StaffAccounts.Password, StaffRoles.Editor);
        using var stop = new CancellationTokenSource();
        var commits = 0;
        var committing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var committingAfter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var afterSignIns = int.MaxValue;
        var writer = Task.Run(async () =>
        {
            await using var connection = new SqliteConnection($"Data Source={site.UmbracoDatabasePath};Pooling=False;Default Timeout=60");
            await connection.OpenAsync();
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = "CREATE TABLE IF NOT EXISTS testHeartbeat (n INTEGER)";
                await create.ExecuteNonQueryAsync();
            }
            while (!stop.IsCancellationRequested)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO testHeartbeat (n) VALUES (1)";
                await insert.ExecuteNonQueryAsync();
                var committed = Interlocked.Increment(ref commits);
                if (committed == 10) committing.TrySetResult();
                if (committed >= Volatile.Read(ref afterSignIns) + 10) committingAfter.TrySetResult();
                await Task.Delay(2, CancellationToken.None);
            }
        }, TestContext.Current.CancellationToken);

        try
        {
            // (the other connection is under way before anyone signs in)
            await committing.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

            // When each signs in, one after another
            foreach (var email in emails)
            {
                using var client = HtmlClient.For(site);
                var signIn = client.SignInAsStaffAsync(email);
                // Then every sign-in succeeds promptly (without the lock, the first one hung for ten minutes)
                var finished = await Task.WhenAny(signIn, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
                Assert.True(finished == signIn, $"The sign-in of {email} had not finished after 60 s");
                await signIn;
            }

            // And the other connection was never locked out: it goes on committing afterwards (a sign-in that kept
            // Umbraco's write lock, or a writer given SQLITE_BUSY, would stop it)
            Volatile.Write(ref afterSignIns, Volatile.Read(ref commits));
            var resumed = await Task.WhenAny(committingAfter.Task, writer, Task.Delay(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
            Assert.True(resumed == committingAfter.Task, $"The other connection stopped committing after {commits} commits");
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }
    }
}
