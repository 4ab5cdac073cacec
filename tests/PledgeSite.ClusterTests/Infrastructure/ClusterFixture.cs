using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PledgeSite.ClusterTests.Infrastructure.ClusterFixture))]
// The tests share two instances and kill and restart them: one at a time.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace PledgeSite.ClusterTests.Infrastructure;

/// <summary>
/// Two instances (A and B) of the published site on loopback, sharing one SQLite database, one Redis and one SMTP
/// sink, as two servers behind a load balancer would. A starts first (it migrates, seeds and imports the starter
/// content); B starts once A is ready. Tests that stop an instance call <see cref="EnsureRunningAsync"/> to get
/// both back. The site is run from the publish folder: <c>PLEDGESITE_PUBLISH_DIR</c>, or <c>artifacts/site</c> at the
/// repository root (test.sh publishes there).
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>Outbox leases expire quickly here, so a takeover after a crash fits in a test.</summary>
    public static readonly TimeSpan EmailLease = TimeSpan.FromSeconds(4);
    /// <summary>Form POSTs allowed per address per minute, counted across the instances.</summary>
    public const int FormPostsPerMinute = 6;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pledgesite-cluster", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public RedisServer Redis { get; } = new();
    public SmtpSink Smtp { get; } = new();
    public SiteInstance A { get; private set; } = null!;
    public SiteInstance B { get; private set; } = null!;
    public string DatabasePath => Path.Combine(_directory, "site.db");
    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = DatabasePath, DefaultTimeout = 30, Pooling = false }.ToString();

    public static string PublishDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("PLEDGESITE_PUBLISH_DIR");
        var directory = string.IsNullOrWhiteSpace(configured) ? Path.Combine(RepositoryRoot(), "artifacts", "site") : Path.GetFullPath(configured);
        if (!File.Exists(Path.Combine(directory, "PledgeSite.Web.dll")))
            throw new InvalidOperationException(
                $"The published site is missing: no PledgeSite.Web.dll in {directory}. Run " +
                "`dotnet publish src/PledgeSite.Web -c Release -o artifacts/site` first (./test.sh does), or set PLEDGESITE_PUBLISH_DIR.");
        return directory;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PledgeSite.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No PledgeSite.sln above {AppContext.BaseDirectory}; set PLEDGESITE_PUBLISH_DIR.");
    }

    public async ValueTask InitializeAsync()
    {
        var publish = PublishDirectory();
        Directory.CreateDirectory(_directory);
        var cancellation = TestContext.Current.CancellationToken;
        await Redis.StartAsync(cancellation);

        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_NOLOGO"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Warning",
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Sqlite"] = $"Data Source={DatabasePath}",
            ["Redis__Configuration"] = Redis.Configuration,
            ["Email__SmtpHost"] = "127.0.0.1",
            ["Email__SmtpPort"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Email__SmtpSecurity"] = "None",
            ["Email__PublicBaseUrl"] = "https://pledge.example.org",
            ["Email__PollInterval"] = "00:00:00.200",
            ["Email__LeaseDuration"] = EmailLease.ToString("c", CultureInfo.InvariantCulture),
            ["Email__BatchSize"] = "10",
            ["RateLimits__FormPostsPerMinute"] = FormPostsPerMinute.ToString(CultureInfo.InvariantCulture),
            ["RateLimits__SignInPostsPerMinute"] = "1000",
            ["Media__StoragePath"] = Path.Combine(_directory, "media"),
            ["Recaptcha__SiteKey"] = "",
            ["Recaptcha__SecretKey"] = "",
            // One Umbraco database for both, as load-balanced servers share one; A installs it unattended.
            ["ConnectionStrings__umbracoDbDSN"] = $"Data Source={Path.Combine(_directory, "umbraco.db")};Foreign Keys=True;Pooling=True",
            ["ConnectionStrings__umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
            ["Umbraco__CMS__Unattended__UnattendedUserName"] = "Cluster administrator",
            ["Umbraco__CMS__Unattended__UnattendedUserEmail"] = StaffAccounts.AdministratorEmail,
            ["Umbraco__CMS__Unattended__UnattendedUserPassword"] = StaffAccounts.Password,
            ["Umbraco__CMS__Imaging__HMACSecretKey"] = "Y2x1c3Rlci10ZXN0cy1pbWFnaW5nLWtleS1ub3QtYS1zZWNyZXQtMDEyMzQ1Njc4OQ==",
            ["Umbraco__CMS__WebRouting__UmbracoApplicationUrl"] = "https://pledge.example.org",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        A = new SiteInstance("A", publish, With(environment, "Umbraco__CMS__Global__MainDomKeyDiscriminator", "A"));
        B = new SiteInstance("B", publish, With(environment, "Umbraco__CMS__Global__MainDomKeyDiscriminator", "B"));

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<PledgeDbContext>(o => o.UseSqlite(ConnectionString));
        _services = services.BuildServiceProvider();

        try
        {
            await EnsureRunningAsync(cancellation);
            await SetUpAdministratorAuthenticatorAsync(cancellation);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts whichever of A and B is not running: A first, since the first start migrates and seeds.</summary>
    public async Task EnsureRunningAsync(CancellationToken cancellationToken)
    {
        if (!A.IsRunning) await A.StartAsync(StartTimeout, cancellationToken);
        if (!B.IsRunning) await B.StartAsync(StartTimeout, cancellationToken);
    }

    /// <summary>Both instances' recent output, for assertion messages.</summary>
    public string Output() => A.Output() + "\n" + B.Output();

    public async Task<T> WithDbAsync<T>(Func<PledgeDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = _services!.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<PledgeDbContext>());
    }

    private static Dictionary<string, string> With(Dictionary<string, string> environment, string key, string value) =>
        new(environment) { [key] = value };

    /// <summary>
    /// The administrator's group requires two-factor sign-in (the site's authenticator provider): their
    /// authenticator app, with <see cref="StaffAccounts.AuthenticatorSecretFor"/>, written as Umbraco stores a confirmed one.
    /// </summary>
    private async Task SetUpAdministratorAuthenticatorAsync(CancellationToken cancellationToken)
    {
        await using var umbraco = new SqliteConnection($"Data Source={Path.Combine(_directory, "umbraco.db")};Pooling=False");
        await umbraco.OpenAsync(cancellationToken);
        await using var insert = umbraco.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO umbracoTwoFactorLogin (userOrMemberKey, providerName, secret) " +
                             "SELECT \"key\", $provider, $secret FROM umbracoUser WHERE userEmail = $email";
        insert.Parameters.AddWithValue("$provider", StaffAccounts.AuthenticatorProvider);
        insert.Parameters.AddWithValue("$secret", StaffAccounts.AuthenticatorSecretFor(StaffAccounts.AdministratorEmail));
        insert.Parameters.AddWithValue("$email", StaffAccounts.AdministratorEmail);
        Assert.Equal(1, await insert.ExecuteNonQueryAsync(cancellationToken));
    }

    /// <summary>Signs <paramref name="editor"/> in through <paramref name="instance"/>'s Umbraco login as the administrator Umbraco's install made.</summary>
    public static async Task SignInAsEditorAsync(Visitor editor, SiteInstance instance, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(instance);
        using var body = System.Net.Http.Json.JsonContent.Create(new { username = StaffAccounts.AdministratorEmail, password = StaffAccounts.Password });
        var response = await editor.SendAsync(HttpMethod.Post, new Uri(instance.BaseAddress, StaffAccounts.LoginPath), body, cancel);
        // 402: the second step, answered with the authenticator app's current code.
        if (response.StatusCode == System.Net.HttpStatusCode.PaymentRequired)
        {
            response.Dispose();
            using var code = System.Net.Http.Json.JsonContent.Create(StaffAccounts.TwoFactorAnswer(StaffAccounts.AdministratorEmail));
            response = await editor.SendAsync(HttpMethod.Post, new Uri(instance.BaseAddress, StaffAccounts.VerifyTwoFactorPath), code, cancel);
        }
        using (response)
            Assert.True(response.IsSuccessStatusCode, $"Umbraco refused the administrator's sign-in on {instance.BaseAddress}: {(int)response.StatusCode}");
    }

    public async ValueTask DisposeAsync()
    {
        if (A is not null) await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        await Redis.DisposeAsync();
        await Smtp.DisposeAsync();
        if (_services is not null) await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* temp space */ }
    }
}
