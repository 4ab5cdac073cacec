using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Core.Entities;

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

    public SiteFactory()
    {
        Directory.CreateDirectory(_directory);
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        Clock.AutoAdvanceAmount = TimeSpan.Zero;
    }

    /// <summary>The site's clock; starts at 24 November 2026 10:00 UTC and moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; }
    public string DataDirectory => _directory;
    public string PickupDirectory => Path.Combine(_directory, "mail-pickup");
    public string DatabasePath => Path.Combine(_directory, "site.db");
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
            if (!UseRealClock) services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        });
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

    /// <summary>Creates a staff user with a password and roles. Administrators get an authenticator key (see <see cref="StaffAccounts"/>).</summary>
    public async Task<StaffUser> CreateStaffAsync(string email, string password, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedUtc = Clock.GetUtcNow().UtcDateTime };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        foreach (var role in roles) await users.AddToRoleAsync(user, role);
        if (roles.Contains(StaffRoles.Administrator))
        {
            // Administrators must use an authenticator app; the sign-in helpers compute its codes from the email.
            var keys = (IUserAuthenticatorKeyStore<StaffUser>)scope.ServiceProvider.GetRequiredService<IUserStore<StaffUser>>();
            await keys.SetAuthenticatorKeyAsync(user, StaffAccounts.AuthenticatorKeyFor(email), CancellationToken.None);
            await users.UpdateAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
        return user;
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
            try { Directory.Delete(_directory, recursive: true); }
            catch (IOException) { /* a file still open on a slow shutdown; temp space is cleaned by the OS */ }
        }
    }
}
