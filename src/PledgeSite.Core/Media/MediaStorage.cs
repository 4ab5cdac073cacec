using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace PledgeSite.Core.Media;

/// <summary>The media files on disk, outside the web root: {StoragePath}/{key}/original.{ext} and {width}.{ext}.</summary>
public sealed class MediaStorage(IOptions<MediaOptions> options, IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(Path.IsPathRooted(options.Value.StoragePath)
        ? options.Value.StoragePath
        : Path.Combine(environment.ContentRootPath, options.Value.StoragePath));

    public string ItemDirectory(Guid key) => Path.Combine(Root, key.ToString("D"));

    public string PathOf(Guid key, string fileName)
    {
        // Only names the library itself produces ("original.jpg", "640.webp"): never a path from a request.
        if (fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains('\\', StringComparison.Ordinal) || fileName.Contains("..", StringComparison.Ordinal))
            throw new ArgumentException("Not a media file name.", nameof(fileName));
        return Path.Combine(ItemDirectory(key), fileName);
    }

    /// <summary>Writes the files to a fresh folder, then swaps it in, so readers never see half an item.</summary>
    public async Task WriteAsync(Guid key, IReadOnlyDictionary<string, byte[]> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(Root);
        var staging = Path.Combine(Root, $".{key:N}.{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        foreach (var (name, bytes) in files) await File.WriteAllBytesAsync(Path.Combine(staging, name), bytes, cancellationToken);
        var target = ItemDirectory(key);
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.Move(staging, target);
    }

    public void Delete(Guid key)
    {
        var target = ItemDirectory(key);
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
    }
}
