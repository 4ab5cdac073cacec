namespace PledgeSite.Web.USync;

public static class USyncRegistration
{
    public static WebApplicationBuilder AddUSync(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder;
    }
}
