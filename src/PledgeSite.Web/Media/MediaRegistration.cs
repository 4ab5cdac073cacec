using Microsoft.AspNetCore.Http.Features;
using PledgeSite.Core.Media;

namespace PledgeSite.Web.Media;

public static class MediaRegistration
{
    /// <summary>The media library: options under <c>Media</c>, storage outside the web root, and the library service.</summary>
    public static WebApplicationBuilder AddMediaLibrary(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(MediaOptions.Section);
        builder.Services.Configure<MediaOptions>(section);
        builder.Services.AddSingleton<MediaStorage>();
        builder.Services.AddScoped<MediaLibrary>();
        builder.Services.AddScoped<IMediaUsage, ContentMediaUsage>();
        var max = section.GetValue(nameof(MediaOptions.MaxUploadBytes), new MediaOptions().MaxUploadBytes);
        // Let a slightly oversized file reach the library, which answers with a clear message rather than a 400.
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = Math.Max(o.MultipartBodyLengthLimit, max + 1024 * 1024));
        return builder;
    }
}
