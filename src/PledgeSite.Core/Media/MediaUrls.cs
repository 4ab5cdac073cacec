using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Media;

/// <summary>
/// Public addresses of media files: /media/{key}/{hash}/{width}.{ext} for images and /media/{key}/{hash}/file.pdf for
/// documents. The hash changes whenever the file does, so responses are cached for a year as immutable.
/// </summary>
public static class MediaUrls
{
    public const string DocumentFileName = "file";

    public static string Image(MediaItem item, int width)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"/media/{item.Key:D}/{item.ContentHash}/{width}.{item.Extension}";
    }

    public static string Document(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"/media/{item.Key:D}/{item.ContentHash}/{DocumentFileName}.{item.Extension}";
    }

    /// <summary>The address to link or show by default: a document's file, or an image at about 960 pixels.</summary>
    public static string Default(MediaItem item, int preferredWidth = 960)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Kind != MediaKind.Image) return Document(item);
        var widths = item.WidthList;
        var width = widths.Where(w => w <= preferredWidth).DefaultIfEmpty(widths.Count > 0 ? widths[0] : item.Width ?? 0).Max();
        return Image(item, width);
    }

    public static string Srcset(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return string.Join(", ", item.WidthList.Select(w => $"{Image(item, w)} {w}w"));
    }
}
