using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using PledgeSite.Core.Time;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Web.Common.DependencyInjection;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>How a test site differs from the default one. Two sites with no differences share one host.</summary>
internal sealed record SiteOptions(
    IReadOnlyDictionary<string, string?> Settings, string Environment, SmtpSink? Smtp, bool RunBackgroundWork,
    Action<IServiceCollection>? TestServices)
{
    public bool IsDefault => Settings.Count == 0 && Environment == "Testing" && Smtp is null && !RunBackgroundWork && TestServices is null;
}

/// <summary>
/// One running site in-process: Umbraco and our pages on their own SQLite files with the real migrations, emails to a
/// pickup folder (or an <see cref="SmtpSink"/>), and background loops off unless asked for. Tests reach it through
/// <see cref="SiteFactory"/>; most share <see cref="Shared"/>.
/// </summary>
internal sealed class SiteHost : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pledgesite-tests", Guid.NewGuid().ToString("N"));
    private readonly SiteOptions _options;
    private string? _umbracoTemp;
    private string? _freshDatabase;

    public SiteHost(SiteOptions options, TimeProvider clock, bool fromTemplate = true)
    {
        _options = options;
        Clock = clock;
        Directory.CreateDirectory(_directory);
        // Umbraco's install takes seconds: every site but the first starts from a copy of one installed database.
        if (fromTemplate) UmbracoTemplate.CopyTo(UmbracoDatabasePath);
    }

    private static readonly Lazy<SiteHost> SharedHost = new(() =>
    {
        var host = new SiteHost(new SiteOptions(new Dictionary<string, string?>(), "Testing", null, false, null), new SwitchableClock());
        _ = host.Services;
        host._freshDatabase = host.SnapshotOfDatabase();
        return host;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The site every test with the default configuration shares (one Umbraco host per test assembly).</summary>
    public static SiteHost Shared => SharedHost.Value;

    /// <summary>Whether the shared host has been started, for disposing it at the end of the run.</summary>
    public static bool SharedStarted => SharedHost.IsValueCreated;

    public TimeProvider Clock { get; }
    public string DataDirectory => _directory;
    public string PickupDirectory => Path.Combine(_directory, "mail-pickup");
    public string DatabasePath => Path.Combine(_directory, "site.db");
    public string UmbracoDatabasePath => Path.Combine(_directory, "umbraco.db");

    /// <summary>Serves the site on Kestrel on a free loopback port (for a real browser) and returns its address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    /// <summary>
    /// Puts the shared site back as a new one would be: our database as it was just after start (migrated and seeded),
    /// no cached pages or queries, no emails or uploaded files. Umbraco's own database is kept (its users and caches
    /// belong together); staff creation is idempotent instead.
    /// </summary>
    public async Task ResetAsync()
    {
        if (_freshDatabase is null) throw new InvalidOperationException("Only the shared site is reset");
        await Task.Run(() => Backup(_freshDatabase, DatabasePath));
        if (Services.GetService<IMemoryCache>() is MemoryCache memory) memory.Clear();
        await Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(ResettableOutputCacheStore.EveryEntry, CancellationToken.None);
        foreach (var folder in new[] { PickupDirectory, Path.Combine(_directory, "award-files"), Path.Combine(_directory, "media") })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>A copy of our database as it is now, kept beside it for <see cref="ResetAsync"/>.</summary>
    private string SnapshotOfDatabase()
    {
        var snapshot = Path.Combine(_directory, "fresh-site.db");
        Backup(DatabasePath, snapshot);
        return snapshot;
    }

    /// <summary>
    /// SQLite's backup: writes the source's pages into the target under the target's write lock, so the site's pooled
    /// connections see the whole change at once (a file copy would tear under them, and miss the write-ahead log).
    /// </summary>
    internal static void Backup(string sourcePath, string targetPath)
    {
        using var source = new SqliteConnection($"Data Source={sourcePath};Pooling=False");
        using var target = new SqliteConnection($"Data Source={targetPath};Pooling=False;Default Timeout=30");
        source.Open();
        target.Open();
        source.BackupDatabase(target);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_options.Environment);
        // The build-time static asset manifest (fingerprints) is used outside Development only when asked for.
        builder.UseStaticWebAssets();
        var smtp = _options.Smtp;
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}",
            ["ConnectionStrings:umbracoDbDSN"] = $"Data Source={UmbracoDatabasePath};Foreign Keys=True;Pooling=True",
            ["ConnectionStrings:umbracoDbDSN_ProviderName"] = "Microsoft.Data.Sqlite",
            ["Umbraco:CMS:Unattended:InstallUnattended"] = "true",
            ["Umbraco:CMS:Unattended:UnattendedUserName"] = "Test Administrator",
            ["Umbraco:CMS:Unattended:UnattendedUserEmail"] = StaffAccounts.AdministratorEmail,
            ["Umbraco:CMS:Unattended:UnattendedUserPassword"] = StaffAccounts.Password,
            ["Umbraco:CMS:Global:MainDomKeyDiscriminator"] = Path.GetFileName(_directory),
            // Umbraco's temporary files (Examine indexes, MainDom locks, uploads) per site, not in the source tree
            // where every test site would share them: the environment's temp folder, under a hash of the site name.
            ["Umbraco:CMS:Hosting:LocalTempStorageLocation"] = "EnvironmentTemp",
            ["Umbraco:CMS:Hosting:SiteName"] = "pledgesite-test-" + Path.GetFileName(_directory),
            ["Umbraco:CMS:Imaging:HMACSecretKey"] = "dGVzdC1zaXRlcy1pbWFnaW5nLWtleS1ub3QtYS1zZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZg==",
            ["Umbraco:CMS:WebRouting:UmbracoApplicationUrl"] = "http://localhost",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Email:PickupDirectory"] = PickupDirectory,
            ["Email:SmtpHost"] = smtp is null ? "" : "127.0.0.1",
            ["Email:SmtpPort"] = smtp?.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "25",
            ["Email:SmtpSecurity"] = "None",
            ["Email:PollInterval"] = "00:00:00.200",
            ["Email:PublicBaseUrl"] = "http://localhost",
            ["Media:StoragePath"] = Path.Combine(_directory, "media"),
            ["BackgroundWork:Enabled"] = _options.RunBackgroundWork ? "true" : "false",
            ["RateLimits:FormPostsPerMinute"] = "100000",
            ["RateLimits:SignInPostsPerMinute"] = "100000",
            ["RateLimits:ApiRequestsPerMinute"] = "100000",
            ["Recaptcha:SiteKey"] = "",
            ["Recaptcha:SecretKey"] = "",
            // Tests start from an empty database; tests that need the starter content in uSync/ turn this on.
            ["USync:ImportOnStartup"] = "false",
            ["USync:ExportOnSave"] = "false",
            // Many sites share one test process, and a quiet spell there is the whole process waiting (on a browser,
            // say): each site's process-wide compacting collection would pause every other test. The logic is tested
            // in IdleMemoryReleaseTests and its effect measured by bench/run.sh.
            ["Memory:ReleaseWhenIdle"] = "false",
        };
        foreach (var (key, value) in _options.Settings) settings[key] = value;
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            // Our code's clock only: Umbraco keeps the real one (its sign-in waits and cookie lifetimes run on it).
            services.Replace(ServiceDescriptor.Singleton(new SiteClock(Clock)));
        });
        builder.ConfigureTestServices(services =>
        {
            // Every cached page carries one more tag, so that resetting the shared site can drop them all.
            var store = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
            services.Remove(store);
            services.AddSingleton<IOutputCacheStore>(sp => new ResettableOutputCacheStore(
                (IOutputCacheStore)(store.ImplementationInstance ?? store.ImplementationFactory?.Invoke(sp)
                    ?? ActivatorUtilities.CreateInstance(sp, store.ImplementationType!))));
            _options.TestServices?.Invoke(services);
        });
    }

    /// <summary>
    /// Started means ready: Umbraco finishes its unattended upgrade (package migrations such as our staff groups) in
    /// a background service after the host has started, and a test writing to Umbraco meanwhile would race it.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        var runtime = host.Services.GetRequiredService<IRuntimeState>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (runtime.Level != RuntimeLevel.Run)
        {
            if (runtime.Level == RuntimeLevel.BootFailed || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"Umbraco did not reach its Run level: {runtime.Level} {runtime.BootFailedException}");
            Thread.Sleep(50);
        }
        // EnvironmentTemp: <temp>/UmbracoData/<hash of the site name>, this site's alone (deleted on Dispose).
        var umbracoTemp = host.Services.GetRequiredService<Umbraco.Cms.Core.Hosting.IHostingEnvironment>().LocalTempPath;
        if (Path.GetFileName(Path.GetDirectoryName(umbracoTemp.TrimEnd(Path.DirectorySeparatorChar))) == "UmbracoData") _umbracoTemp = umbracoTemp;
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            foreach (var directory in new[] { _directory, _umbracoTemp })
            {
                if (directory is null || !Directory.Exists(directory)) continue;
                try { Directory.Delete(directory, recursive: true); }
                catch (IOException) { /* a file still open on a slow shutdown; temp space is cleaned by the OS */ }
                catch (UnauthorizedAccessException) { /* likewise */ }
            }
            // Umbraco keeps the running host's services in a static (StaticServiceProvider); a site of its own that ran
            // beside the shared one replaced it, so give it back.
            if (SharedStarted && this != SharedHost.Value) StaticServiceProvider.Instance = SharedHost.Value.Services;
        }
    }
}

/// <summary>
/// The clock of the shared site: each test's <see cref="SiteFactory"/> brings its own fake clock (or the real one)
/// and switches the shared site to it, since a fake clock cannot be wound back for the next test.
/// </summary>
internal sealed class SwitchableClock : TimeProvider
{
    public TimeProvider Current { get; set; } = System;
    public override DateTimeOffset GetUtcNow() => Current.GetUtcNow();
    public override TimeZoneInfo LocalTimeZone => Current.LocalTimeZone;
    public override long GetTimestamp() => Current.GetTimestamp();
    public override long TimestampFrequency => Current.TimestampFrequency;
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Current.CreateTimer(callback, state, dueTime, period);
}

/// <summary>The site's output cache store, with every entry also tagged <see cref="EveryEntry"/>.</summary>
internal sealed class ResettableOutputCacheStore(IOutputCacheStore inner) : IOutputCacheStore
{
    public const string EveryEntry = "test-every-entry";
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);
    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);
    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) =>
        inner.SetAsync(key, value, [.. tags ?? [], EveryEntry], validFor, cancellationToken);
}

/// <summary>One installed Umbraco database per test run, copied into each site's folder.</summary>
internal static class UmbracoTemplate
{
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string path) => System.IO.File.Copy(Installed.Value, path);

    private static string Install()
    {
        var site = new SiteHost(new SiteOptions(new Dictionary<string, string?>(), "Testing", null, false, null), TimeProvider.System, fromTemplate: false);
        var path = Path.Combine(Path.GetTempPath(), "pledgesite-tests", "umbraco-template-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            _ = site.Services; // starts the host: Umbraco installs unattended, then its package migrations (staff groups) run
            // The administrator's group requires two-factor sign-in: set up their authenticator app once, for every copy.
            Task.Run(async () =>
            {
                await using var scope = site.Services.CreateAsyncScope();
                var admin = scope.ServiceProvider.GetRequiredService<IUserService>().GetByEmail(StaffAccounts.AdministratorEmail)
                            ?? throw new InvalidOperationException("The unattended install made no administrator");
                await SiteFactory.SetUpAuthenticatorAsync(scope.ServiceProvider, admin.Key, StaffAccounts.AdministratorEmail);
            }).GetAwaiter().GetResult();
            SiteHost.Backup(site.UmbracoDatabasePath, path);
        }
        finally
        {
            site.Dispose();
        }
        return path;
    }
}
