using SkiaSharp;

namespace PledgeSite.Core.Media;

/// <summary>
/// Decodes an uploaded image and re-encodes it with SkiaSharp: the camera orientation is applied, and everything
/// else in the file (EXIF location, comments, colour-profile tricks, trailing data) is dropped because only the pixels
/// are written back.
/// </summary>
public static class ImageEncoder
{
    /// <summary>Refuse decompression bombs before allocating the pixels.</summary>
    public const long MaxPixels = 50_000_000;

    public sealed record Decoded(SKBitmap Bitmap) : IDisposable
    {
        public int Width => Bitmap.Width;
        public int Height => Bitmap.Height;
        public void Dispose() => Bitmap.Dispose();
    }

    /// <summary>Decodes the image, or returns null with a reason when the bytes are not a usable image.</summary>
    public static Decoded? Decode(byte[] bytes, out string? problem)
    {
        problem = null;
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            problem = "The selected file could not be read as an image. It may be damaged";
            return null;
        }
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            problem = "The selected image is too large. It must be smaller than 50 megapixels";
            return null;
        }
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            bitmap.Dispose();
            problem = "The selected file could not be read as an image. It may be damaged";
            return null;
        }
        return new Decoded(Orient(bitmap, codec.EncodedOrigin));
    }

    /// <summary>Rotates the pixels as the camera's orientation tag says, since the tag itself is not kept.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default) return source;
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var width = swap ? source.Height : source.Width;
        var height = swap ? source.Width : source.Height;
        var rotated = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace));
        using (var canvas = new SKCanvas(rotated))
        {
            // Maps each source pixel (x, y) to where the orientation tag says it belongs.
            var matrix = origin switch
            {
                SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
                SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
                SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
                SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
                SKEncodedOrigin.RightTop => new SKMatrix(0, -1, width, 1, 0, 0, 0, 0, 1),
                SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, width, -1, 0, height, 0, 0, 1),
                _ => new SKMatrix(0, 1, 0, -1, 0, height, 0, 0, 1), // LeftBottom
            };
            canvas.SetMatrix(matrix);
            canvas.DrawBitmap(source, 0, 0, SKSamplingOptions.Default);
        }
        source.Dispose();
        return rotated;
    }

    /// <summary>Encodes the image at <paramref name="width"/> pixels wide (height in proportion) in the given format.</summary>
    public static byte[] Encode(SKBitmap source, int width, MediaFileType type)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(type);
        var height = Math.Max(1, (int)Math.Round(source.Height * (double)width / source.Width));
        SKBitmap? resized = null;
        try
        {
            var bitmap = source;
            if (width != source.Width)
            {
                resized = source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType, source.ColorSpace),
                    new SKSamplingOptions(SKCubicResampler.Mitchell));
                bitmap = resized;
            }
            using var image = SKImage.FromBitmap(bitmap);
            var format = type == MediaFileType.Png ? SKEncodedImageFormat.Png
                : type == MediaFileType.WebP ? SKEncodedImageFormat.Webp
                : SKEncodedImageFormat.Jpeg;
            using var data = image.Encode(format, 82)
                ?? throw new InvalidOperationException($"SkiaSharp could not encode {type.Extension}.");
            return data.ToArray();
        }
        finally
        {
            resized?.Dispose();
        }
    }
}
