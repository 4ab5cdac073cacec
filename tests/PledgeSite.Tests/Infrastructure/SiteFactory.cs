using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PledgeSite.Core.Data;
using PledgeSite.Core.Email;
using PledgeSite.Web.Staff;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Scoping;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Web.Common.DependencyInjection;
using Umbraco.Extensions;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>
/// The real site for one test (or one test class): a fake clock that starts at 24 November 2026 10:00 UTC, an empty
/// database of ours with the real migrations, emails to a pickup folder. With the default configuration it is the
/// test assembly's one shared Umbraco host (<see cref="SiteHost.Shared"/>), put back as new when a test first uses it;
/// a site with settings of its own (<see cref="With"/>, <see cref="Smtp"/>, another environment, background work or
/// replaced services) gets a host of its own. Browser tests call <see cref="StartOnKestrel"/>.
/// </summary>
public class SiteFactory : IDisposable, IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings = new();
    private Action<IServiceCollection>? _testServices;
    private SiteHost? _host;
    private bool _ownHost;
    private bool _disposed;

    public SiteFactory()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.Zero };
    }

    /// <summary>The site's clock; starts at 24 November 2026 10:00 UTC and moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; }
    public bool UseRealClock { get; init; }
    public bool RunBackgroundWork { get; init; }
    public SmtpSink? Smtp { get; init; }
    public string Environment { get; init; } = "Testing";

    /// <summary>Extra configuration, for example rate limits or feature options (gives the site a host of its own).</summary>
    public SiteFactory With(string key, string? value)
    {
        if (_host is not null) throw new InvalidOperationException("Configure the site before using it");
        _settings[key] = value;
        return this;
    }

    /// <summary>Replaces services, as ConfigureTestServices does (gives the site a host of its own).</summary>
    public SiteFactory WithTestServices(Action<IServiceCollection> configure)
    {
        if (_host is not null) throw new InvalidOperationException("Configure the site before using it");
        _testServices += configure;
        return this;
    }

    public string DataDirectory => Host.DataDirectory;
    public string PickupDirectory => Host.PickupDirectory;
    public string DatabasePath => Host.DatabasePath;
    public string UmbracoDatabasePath => Host.UmbracoDatabasePath;
    public IServiceProvider Services => Host.Services;
    public TestServer Server => Host.Server;
    public HttpClient CreateClient() => Host.CreateClient();
    public HttpClient CreateClient(WebApplicationFactoryClientOptions options) => Host.CreateClient(options);

    /// <summary>Serves the site on Kestrel on a free loopback port (for a real browser) and returns its address.</summary>
    public Uri StartOnKestrel()
    {
        if (_host is not null) throw new InvalidOperationException("Start the site on Kestrel before using it");
        _host = new SiteHost(Options(), UseRealClock ? TimeProvider.System : Clock);
        _ownHost = true;
        return _host.StartOnKestrel();
    }

    private SiteOptions Options() => new(_settings, Environment, Smtp, RunBackgroundWork, _testServices);

    /// <summary>
    /// The host behind this site. The shared one serves one test at a time (test classes run one after another): it
    /// is reset when a site first uses it, and runs on the clock of whichever site used it last.
    /// </summary>
    private SiteHost Host
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_host is null)
            {
                var options = Options();
                if (options.IsDefault)
                {
                    _host = SiteHost.Shared;
                    Use(_host);
                    Task.Run(_host.ResetAsync).GetAwaiter().GetResult();
                }
                else
                {
                    _host = new SiteHost(options, UseRealClock ? TimeProvider.System : Clock);
                    _ownHost = true;
                }
            }
            else if (!_ownHost) Use(_host);
            return _host;
        }
    }

    private void Use(SiteHost shared)
    {
        ((SwitchableClock)shared.Clock).Current = UseRealClock ? TimeProvider.System : Clock;
        // A site of its own that ran in between made its services Umbraco's static ones.
        StaticServiceProvider.Instance = shared.Services;
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
    /// Makes an Umbraco user in exactly the given groups (<see cref="StaffRoles"/> aliases) with
    /// <see cref="StaffAccounts.Password"/> unless another is given, unlocked, with an authenticator app where the
    /// groups require one. Umbraco's database outlives a test on the shared site: a user made by an earlier test is
    /// set up again.
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
        var wanted = new List<IUserGroup>();
        foreach (var role in roles)
            wanted.Add(await groups.GetAsync(role) ?? throw new InvalidOperationException($"No user group {role}"));
        var user = users.GetByEmail(email);
        if (user is null)
        {
            var created = await users.CreateAsync(Umbraco.Cms.Core.Constants.Security.SuperUserKey, new UserCreateModel
            {
                Email = email, UserName = email, Name = email.Split('@')[0], UserGroupKeys = wanted.Select(g => g.Key).ToHashSet(),
            }, approveUser: true);
            if (!created.Success) throw new InvalidOperationException($"Could not create {email}: {created.Status} {created.Exception}");
            user = created.Result.CreatedUser!;
        }
        else
        {
            user.ClearGroups();
            foreach (var group in wanted) user.AddGroup(group.ToReadOnlyGroup());
            user.IsApproved = true;
            user.IsLockedOut = false;
            user.FailedPasswordAttempts = 0;
            users.Save(user);
        }
        var changed = await users.ChangePasswordAsync(Umbraco.Cms.Core.Constants.Security.SuperUserKey,
            new ChangeUserPasswordModel { UserKey = user.Key, NewPassword = password });
        if (!changed.Success) throw new InvalidOperationException($"Could not set {email}'s password: {changed.Status} {changed.Exception}");
        var twoFactor = services.ServiceProvider.GetRequiredService<ITwoFactorLoginService>();
        await twoFactor.DeleteUserLoginsAsync(user.Key);
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

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed) return;
        _disposed = true;
        // The shared host lives until the end of the run (SharedSiteShutdown); a host of its own goes with the site.
        if (disposing && _ownHost) _host?.Dispose();
    }
}
