using System.Net;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Media;

/// <summary>Tests for Areas/Backoffice/Pages/Media/Upload.cshtml and the public file endpoint Pages/Media/File.cshtml.</summary>
[Collection(SharedSite.Name)]
public class UploadTests(SiteFactory site)
{
    private Task<HtmlClient> SignedInEditorAsync() => StaffClients.SignedInAsync(site, StaffRoles.Editor);

    [Fact]
    public async Task An_exe_renamed_jpg_is_refused_with_a_clear_message()
    {
        using var client = await SignedInEditorAsync();
        var exe = new byte[4096];
        "MZ"u8.CopyTo(exe); // a Windows executable's header

        var (response, page) = await MediaForms.UploadAsync(client, "/backoffice/media/upload", "Upload", "holiday.jpg", exe, "image/jpeg",
            [new("AltText", "A beach")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The selected file must be a JPG, PNG, WebP or PDF", HtmlClient.ErrorSummary(page));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_over_the_configured_size_is_refused_with_a_clear_message()
    {
        using var client = await SignedInEditorAsync();
        var big = new byte[10 * 1024 * 1024 + 1];
        "%PDF-1.7\n"u8.CopyTo(big);

        var (response, page) = await MediaForms.UploadAsync(client, "/backoffice/media/upload", "Upload", "report.pdf", big, "application/pdf", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The selected file must be smaller than 10MB", HtmlClient.ErrorSummary(page));
    }

    [Fact]
    public async Task An_image_without_alt_text_is_refused_unless_marked_decorative()
    {
        using var client = await SignedInEditorAsync();
        var png = MediaForms.Png(400, 300);

        var (_, refused) = await MediaForms.UploadAsync(client, "/backoffice/media/upload", "Upload", "pattern.png", png, "image/png", []);
        var (accepted, _) = await MediaForms.UploadAsync(client, "/backoffice/media/upload", "Upload", "pattern.png", png, "image/png",
            [new("IsDecorative", "true")]);

        Assert.Contains("Enter alt text that describes the image, or select that it is decorative", HtmlClient.ErrorSummary(refused));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task An_uploaded_photo_is_re_encoded_without_its_location_resized_and_cached_for_a_year()
    {
        using var client = await SignedInEditorAsync();
        var jpeg = MediaForms.JpegWithExif(1000, 600);

        // When an editor uploads a 1000-pixel photo whose EXIF data holds a location
        var (response, _) = await MediaForms.UploadAsync(client, "/backoffice/media/upload", "Upload", "Market day.jpeg", jpeg, "image/jpeg",
            [new("AltText", "Stalls on Whitechapel market"), new("Name", "Market day")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetPageAsync(response.Headers.Location!.ToString());

        // Then it is offered at 320, 640, 960 and its own 1000 pixels (never upscaled to 1280)
        var img = details.QuerySelector("main img")!;
        Assert.Equal("Stalls on Whitechapel market", img.GetAttribute("alt"));
        var srcset = img.GetAttribute("srcset")!;
        Assert.Matches(@"^/media/[0-9a-f-]{36}/[0-9a-f]{16}/320\.jpg 320w, \S+/640\.jpg 640w, \S+/960\.jpg 960w, \S+/1000\.jpg 1000w$", srcset);
        Assert.DoesNotContain("1280", srcset, StringComparison.Ordinal);

        // And each file is served with a long immutable cache lifetime, without the location
        using var anonymous = HtmlClient.For(site);
        var file = await anonymous.Http.GetAsync(srcset.Split(' ')[0], TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", file.Headers.CacheControl!.ToString());
        var bytes = await file.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal([0xFF, 0xD8, 0xFF], bytes[..3]);
        Assert.DoesNotContain("GPS-51.5152N", System.Text.Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);

        // And the file's address with a wrong hash is not found
        var wrongHash = System.Text.RegularExpressions.Regex.Replace(srcset.Split(' ')[0], "/[0-9a-f]{16}/", "/0000000000000000/");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync(wrongHash, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Staff_without_the_editor_role_cannot_reach_the_media_library()
    {
        using var client = await StaffClients.SignedInAsync(site, StaffRoles.PledgeReviewer);

        var (response, _) = await client.GetAsync("/backoffice/media/upload");

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || response.Headers.Location?.ToString().Contains("/error/403", StringComparison.Ordinal) == true, $"answered {(int)response.StatusCode}");
    }
}
