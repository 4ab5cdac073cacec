using PledgeSite.Core.Content;
using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.Content;

/// <summary>What the content partials render: the item, and whether it is a preview (no canonical, no indexing).</summary>
public sealed record ContentView(PublishedContent Item, bool Preview)
{
    /// <summary>The note shown when a page has no translation in the language asked for, written in that language.</summary>
    public static string FallbackNote(string culture) => culture switch
    {
        ContentCultures.Bengali => "এই পৃষ্ঠাটি এখনও বাংলায় অনুবাদ করা হয়নি, তাই এটি ইংরেজিতে দেখানো হচ্ছে।",
        ContentCultures.Somali => "Boggan weli laguma turjumin af-Soomaali, sidaas darteed waxaa lagu muujinayaa Ingiriisi.",
        _ => "",
    };

    /// <summary>"Language" in each culture, for the switcher's label.</summary>
    public static string LanguageWord(string culture) => culture switch
    {
        ContentCultures.Bengali => "ভাষা",
        ContentCultures.Somali => "Luqadda",
        _ => "Language",
    };

    public static string BreadcrumbWord(string culture) => culture switch
    {
        ContentCultures.Bengali => "আপনি এখানে আছেন",
        ContentCultures.Somali => "Halkan ayaad joogtaa",
        _ => "Breadcrumb",
    };

    public static string EventWord(string culture, string english) => (culture, english) switch
    {
        (ContentCultures.Bengali, "When") => "কখন",
        (ContentCultures.Bengali, "Where") => "কোথায়",
        (ContentCultures.Bengali, "Accessibility") => "প্রবেশযোগ্যতা",
        (ContentCultures.Bengali, "Book a place") => "একটি জায়গা বুক করুন",
        (ContentCultures.Somali, "When") => "Goorma",
        (ContentCultures.Somali, "Where") => "Halkee",
        (ContentCultures.Somali, "Accessibility") => "Helitaanka",
        (ContentCultures.Somali, "Book a place") => "Ballanso meel",
        _ => english,
    };

    public static string When(DateTime startUtc, DateTime? endUtc)
    {
        var en = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        var start = ContentTime.ToLondon(startUtc);
        string Time(DateTime t) => t.ToString(t.Minute == 0 ? "htt" : "h:mmtt", en).ToLowerInvariant();
        var text = $"{start.ToString("dddd d MMMM yyyy", en)}, {Time(start)}";
        if (endUtc is { } e)
        {
            var end = ContentTime.ToLondon(e);
            text += end.Date == start.Date ? $" to {Time(end)}" : $" to {end.ToString("dddd d MMMM yyyy", en)}, {Time(end)}";
        }
        return text;
    }

    /// <summary>Sets the title, meta description and lang attribute the layout reads. Call from the page, not a partial.</summary>
    public void ApplyTo(Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary viewData)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        viewData["Title"] = Item.Type == ContentType.Home ? null : Item.Title;
        viewData["MetaDescription"] = Item.MetaDescription.Length > 0 ? Item.MetaDescription : Item.Summary;
        viewData["Lang"] = ContentCultures.LangAttribute(Item.RequestedCulture);
    }

    public bool IsEvent => Item.Type == ContentType.Event;
}
