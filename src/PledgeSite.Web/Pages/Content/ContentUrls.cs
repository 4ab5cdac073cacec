using PledgeSite.Core.Entities;

namespace PledgeSite.Web.Pages.Content;

public static class ContentUrls
{
    /// <summary>A content path ("/about") in a culture ("/bn/about", "/bn" for home).</summary>
    public static string PrefixFor(this string path, string culture)
    {
        var prefix = ContentCultures.PathPrefix(culture);
        return prefix.Length == 0 ? path : path == "/" ? prefix : prefix + path;
    }
}
