using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PledgeSite.Core.USync;

/// <summary>
/// Where uSync/ is: <c>USync:Path</c> when set (relative to the content root); in Development the repository's own
/// top-level uSync/ (so an export lands where git sees it); otherwise the copy published next to the app.
/// </summary>
public sealed class USyncLocation(IOptions<USyncOptions> options, IHostEnvironment environment)
{
    public string Path { get; } = Resolve(options.Value, environment);

    private static string Resolve(USyncOptions options, IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(options.Path))
            return System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(options.Path) ? options.Path : System.IO.Path.Combine(environment.ContentRootPath, options.Path));
        if (environment.IsDevelopment())
        {
            for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "PledgeSite.sln")))
                    return System.IO.Path.Combine(dir.FullName, "uSync");
            }
        }
        return System.IO.Path.Combine(AppContext.BaseDirectory, "uSync");
    }
}
