using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Email;

namespace PledgeSite.Core.Awards;

/// <summary>
/// Supporting files and winners' photos, stored outside wwwroot under random names and served only through
/// pages that check who may see them. The type is decided from the file's bytes, never from its name or header.
/// </summary>
public sealed class AwardFiles
{
    public const long MaxBytes = 5 * 1024 * 1024;
    private readonly string _directory;

    public AwardFiles(IConfiguration configuration, IHostEnvironment environment, IOptions<EmailOptions> email)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(email);
        var configured = configuration["Awards:FileDirectory"];
        // By default beside the email pickup folder (App_Data/), which tests point at their own temporary folder.
        var directory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Path.GetDirectoryName(MailTransport.PickupFolder(email.Value, environment).TrimEnd('/', '\\')) ?? environment.ContentRootPath, "award-files")
            : Path.IsPathRooted(configured) ? configured : Path.Combine(environment.ContentRootPath, configured);
        _directory = directory;
    }

    public static readonly string[] DocumentTypes = ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/jpeg", "image/png"];
    public static readonly string[] ImageTypes = ["image/jpeg", "image/png", "image/webp"];

    /// <summary>The content type the bytes show, or null when they are none of the kinds we accept.</summary>
    public static string? Sniff(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        static bool Starts(byte[] b, params byte[] prefix) => b.Length >= prefix.Length && b.AsSpan(0, prefix.Length).SequenceEqual(prefix);
        if (Starts(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) return "application/pdf";
        if (Starts(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) return "image/png";
        if (Starts(bytes, 0xFF, 0xD8, 0xFF)) return "image/jpeg";
        if (bytes.Length > 12 && Starts(bytes, 0x52, 0x49, 0x46, 0x46) && bytes.AsSpan(8, 4).SequenceEqual("WEBP"u8)) return "image/webp";
        if (Starts(bytes, 0x50, 0x4B, 0x03, 0x04))
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                if (zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null)
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            catch (InvalidDataException) { return null; }
        }
        return null;
    }

    /// <summary>Stores the bytes under a new random name and returns it.</summary>
    public async Task<string> SaveAsync(byte[] bytes, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_directory);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(Path.Combine(_directory, name), bytes, cancellationToken);
        return name;
    }

    public Stream? Open(string? storedName)
    {
        if (!IsValidName(storedName)) return null;
        var path = Path.Combine(_directory, storedName!);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public bool Exists(string? storedName) => IsValidName(storedName) && File.Exists(Path.Combine(_directory, storedName!));

    public void Delete(string? storedName)
    {
        if (!IsValidName(storedName)) return;
        var path = Path.Combine(_directory, storedName!);
        if (File.Exists(path)) File.Delete(path);
    }

    private static bool IsValidName(string? name) => name is { Length: 32 } && name.All(Uri.IsHexDigit);
}
