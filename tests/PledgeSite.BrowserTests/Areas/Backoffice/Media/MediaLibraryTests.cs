using Microsoft.Playwright;
using PledgeSite.BrowserTests.Infrastructure;
using SkiaSharp;

namespace PledgeSite.BrowserTests.Areas.Backoffice.Media;

/// <summary>The media library in a real browser: every page passes axe; upload, folder, picker and delete work without JavaScript.</summary>
public class MediaLibraryTests(BrowserFixture browser)
{
    private const string Password = "purple elephant dancing";

    private static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0, 90, 110));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }

    [Fact]
    public async Task Editor_uploads_an_image_into_a_folder_picks_it_and_deletes_it_on_pages_without_violations()
    {
        var email = $"media.browser.{Guid.NewGuid():N}@example.org";
        await browser.Site.CreateStaffAsync(email, Password, StaffRoles.Editor);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync(email, Password);

        // The library, and a new folder
        await page.GotoAsync("/backoffice/media");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Media library");
        await page.AssertNoAxeViolationsAsync();
        var folder = $"Campaign {Guid.NewGuid():N}"[..20];
        await page.GetByLabel("Folder name").FillAsync(folder);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create folder" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(folder);

        // Upload without alt text: a clear error, still accessible
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload a file" }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "summit.jpg", MimeType = "image/jpeg", Buffer = Jpeg(800, 500) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter alt text that describes the image");
        await page.AssertNoAxeViolationsAsync();

        // With alt text it is stored and shown with its widths
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "summit.jpg", MimeType = "image/jpeg", Buffer = Jpeg(800, 500) });
        await page.GetByLabel("Alt text (images)").FillAsync("Residents talking at the community summit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("summit uploaded");
        await Assertions.Expect(page.Locator("main img")).ToHaveAttributeAsync("alt", "Residents talking at the community summit");
        await page.AssertNoAxeViolationsAsync();
        var details = page.Url;
        var key = Guid.Parse(new Uri(details).AbsolutePath.Split('/')[^1]);

        // The picker lists it with a thumbnail and hands the uploaded file's own key back to the editor it came from
        await page.GotoAsync("/backoffice/media/picker?returnUrl=/backoffice/content&field=HeroMediaKey");
        await page.AssertNoAxeViolationsAsync();
        var choose = page.Locator($"main a[href='/backoffice/content?HeroMediaKey={key:D}']");
        await Assertions.Expect(choose).ToHaveCountAsync(1);
        await Assertions.Expect(choose).ToHaveAccessibleNameAsync("Choose summit");

        // Delete, after a page that says where it is used
        await page.GotoAsync(details);
        await page.GetByRole(AriaRole.Link, new() { Name = "Delete this file" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("No content uses this file");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete file" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(folder);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("There are no files in this folder");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Upload_works_without_JavaScript()
    {
        var email = $"media.nojs.{Guid.NewGuid():N}@example.org";
        await browser.Site.CreateStaffAsync(email, Password, StaffRoles.Editor);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsStaffAsync(email, Password);

        await page.GotoAsync("/backoffice/media/upload");
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "pattern.jpg", MimeType = "image/jpeg", Buffer = Jpeg(300, 300) });
        await page.GetByLabel("This image is decorative and adds no information").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("pattern");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Decorative (no alt text)");
        await page.Context.CloseAsync();
    }
}
