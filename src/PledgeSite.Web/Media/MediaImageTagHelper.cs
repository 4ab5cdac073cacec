using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Media;

namespace PledgeSite.Web.Media;

/// <summary>
/// A responsive image from the media library:
/// <c>&lt;media-image key="@item.HeroImageKey" sizes="(min-width: 641px) 66vw, 100vw" class="app-hero" /&gt;</c>.
/// Renders &lt;img&gt; with src, srcset, sizes, width, height and the item's alt text (alt="" when decorative);
/// renders nothing when the key is empty or unknown.
/// </summary>
[HtmlTargetElement("media-image", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaImageTagHelper(PledgeDbContext db) : TagHelper
{
    [HtmlAttributeName("key")] public Guid? Key { get; set; }
    [HtmlAttributeName("item")] public MediaItem? Item { get; set; }
    [HtmlAttributeName("sizes")] public string Sizes { get; set; } = "(min-width: 1020px) 640px, 100vw";
    [HtmlAttributeName("class")] public string? Class { get; set; }
    /// <summary>Overrides the item's own alt text (for example the page's alt text in its culture); empty means "use the item's".</summary>
    [HtmlAttributeName("alt")] public string? Alt { get; set; }
    [HtmlAttributeName("loading")] public string Loading { get; set; } = "lazy";
    [HtmlAttributeName("default-width")] public int DefaultWidth { get; set; } = 960;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var item = Item;
        if (item is null && Key is { } key && key != Guid.Empty)
            item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Key == key);
        if (item is null || item.Kind != MediaKind.Image)
        {
            output.SuppressOutput();
            return;
        }
        output.Content.SetHtmlContent(Render(item, Sizes, Class, string.IsNullOrWhiteSpace(Alt) ? null : Alt, Loading, DefaultWidth));
    }

    public static string Render(MediaItem item, string sizes, string? cssClass = null, string? alt = null, string loading = "lazy", int defaultWidth = 960)
    {
        ArgumentNullException.ThrowIfNull(item);
        var enc = HtmlEncoder.Default;
        var src = MediaUrls.Default(item, defaultWidth);
        var text = alt ?? (item.IsDecorative ? "" : item.AltText ?? "");
        var dimensions = item is { Width: { } w, Height: { } h } ? $" width=\"{w}\" height=\"{h}\"" : "";
        return $"<img src=\"{enc.Encode(src)}\" srcset=\"{enc.Encode(MediaUrls.Srcset(item))}\" sizes=\"{enc.Encode(sizes)}\""
            + $" alt=\"{enc.Encode(text)}\"{dimensions} loading=\"{enc.Encode(loading)}\" decoding=\"async\""
            + (cssClass is null ? "" : $" class=\"{enc.Encode(cssClass)}\"") + ">";
    }
}
