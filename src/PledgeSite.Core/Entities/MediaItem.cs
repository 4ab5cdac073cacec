namespace PledgeSite.Core.Entities;

/// <summary>
/// An image or document in the media library. Images are stored re-encoded (metadata stripped) with one file per
/// width; the files live outside the web root under <c>Media:StoragePath</c>/{Key}/.
/// </summary>
public class MediaItem
{
    public int Id { get; set; }
    /// <summary>Stable identity across environments: content refers to media by this key, and uSync names files by it.</summary>
    public Guid Key { get; set; }
    public int? FolderId { get; set; }
    public MediaFolder? Folder { get; set; }
    /// <summary>The editor's name for the item, shown in the library and the picker.</summary>
    public string Name { get; set; } = "";
    /// <summary>The uploaded file's name, offered when a document is downloaded.</summary>
    public string FileName { get; set; } = "";
    public MediaKind Kind { get; set; }
    /// <summary>Extension of the stored files without the dot: jpg, png, webp or pdf.</summary>
    public string Extension { get; set; } = "";
    public string ContentType { get; set; } = "";
    /// <summary>Text alternative; required for images unless <see cref="IsDecorative"/>.</summary>
    public string? AltText { get; set; }
    /// <summary>The editor said the image adds nothing a screen reader user needs (rendered with alt="").</summary>
    public bool IsDecorative { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    /// <summary>Size of the stored original in bytes.</summary>
    public long SizeBytes { get; set; }
    /// <summary>First 16 hex digits of the SHA-256 of the stored original: part of every public URL, so URLs can be cached forever.</summary>
    public string ContentHash { get; set; } = "";
    /// <summary>The widths generated for an image, ascending, comma-separated (e.g. "320,640,960").</summary>
    public string Widths { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public IReadOnlyList<int> WidthList =>
        string.IsNullOrEmpty(Widths) ? [] : Widths.Split(',').Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}

public enum MediaKind
{
    Image,
    Document,
}

/// <summary>A folder in the media library; folders nest.</summary>
public class MediaFolder
{
    public int Id { get; set; }
    public Guid Key { get; set; }
    public string Name { get; set; } = "";
    public int? ParentId { get; set; }
    public MediaFolder? Parent { get; set; }
    public DateTime CreatedUtc { get; set; }
}
