using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Media;

/// <summary>Tests for Areas/Backoffice/Pages/Media/Delete.cshtml: usage is shown first and a used file needs confirming.</summary>
public class DeleteTests
{
    [Fact]
    public async Task A_file_used_as_a_hero_image_lists_the_page_and_is_deleted_only_when_confirmed()
    {
        using var site = new SiteFactory().With("USync:ImportOnStartup", "true");
        using var editor = await StaffClients.SignedInAsync(site, StaffRoles.Editor);
        var (uploaded, _) = await MediaForms.UploadAsync(editor, "/backoffice/media/upload", "Upload", "hero.png", MediaForms.Png(500, 300), "image/png",
            [new("AltText", "A hero image")]);
        var key = Guid.Parse(uploaded.Headers.Location!.ToString().Split('/')[^1]);
        await site.WithDbAsync(async db =>
        {
            var page = await db.Set<ContentItem>().SingleAsync(c => c.Slug == "tower-hamlets-plan");
            page.HeroMediaKey = key;
            await db.SaveChangesAsync();
        });

        var confirm = await editor.GetPageAsync($"/backoffice/media/{key}/delete");
        Assert.Contains("The Tower Hamlets Plan (hero image)", confirm.QuerySelector("#usage")!.TextContent, StringComparison.Ordinal);

        var (refused, refusedPage) = await editor.SubmitAsync(confirm, baseUrl: $"/backoffice/media/{key}/delete");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Select that you understand these pages will lose the file, or cancel", HtmlClient.ErrorSummary(refusedPage));
        Assert.True(await site.WithDbAsync(db => db.Set<MediaItem>().AnyAsync(m => m.Key == key)));

        var (deleted, _) = await editor.SubmitAsync(confirm, [new("ConfirmInUse", "true")], baseUrl: $"/backoffice/media/{key}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await site.WithDbAsync(db => db.Set<MediaItem>().AnyAsync(m => m.Key == key)));
    }
}
