namespace PledgeSite.Core.Media;

/// <summary>Settings under <c>Media</c>.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The largest file an editor may upload (default 10 MB).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>Where files are kept, outside the web root; relative paths are under the content root.</summary>
    public string StoragePath { get; set; } = "App_Data/media";
    /// <summary>Widths generated for each image (never larger than the original).</summary>
    public int[] Widths { get; set; } = [320, 640, 960, 1280];
    /// <summary>The stored original is scaled down to this width when wider.</summary>
    public int MaxStoredWidth { get; set; } = 2560;

    public string MaxUploadText => MaxUploadBytes % (1024 * 1024) == 0
        ? $"{MaxUploadBytes / (1024 * 1024)}MB"
        : $"{MaxUploadBytes / 1024}KB";
}
