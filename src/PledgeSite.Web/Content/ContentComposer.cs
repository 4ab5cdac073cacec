using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace PledgeSite.Web.Content;

/// <summary>Umbraco content: the schema set-up its migration plan runs, and Umbraco's pages outranking our CMS's catch-all.</summary>
public sealed class ContentComposer : IComposer
{
    public void Compose(IUmbracoBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddTransient<ContentSchemaSetup>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, UmbracoContentFirstPolicy>());
    }
}
