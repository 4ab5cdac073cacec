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
        return builder;
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
