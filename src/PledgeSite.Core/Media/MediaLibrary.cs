using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Media;

/// <summary>A file an editor uploads, with what they said about it.</summary>
public sealed record MediaUpload(Stream Content, long Length, string FileName, string? Name, string? AltText, bool IsDecorative, int? FolderId);

/// <summary>The outcome of an upload: the new item, or messages keyed by the form field they belong to.</summary>
public sealed record MediaUploadResult(MediaItem? Item, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => Item is not null;
}

/// <summary>The stored files of one item and what was learnt processing them.</summary>
public sealed record ProcessedMedia(MediaFileType Type, IReadOnlyDictionary<string, byte[]> Files, string ContentHash, long SizeBytes, int? Width, int? Height, string Widths);

/// <summary>
/// The media library: checks uploads by their bytes and size, re-encodes and resizes images, stores files outside
/// the web root, and tells editors where an item is used before it is deleted.
/// </summary>
public sealed class MediaLibrary(
    PledgeDbContext db,
    MediaStorage storage,
    IOptions<MediaOptions> options,
    IEnumerable<IMediaUsage> usages,
    SiteClock clock)
{
    private readonly MediaOptions _options = options.Value;

    public MediaOptions Options => _options;

    public const string FileField = "File";
    public const string AltTextField = "AltText";

    public const string AcceptedTypesText = "JPG, PNG, WebP or PDF";

    public async Task<MediaUploadResult> UploadAsync(MediaUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (upload.Length == 0)
        {
            errors[FileField] = "The selected file is empty";
            return new(null, errors);
        }
        if (upload.Length > _options.MaxUploadBytes)
        {
            errors[FileField] = $"The selected file must be smaller than {_options.MaxUploadText}";
            return new(null, errors);
        }
        var bytes = await ReadAtMostAsync(upload.Content, _options.MaxUploadBytes, cancellationToken);
        if (bytes is null)
        {
            errors[FileField] = $"The selected file must be smaller than {_options.MaxUploadText}";
            return new(null, errors);
        }
        var type = MediaFileType.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, MediaFileType.HeaderLength)));
        if (type is null)
        {
            errors[FileField] = $"The selected file must be a {AcceptedTypesText}";
            return new(null, errors);
        }
        var alt = upload.AltText?.Trim();
        if (type.Kind == MediaKind.Image && !upload.IsDecorative && string.IsNullOrEmpty(alt))
            errors[AltTextField] = "Enter alt text that describes the image, or select that it is decorative";
        else if (alt is { Length: > 500 })
            errors[AltTextField] = "Alt text must be 500 characters or fewer";
        if (upload.FolderId is { } folderId && !await db.Set<MediaFolder>().AnyAsync(f => f.Id == folderId, cancellationToken))
            errors["FolderId"] = "Select a folder that exists";
        var processed = Process(type, bytes, out var problem);
        if (processed is null) errors[FileField] = problem!;
        if (errors.Count > 0) return new(null, errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var fileName = Path.GetFileName(upload.FileName.Replace('\\', '/'));
        var item = new MediaItem
        {
            Key = Guid.NewGuid(),
            FolderId = upload.FolderId,
            Name = string.IsNullOrWhiteSpace(upload.Name) ? Path.GetFileNameWithoutExtension(fileName) : upload.Name.Trim(),
            FileName = Path.ChangeExtension(fileName, processed!.Type.Extension),
            AltText = type.Kind == MediaKind.Image && upload.IsDecorative ? null : (string.IsNullOrEmpty(alt) ? null : alt),
            IsDecorative = type.Kind == MediaKind.Image && upload.IsDecorative,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        Apply(item, processed);
        await storage.WriteAsync(item.Key, processed.Files, cancellationToken);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return new(item, errors);
    }

    /// <summary>
    /// Checks the bytes, re-encodes images (dropping metadata) and produces one file per width. Used for uploads and
    /// for uSync imports, so both store exactly the same files.
    /// </summary>
    public ProcessedMedia? Process(MediaFileType expected, byte[] bytes, out string? problem) => Process(expected, bytes, keepOriginal: false, out problem);

    /// <summary>
    /// As <see cref="Process(MediaFileType, byte[], out string?)"/>; with <paramref name="keepOriginal"/> an image's bytes are
    /// kept as the stored original (uSync imports a file this library already cleaned, whose hash must not change).
    /// </summary>
    public ProcessedMedia? Process(MediaFileType expected, byte[] bytes, bool keepOriginal, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(bytes);
        problem = null;
        var type = MediaFileType.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, MediaFileType.HeaderLength)));
        if (type is null || type != expected)
        {
            problem = $"The selected file must be a {AcceptedTypesText}";
            return null;
        }
        if (type.Kind == MediaKind.Document)
        {
            return new ProcessedMedia(type, new Dictionary<string, byte[]> { [$"original.{type.Extension}"] = bytes },
                HashOf(bytes), bytes.Length, null, null, "");
        }
        using var decoded = ImageEncoder.Decode(bytes, out problem);
        if (decoded is null) return null;
        var storedWidth = Math.Min(decoded.Width, _options.MaxStoredWidth);
        var original = keepOriginal && storedWidth == decoded.Width ? bytes : ImageEncoder.Encode(decoded.Bitmap, storedWidth, type);
        var widths = WidthsFor(decoded.Width);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [$"original.{type.Extension}"] = original };
        foreach (var width in widths)
            files[$"{width}.{type.Extension}"] = width == storedWidth ? original : ImageEncoder.Encode(decoded.Bitmap, width, type);
        var height = (int)Math.Round(decoded.Height * (double)storedWidth / decoded.Width);
        return new ProcessedMedia(type, files, HashOf(original), original.Length, storedWidth, height,
            string.Join(',', widths.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    /// <summary>The configured widths up to the image's own width (never upscaled), plus its own width when smaller than the largest.</summary>
    public IReadOnlyList<int> WidthsFor(int imageWidth)
    {
        var limit = Math.Min(imageWidth, _options.MaxStoredWidth);
        var widths = _options.Widths.Where(w => w > 0 && w <= limit).ToList();
        if (limit < _options.Widths.Max() && !widths.Contains(limit)) widths.Add(limit);
        return widths.Distinct().Order().ToList();
    }

    public static void Apply(MediaItem item, ProcessedMedia processed)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(processed);
        item.Kind = processed.Type.Kind;
        item.Extension = processed.Type.Extension;
        item.ContentType = processed.Type.ContentType;
        item.ContentHash = processed.ContentHash;
        item.SizeBytes = processed.SizeBytes;
        item.Width = processed.Width;
        item.Height = processed.Height;
        item.Widths = processed.Widths;
    }

    public static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];

    /// <summary>Reads the whole stream, or returns null as soon as it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public Task<MediaItem?> FindAsync(Guid key, CancellationToken cancellationToken) =>
        db.Set<MediaItem>().Include(m => m.Folder).FirstOrDefaultAsync(m => m.Key == key, cancellationToken);

    public async Task<IReadOnlyList<MediaUse>> UsageAsync(Guid key, CancellationToken cancellationToken)
    {
        var uses = new List<MediaUse>();
        foreach (var usage in usages) uses.AddRange(await usage.FindAsync(key, cancellationToken));
        return uses.OrderBy(u => u.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(u => u.Where, StringComparer.Ordinal).ToList();
    }

    /// <summary>Deletes the item and its files. Refused while it is used, unless the editor confirmed after seeing where.</summary>
    public async Task<bool> DeleteAsync(Guid key, bool confirmedDespiteUse, CancellationToken cancellationToken)
    {
        var item = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (item is null) return false;
        if (!confirmedDespiteUse && (await UsageAsync(key, cancellationToken)).Count > 0) return false;
        db.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        storage.Delete(key);
        return true;
    }

    public async Task<MediaFolder> CreateFolderAsync(string name, int? parentId, CancellationToken cancellationToken)
    {
        var folder = new MediaFolder { Key = Guid.NewGuid(), Name = name.Trim(), ParentId = parentId, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        return folder;
    }

    /// <summary>The folder and its ancestors, outermost first (for breadcrumbs).</summary>
    public async Task<IReadOnlyList<MediaFolder>> PathToAsync(int? folderId, CancellationToken cancellationToken)
    {
        var all = await db.Set<MediaFolder>().AsNoTracking().ToDictionaryAsync(f => f.Id, cancellationToken);
        var path = new List<MediaFolder>();
        var seen = new HashSet<int>();
        while (folderId is { } id && all.TryGetValue(id, out var folder) && seen.Add(id))
        {
            path.Insert(0, folder);
            folderId = folder.ParentId;
        }
        return path;
    }

    /// <summary>Every folder with its full path ("Campaign / 2026"), for selects.</summary>
    public async Task<IReadOnlyList<(int Id, string Path)>> FolderPathsAsync(CancellationToken cancellationToken)
    {
        var all = await db.Set<MediaFolder>().AsNoTracking().ToDictionaryAsync(f => f.Id, cancellationToken);
        string PathOf(MediaFolder f, int depth) =>
            f.ParentId is { } p && all.TryGetValue(p, out var parent) && depth < 20 ? PathOf(parent, depth + 1) + " / " + f.Name : f.Name;
        return all.Values.Select(f => (f.Id, PathOf(f, 0))).OrderBy(f => f.Item2, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
