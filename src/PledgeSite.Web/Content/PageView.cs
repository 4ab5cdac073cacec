using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Extensions;

namespace PledgeSite.Web.Content;

/// <summary>What Umbraco's templates hand the shared layout, and the few words they format.</summary>
public static class PageView
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo(ContentSchema.DefaultCulture);

    /// <summary>Title, language and meta description for Pages/Shared/_Layout.cshtml, in the culture Umbraco routed to.</summary>
    public static void Apply(ViewDataDictionary viewData, IPublishedContent page, string? culture)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData["Title"] = Title(page);
        viewData["Lang"] = string.IsNullOrEmpty(culture) ? ContentSchema.DefaultCulture : culture;
        if (page.Value<string>("metaDescription") is { Length: > 0 } description) viewData["MetaDescription"] = description;
    }

    public static string Title(IPublishedContent page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Value<string>("title") is { Length: > 0 } title ? title : page.Name;
    }

    /// <summary>The image's alternative text (the Image media type gains a mandatory one in a later step).</summary>
    public static string AltText(MediaWithCrops image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return image.Value<string>("altText") ?? "";
    }

    /// <summary>A date picker's value as "24 November 2026".</summary>
    public static string? Date(object? value) => value switch
    {
        DateTime date when date != default => date.ToString("d MMMM yyyy", English),
        DateTimeOffset date => date.ToString("d MMMM yyyy", English),
        DateOnly date => date.ToString("d MMMM yyyy", English),
        _ => null,
    };

    /// <summary>The template's own headings are English: marked so on a page in another language.</summary>
    public static string? EnglishWords(string? culture) =>
        culture is null || culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? null : ContentSchema.DefaultCulture;
}
