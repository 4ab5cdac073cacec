namespace PledgeSite.Web.Pages.ICanBe;

public static class CampaignSetup
{
    public const string CacheTag = "campaign";

    /// <summary>The 'I can be' campaign: role models, opportunities and events.</summary>
    public static WebApplicationBuilder AddCampaign(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
