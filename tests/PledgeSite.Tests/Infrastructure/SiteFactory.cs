using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Umbraco.Cms.Core;
using Microsoft.Extensions.Time.Testing;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Staff;
using PledgeSite.Core.Time;
using PledgeSite.Web.Staff;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>
/// The real site in-process, on its own SQLite file with the real migrations, a fake clock, emails to a
/// pickup folder (or an <see cref="SmtpSink"/>), and background loops off unless asked for.
/// Browser tests call <see cref="StartOnKestrel"/>.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pledgesite-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings = new();
    private string? _umbracoTemp;

    public SiteFactory() : this(fromTemplate: true) { }

    private SiteFactory(bool fromTemplate)
    {
        Directory.CreateDirectory(_directory);
        // Umbraco's install takes seconds: every site but the first starts from a copy of one installed database.
        if (fromTemplate) UmbracoTemplate.CopyTo(UmbracoDatabasePath);
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        Clock.AutoAdvanceAmount = TimeSpan.Zero;
    }

    /// <summary>A site that installs Umbraco into an empty database (the template the others copy).</summary>
    internal static SiteFactory ForInstall() => new(fromTemplate: false);

    /// <summary>The site's clock; starts at 24 November 2026 10:00 UTC and moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; }
    public string DataDirectory => _directory;
    public string PickupDirectory => Path.Combine(_directory, "mail-pickup");
    public string DatabasePath => Path.Combine(_directory, "site.db");
    public string UmbracoDatabasePath => Path.Combine(_directory, "umbraco.db");
    public bool UseRealClock { get; init; }
    public bool RunBackgroundWork { get; init; }
    public SmtpSink? Smtp { get; init; }
    public string Environment { get; init; } = "Testing";

    /// <summary>Extra configuration, for example rate limits or feature options.</summary>
    public SiteFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Serves the site on Kestrel on a free loopback port (for a real browser) and returns its address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // The build-time static asset manifest (fingerprints) is used outside Development only when asked for.
        builder.UseStaticWebAssets();
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
            ["Email:SmtpHost"] = Smtp is null ? "" : "127.0.0.1",
            ["Email:SmtpPort"] = Smtp?.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "25",
            ["Email:SmtpSecurity"] = "None",
            ["Email:PollInterval"] = "00:00:00.200",
            ["Email:PublicBaseUrl"] = "http://localhost",
            ["BackgroundWork:Enabled"] = RunBackgroundWork ? "true" : "false",
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
        foreach (var (key, value) in _settings) settings[key] = value;
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(settings));
        builder.ConfigureServices(services =>
        {
            // Our code's clock only: Umbraco keeps the real one (its sign-in waits and cookie lifetimes run on it).
            if (!UseRealClock) services.Replace(ServiceDescriptor.Singleton(new SiteClock(Clock)));
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

    public async Task<T> WithDbAsync<T>(Func<PledgeDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PledgeDbContext>();
        return await action(db);
    }

    public async Task WithDbAsync(Func<PledgeDbContext, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<PledgeDbContext>());
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    /// <summary>
    /// Creates an Umbraco user in the given groups (<see cref="StaffRoles"/> aliases) with <see cref="StaffAccounts.Password"/>
    /// unless another is given.
    /// </summary>
    public async Task<StaffMember> CreateStaffAsync(string email, string password, params string[] roles)
    {
        await UmbracoUserWrites.WaitAsync();
        try
        {
            return await CreateStaffCoreAsync(email, password, roles);
        }
        finally
        {
            UmbracoUserWrites.Release();
        }
    }

    /// <summary>
    /// Held while a test writes an Umbraco user: creating staff here, or signing in. Both take SQLite's write lock
    /// first (staff creation below, sign-in through <see cref="PledgeSite.Web.Infrastructure.SqliteSignInLock"/>), and
    /// Umbraco waits only a few seconds for that lock; taking turns here keeps a busy test run from reaching that limit.
    /// SqliteSignInLockTests proves sign-in against another connection's commits, which no gate holds back.
    /// </summary>
    public static SemaphoreSlim UmbracoUserWrites { get; } = new(1, 1);

    private async Task<StaffMember> CreateStaffCoreAsync(string email, string password, string[] roles)
    {
        await using var services = Services.CreateAsyncScope();
        var users = services.ServiceProvider.GetRequiredService<IUserService>();
        var groups = services.ServiceProvider.GetRequiredService<IUserGroupService>();
        // One Umbraco scope around the creation and the password that takes SQLite's write lock first, as sign-in does:
        // none of Umbraco's scopes inside reads a snapshot that a background job's write could make stale before it writes.
        using var scope = PledgeSite.Web.Infrastructure.SqliteSignInLock.WritingScope(services.ServiceProvider.GetRequiredService<ICoreScopeProvider>());
        var groupKeys = new HashSet<Guid>();
        foreach (var role in roles)
            groupKeys.Add((await groups.GetAsync(role) ?? throw new InvalidOperationException($"No user group {role}")).Key);
        var created = await users.CreateAsync(Umbraco.Cms.Core.Constants.Security.SuperUserKey, new UserCreateModel
        {
            Email = email, UserName = email, Name = email.Split('@')[0], UserGroupKeys = groupKeys,
        }, approveUser: true);
        if (!created.Success) throw new InvalidOperationException($"Could not create {email}: {created.Status} {created.Exception}");
        var user = created.Result.CreatedUser!;
        var changed = await users.ChangePasswordAsync(Umbraco.Cms.Core.Constants.Security.SuperUserKey,
            new ChangeUserPasswordModel { UserKey = user.Key, NewPassword = password });
        if (!changed.Success) throw new InvalidOperationException($"Could not set {email}'s password: {changed.Status} {changed.Exception}");
        if (roles.Any(TwoFactorRequirement.Groups.Contains))
            await SetUpAuthenticatorAsync(services.ServiceProvider, user.Key, email);
        scope.Complete();
        return new StaffMember(user.Key.ToString(), user.Name ?? email, email);
    }

    /// <summary>
    /// Gives the user an authenticator app (two-factor sign-in) with <see cref="StaffAccounts.AuthenticatorSecretFor"/>,
    /// as if they had set it up in Umbraco's user menu.
    /// </summary>
    internal static async Task SetUpAuthenticatorAsync(IServiceProvider services, Guid userKey, string email)
    {
        await services.GetRequiredService<ITwoFactorLoginService>().SaveAsync(new TwoFactorLogin
        {
            Confirmed = true, ProviderName = AuthenticatorApp.Name, Secret = StaffAccounts.AuthenticatorSecretFor(email), UserOrMemberKey = userKey,
        });
    }

    /// <summary>Sends every due email now (the outbox loop is off in tests unless <see cref="RunBackgroundWork"/>).</summary>
    public Task<int> SendQueuedEmailAsync() =>
        Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

    /// <summary>The .eml files written to the pickup folder so far, parsed.</summary>
    public IReadOnlyList<MimeKit.MimeMessage> PickedUpEmails() =>
        Directory.Exists(PickupDirectory)
            ? Directory.GetFiles(PickupDirectory, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeKit.MimeMessage.Load(f)).ToList()
            : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var directory in new[] { _directory, _umbracoTemp })
            {
                if (directory is null || !Directory.Exists(directory)) continue;
                try { Directory.Delete(directory, recursive: true); }
                catch (IOException) { /* a file still open on a slow shutdown; temp space is cleaned by the OS */ }
                catch (UnauthorizedAccessException) { /* likewise */ }
            }
        }
    }
}

/// <summary>One installed Umbraco database per test run, copied into each site's folder.</summary>
internal static class UmbracoTemplate
{
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void CopyTo(string path) => System.IO.File.Copy(Installed.Value, path);

    private static string Install()
    {
        var site = SiteFactory.ForInstall();
        var path = Path.Combine(Path.GetTempPath(), "pledgesite-tests", "umbraco-template-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            _ = site.Services; // starts the host: Umbraco installs unattended, then its package migrations (staff groups) run
            // The administrator's group requires two-factor sign-in: set up their authenticator app once, for every copy.
            site.WithScopeAsync(async services =>
            {
                var admin = services.GetRequiredService<IUserService>().GetByEmail(StaffAccounts.AdministratorEmail)
                            ?? throw new InvalidOperationException("The unattended install made no administrator");
                await SiteFactory.SetUpAuthenticatorAsync(services, admin.Key, StaffAccounts.AdministratorEmail);
            }).GetAwaiter().GetResult();
            // SQLite's backup copies what the write-ahead log holds too; a file copy would miss it.
            using var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={site.UmbracoDatabasePath};Pooling=False");
            using var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
            source.Open();
            source.BackupDatabase(target);
        }
        finally
        {
            site.Dispose();
        }
        return path;
    }
}
