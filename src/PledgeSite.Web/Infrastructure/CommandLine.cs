namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Maintenance commands run with the site's own configuration instead of serving:
/// <c>dotnet run --project src/PledgeSite.Web -- migrate</c>. Staff accounts are Umbraco users: the first administrator
/// comes from Umbraco's unattended install settings, the rest are invited from Umbraco's Users section.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0].StartsWith('-') ) return false;
        switch (args[0])
        {
            case "migrate":
                await app.InitialiseDatabaseAsync(always: true);
                Console.WriteLine("Database migrated and starter data loaded.");
                return true;
            default:
                var command = app.Services.GetServices<ICommand>().FirstOrDefault(c => c.Name == args[0]);
                if (command is not null)
                {
                    await RunCommandAsync(app, command, args[1..]);
                }
                else
                {
                    Console.Error.WriteLine($"Unknown command '{args[0]}'. Commands: migrate, "
                        + string.Join(", ", app.Services.GetServices<ICommand>().Select(c => c.Name)));
                    Environment.ExitCode = 2;
                }
                return true;
        }
    }

    private static async Task RunCommandAsync(WebApplication app, ICommand command, string[] args)
    {
        await app.InitialiseDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        Environment.ExitCode = await command.RunAsync(scope.ServiceProvider, args);
    }

    public static string? Option(string[] args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>A maintenance command that a feature adds (for example "usync-import" or "demo-data").</summary>
public interface ICommand
{
    string Name { get; }
    Task<int> RunAsync(IServiceProvider services, string[] args);
}
