using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.USync;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Web.USync;

public static class USyncRegistration
{
    /// <summary>uSync/: export and import of content, media, redirects and document types (settings under <c>USync</c>).</summary>
    public static WebApplicationBuilder AddUSync(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<USyncOptions>(builder.Configuration.GetSection(USyncOptions.Section));
        builder.Services.AddSingleton<USyncLocation>();
        builder.Services.AddScoped<USyncService>();
        builder.Services.AddScoped<IStartupSeeder, USyncStartupImport>();
        builder.Services.AddSingleton<ICommand, USyncImportCommand>();
        builder.Services.AddSingleton<ICommand, USyncExportCommand>();
        // Always registered; USync:ExportOnSave is read when they start, so a host's (or a test's) setting applies.
        builder.Services.AddSingleton<USyncChanges>();
        builder.Services.AddSingleton<USyncChangeInterceptor>();
        builder.Services.AddHostedService<USyncExportOnSave>();
        return builder;
    }
}

/// <summary>
/// <c>USync:ExportOnSave</c>: once content, media or redirects have changed and then stayed unchanged for
/// <see cref="Settle"/> (an editor's burst of saves gives one export), writes the whole uSync folder again. One export
/// at a time; the export itself skips files whose bytes have not changed, so only what changed shows in git.
/// </summary>
public sealed class USyncExportOnSave(
    USyncChanges changes, IOptions<USyncOptions> options, IServiceScopeFactory scopes, ILogger<USyncExportOnSave> logger) : BackgroundService
{
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ExportOnSave) return;
        try
        {
            while (await changes.WaitAsync(Timeout.InfiniteTimeSpan, stoppingToken))
            {
                while (await changes.WaitAsync(Settle, stoppingToken))
                {
                    // More changes: wait until they stop.
                }
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<USyncService>().ExportAsync(stoppingToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbUpdateException or InvalidOperationException)
                {
                    // The change itself is saved; the next change (or an export from the back office) writes the files.
                    logger.LogError(e, "uSync export on save failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}

/// <summary>
/// Imports uSync/ on start-up: always when <c>USync:ImportOnStartup</c> is true, never when false, and when unset only
/// if the database has no content yet, so a fresh clone or install starts with the repository's content.
/// </summary>
public sealed class USyncStartupImport(IOptions<USyncOptions> options, PledgeDbContext db, USyncService usync, ILogger<USyncStartupImport> logger) : IStartupSeeder
{
    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var setting = options.Value.ImportOnStartup;
        if (setting == false) return;
        if (setting is null && await db.Set<ContentItem>().AnyAsync(cancellationToken)) return;
        if (!Directory.Exists(usync.Root))
        {
            logger.LogWarning("No uSync folder at {Path}; starting without imported content.", usync.Root);
            return;
        }
        var report = await usync.ImportAsync(cancellationToken);
        if (!report.Succeeded)
            logger.LogError("uSync import on start-up refused; nothing was imported. {Errors}", string.Join(Environment.NewLine, report.Errors));
    }
}

/// <summary><c>dotnet run --project src/PledgeSite.Web -- usync-import</c>: reads uSync/ into the database.</summary>
public sealed class USyncImportCommand : ICommand
{
    public string Name => "usync-import";

    public async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var usync = services.GetRequiredService<USyncService>();
        Console.WriteLine($"Importing from {usync.Root}");
        var report = await usync.ImportAsync(CancellationToken.None);
        USyncCommandOutput.Write(report);
        return report.Succeeded ? 0 : 1;
    }
}

/// <summary><c>dotnet run --project src/PledgeSite.Web -- usync-export</c>: writes the database to uSync/.</summary>
public sealed class USyncExportCommand : ICommand
{
    public string Name => "usync-export";

    public async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var usync = services.GetRequiredService<USyncService>();
        Console.WriteLine($"Exporting to {usync.Root}");
        var report = await usync.ExportAsync(CancellationToken.None);
        USyncCommandOutput.Write(report);
        return 0;
    }
}

internal static class USyncCommandOutput
{
    public static void Write(USyncReport report)
    {
        foreach (var line in report.Created) Console.WriteLine($"  created  {line}");
        foreach (var line in report.Updated) Console.WriteLine($"  updated  {line}");
        foreach (var line in report.Deleted) Console.WriteLine($"  removed  {line}");
        foreach (var line in report.Errors) Console.Error.WriteLine($"  error    {line}");
        (report.Succeeded ? Console.Out : Console.Error).WriteLine(report.Summary);
    }
}
