using System.Reflection;
using System.Runtime.CompilerServices;
using Umbraco.Cms.Core.Composing;

namespace PledgeSite.Tests.Infrastructure;

/// <summary>
/// Umbraco scans every assembly the entry assembly references, transitively, for its types. In a test run the entry
/// assembly is the xunit v3 test host, whose references name runner assemblies that are not shipped beside it, so
/// the scan fails to load them (umbraco/Umbraco-CMS#19726). Umbraco skips names on its exclusion filter: this puts
/// "xunit" there, in place of an entry that another, shorter entry already covers. Remove when Umbraco excludes xunit.
/// </summary>
internal static class UmbracoTypeScanning
{
    [ModuleInitializer]
    internal static void ExcludeXunit()
    {
        var field = typeof(TypeFinder).GetField("KnownAssemblyExclusionFilter", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new InvalidOperationException("Umbraco's TypeFinder no longer has KnownAssemblyExclusionFilter: remove this workaround.");
        var filter = (string[])field.GetValue(null)!;
        if (filter.Any(f => "xunit.".StartsWith(f, StringComparison.OrdinalIgnoreCase))) return;
        for (var i = 0; i < filter.Length; i++)
        {
            var entry = filter[i];
            if (filter.Where((other, j) => j != i && other.Length < entry.Length).Any(other => entry.StartsWith(other, StringComparison.OrdinalIgnoreCase)))
            {
                filter[i] = "xunit";
                return;
            }
        }
        throw new InvalidOperationException("No redundant entry in Umbraco's assembly exclusion filter to reuse: " + string.Join(", ", filter));
    }
}
