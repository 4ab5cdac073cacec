using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Signatories;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Core.Time;

namespace PledgeSite.Web.Pages.Signatories;

/// <summary>
/// <c>dotnet run --project src/PledgeSite.Web -- demo-data --signatories 300</c>: adds fictional approved signatories
/// (references "DEMO-...") for demos and benchmarks. Never runs by itself; refuses in Production without --force.
/// For the benchmark (bench/run.sh), <c>--sign-up-journeys N --journey-ids FILE</c> also adds N sign-up journeys with
/// every question answered, waiting on check-your-answers, and writes their ids to FILE one a line.
/// </summary>
public sealed class DemoDataCommand(IHostEnvironment environment, SiteClock clock) : ICommand
{
    public string Name => "demo-data";

    public async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        var countText = CommandLine.Option(args, "--signatories") ?? "300";
        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > 100_000)
        {
            Console.Error.WriteLine("Usage: demo-data [--signatories N] [--force]   (N from 1 to 100000, default 300)");
            return 2;
        }
        var journeysText = CommandLine.Option(args, "--sign-up-journeys") ?? "0";
        var journeyIds = CommandLine.Option(args, "--journey-ids");
        if (!int.TryParse(journeysText, NumberStyles.None, CultureInfo.InvariantCulture, out var journeys) || journeys > 1_000_000
            || (journeys > 0 && string.IsNullOrWhiteSpace(journeyIds)))
        {
            Console.Error.WriteLine("Usage: demo-data [--sign-up-journeys N --journey-ids FILE]   (N up to 1000000)");
            return 2;
        }
        if (environment.IsProduction() && !args.Contains("--force"))
        {
            Console.Error.WriteLine("This adds fictional signatories. Refusing in Production; add --force if you really mean it.");
            return 1;
        }
        var db = services.GetRequiredService<PledgeDbContext>();
        var watch = Stopwatch.StartNew();
        // A context on the same connection without the audit interceptor: demo data is nobody's activity,
        // and auditing every row would make 10,000 signatories take minutes.
        var options = new DbContextOptionsBuilder<PledgeDbContext>();
        var connection = db.Database.GetDbConnection();
        if (db.IsSqlite) options.UseSqlite(connection);
        else options.UseSqlServer(connection);
        await using var bulk = new PledgeDbContext(options.Options);
        var created = await DemoSignatories.CreateAsync(bulk, count, clock.GetUtcNow().UtcDateTime);
        if (journeys > 0)
        {
            await BenchmarkJourneys.CreateAsync(bulk, journeys, journeyIds!, clock.GetUtcNow().UtcDateTime);
            Console.WriteLine($"Added {journeys} finished sign-up journeys; their ids are in {journeyIds}.");
        }
        var store = services.GetService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>();
        if (store is not null) await store.EvictByTagAsync(SignatoriesFeature.CacheTag, CancellationToken.None);
        Console.WriteLine($"Added {created} demo signatories in {watch.Elapsed.TotalSeconds:0.0} s. Their references start with DEMO-.");
        return 0;
    }
}
