using PledgeSite.Core.Content;

namespace PledgeSite.Web.Pages.Content;

public static class ContentSiteRegistration
{
    /// <summary>The CMS (see PledgeSite.Core.Content) plus the web parts: signed preview links.</summary>
    public static WebApplicationBuilder AddContentSite(this WebApplicationBuilder builder)
    {
        builder.AddContent();
        builder.Services.AddSingleton<PreviewLinks>();
        return builder;
    }
}
