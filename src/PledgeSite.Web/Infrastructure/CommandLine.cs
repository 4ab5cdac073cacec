using Microsoft.AspNetCore.Identity;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Infrastructure;

/// <summary>
/// Maintenance commands run with the site's own configuration instead of serving:
/// <c>dotnet run --project src/PledgeSite.Web -- create-admin --email you@towerhamlets.gov.uk --name "Your Name"</c>.
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
            case "create-admin":
                await app.InitialiseDatabaseAsync();
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    Environment.ExitCode = await CreateAdminAsync(scope.ServiceProvider, Option(args, "--email"), Option(args, "--name"), Console.Out, Console.Error);
                }
                return true;
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
                    Console.Error.WriteLine($"Unknown command '{args[0]}'. Commands: create-admin, migrate, "
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

    /// <summary>
    /// Creates an administrator with no password and prints a single-use link to set one. Refuses if any
    /// administrator already exists, so it cannot be used to take over a running site.
    /// </summary>
    public static async Task<int> CreateAdminAsync(IServiceProvider services, string? email, string? name, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (string.IsNullOrWhiteSpace(email))
        {
            await error.WriteLineAsync("Usage: create-admin --email someone@example.org [--name \"Full Name\"]");
            return 2;
        }
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        if ((await users.GetUsersInRoleAsync(StaffRoles.Administrator)).Count > 0)
        {
            await error.WriteLineAsync("An administrator already exists. Ask them to invite you from /backoffice/users.");
            return 1;
        }
        var clock = services.GetRequiredService<TimeProvider>();
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(name) ? email : name,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }
        await users.AddToRoleAsync(user, StaffRoles.Administrator);
        var link = await StaffAccountLinks.SetPasswordLinkAsync(services, user);
        await output.WriteLineAsync($"Administrator {email} created. Open this link within 3 days to set a password and two-factor sign-in:");
        await output.WriteLineAsync(link);
        return 0;
    }
}

/// <summary>A maintenance command that a feature adds (for example "usync-import" or "demo-data").</summary>
public interface ICommand
{
    string Name { get; }
    Task<int> RunAsync(IServiceProvider services, string[] args);
}
