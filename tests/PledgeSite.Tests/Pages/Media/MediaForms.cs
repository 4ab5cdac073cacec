using System.Net.Http.Headers;
using AngleSharp;
using AngleSharp.Html.Dom;
using PledgeSite.Tests.Infrastructure;
using SkiaSharp;

namespace PledgeSite.Tests.Pages.Media;

/// <summary>Test images and a multipart form post (HtmlClient posts url-encoded forms only).</summary>
public static class MediaForms
{
    /// <summary>A real JPEG of the given size with an EXIF segment carrying a made-up location marker.</summary>
    public static byte[] JpegWithExif(int width, int height, string exifMarker = "GPS-51.5152N-0.0554W")
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0, 90, 110));
            using var paint = new SKPaint { Color = SKColors.Orange };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        // APP1 "Exif\0\0" segment right after the SOI marker, as cameras write it.
        var payload = System.Text.Encoding.ASCII.GetBytes("Exif\0\0" + exifMarker);
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)(length & 0xFF) }.Concat(payload).ToArray();
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Teal);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Submits the page's main form as multipart/form-data with a file in <paramref name="fileField"/>.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Document)> UploadAsync(
        HtmlClient client, string url, string fileField, string fileName, byte[] bytes, string declaredType,
        IEnumerable<KeyValuePair<string, string>> values)
    {
        var page = await client.GetPageAsync(url);
        var form = (IHtmlFormElement)page.QuerySelector("main form[enctype='multipart/form-data']")!;
        using var content = new MultipartFormDataContent();
        var overrides = values.ToList();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
            if (overrides.All(o => o.Key != input.Name)) content.Add(new StringContent(input.Value), input.Name!);
        foreach (var (key, value) in overrides) content.Add(new StringContent(value), key);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        content.Add(file, fileField, fileName);
        var response = await client.Http.PostAsync(url, content);
        var html = await response.Content.ReadAsStringAsync();
        var document = (IHtmlDocument)await BrowsingContext.New(Configuration.Default)
            .OpenAsync(r => r.Content(html).Address(new Uri(client.Http.BaseAddress!, url).ToString()));
        return (response, document);
    }
}

public static class StaffClients
{
    public const string Password = "purple elephant dancing";

    /// <summary>
    /// A client signed in as a new staff user with the given roles. Uses https://localhost because the staff cookie is
    /// Secure outside Development, and a cookie container never sends a Secure cookie over http.
    /// </summary>
    public static async Task<HtmlClient> SignedInAsync(SiteFactory site, params string[] roles)
    {
        var email = $"staff.{Guid.NewGuid():N}@example.org";
        await site.CreateStaffAsync(email, Password, roles);
        var client = new HtmlClient(site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        }));
        await client.SignInAsStaffAsync(email, Password);
        return client;
    }
}
