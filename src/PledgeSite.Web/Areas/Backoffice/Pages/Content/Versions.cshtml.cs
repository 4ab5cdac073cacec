using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Web.Infrastructure;
using PledgeSite.Web.TagHelpers;

namespace PledgeSite.Web.Areas.Backoffice.Pages.Content;

/// <summary>Every saved version of one culture, two of them side by side with the differences marked, and rollback.</summary>
[Authorize(Policy = StaffPolicies.Editor)]
public partial class VersionsModel(PledgeDbContext db, ContentWorkflow workflow) : PageModel
{
    [FromRoute] public Guid Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? Culture { get; set; }
    [BindProperty(SupportsGet = true)] public int? Left { get; set; }
    [BindProperty(SupportsGet = true)] public int? Right { get; set; }
    [TempData] public string? Message { get; set; }

    public ContentItem Item { get; private set; } = default!;
    public ContentVariant Variant { get; private set; } = default!;
    public IReadOnlyList<ContentVersion> Versions { get; private set; } = [];
    public ContentVersion? A { get; private set; }
    public ContentVersion? B { get; private set; }
    public IReadOnlyList<GovUkOption> Options { get; private set; } = [];
    public string CurrentCulture => ContentCultures.IsKnown(Culture) ? Culture! : ContentCultures.Default;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        B = Versions.FirstOrDefault(v => v.Number == Right) ?? (Versions.Count > 0 ? Versions[0] : null);
        A = Versions.FirstOrDefault(v => v.Number == Left) ?? Versions.FirstOrDefault(v => v.Number < (B?.Number ?? 0));
        Left = A?.Number;
        Right = B?.Number;
        return Page();
    }

    public async Task<IActionResult> OnPostRollbackAsync(int versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        var version = Versions.FirstOrDefault(v => v.Id == versionId);
        if (version is null) return NotFound();
        await workflow.RollbackAsync(Key, CurrentCulture, versionId, cancellationToken);
        Message = $"Rolled back to version {version.Number}" + (Variant.PublishedVersionId is not null ? " and published it" : "");
        return Redirect($"/backoffice/content/{Key}/versions" + (CurrentCulture == ContentCultures.Default ? "" : "?culture=" + CurrentCulture));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(c => c.Key == Key, cancellationToken);
        var variant = await db.Set<ContentVariant>().AsNoTracking().SingleOrDefaultAsync(v => v.ContentKey == Key && v.Culture == CurrentCulture, cancellationToken);
        if (item is null || variant is null) return false;
        Item = item;
        Variant = variant;
        Versions = await db.Set<ContentVersion>().AsNoTracking().Where(v => v.ContentKey == Key && v.Culture == CurrentCulture)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        Options = Versions.Select(v => new GovUkOption(v.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Version {v.Number}: {v.Note}, {ContentTime.Describe(v.SavedUtc)}")).ToList();
        return true;
    }

    public IEnumerable<(string Field, string Left, string Right)> Fields()
    {
        if (A is null || B is null) yield break;
        yield return ("Title", A.Title, B.Title);
        yield return ("Summary", A.Summary, B.Summary);
        yield return ("Body", A.BodyHtml, B.BodyHtml);
        yield return ("Meta description", A.MetaDescription, B.MetaDescription);
        yield return ("Hero image alt text", A.HeroAltText, B.HeroAltText);
        if (Item.Type == ContentType.Event)
        {
            yield return ("Place", A.Venue, B.Venue);
            yield return ("Accessibility information", A.AccessibilityInformation, B.AccessibilityInformation);
        }
    }

    /// <summary>A word-level difference: each token with whether it was removed (-1), kept (0) or added (+1).</summary>
    public static IReadOnlyList<(int Change, string Text)> Diff(string left, string right)
    {
        var a = Tokens().Matches(left).Select(m => m.Value).ToArray();
        var b = Tokens().Matches(right).Select(m => m.Value).ToArray();
        // Long texts are compared as a whole rather than word by word, to keep the page fast.
        if ((long)a.Length * b.Length > 4_000_000) return left == right ? [(0, left)] : [(-1, left), (1, right)];
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var result = new List<(int, string)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { result.Add((0, a[x])); x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) result.Add((-1, a[x++]));
            else result.Add((1, b[y++]));
        }
        while (x < a.Length) result.Add((-1, a[x++]));
        while (y < b.Length) result.Add((1, b[y++]));
        return result;
    }

    /// <summary>One side of a difference as HTML: the left side (-1) strikes removed words, the right (+1) highlights added ones.</summary>
    public static Microsoft.AspNetCore.Html.HtmlString Render(IReadOnlyList<(int Change, string Text)> diff, int side)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var html = new System.Text.StringBuilder();
        // Runs of changed words become one <del> or <ins>, so "Bring a friend." reads as one change.
        foreach (var run in diff.Where(d => d.Change == 0 || d.Change == side).ChunkBy(d => d.Change))
        {
            var encoded = System.Net.WebUtility.HtmlEncode(string.Concat(run.Select(d => d.Text)));
            if (run[0].Change == 0) html.Append(encoded);
            else html.Append(side < 0 ? "<del class=\"th-diff--removed\">" : "<ins class=\"th-diff--added\">").Append(encoded).Append(side < 0 ? "</del>" : "</ins>");
        }
        return new Microsoft.AspNetCore.Html.HtmlString(html.ToString());
    }

    [GeneratedRegex(@"<[^>]*>|[^\s<]+|\s+")]
    private static partial Regex Tokens();
}

internal static class RunExtensions
{
    /// <summary>Splits a sequence into runs of neighbours with the same key.</summary>
    public static IEnumerable<List<T>> ChunkBy<T, TKey>(this IEnumerable<T> source, Func<T, TKey> key)
    {
        List<T>? run = null;
        foreach (var item in source)
        {
            if (run is not null && !EqualityComparer<TKey>.Default.Equals(key(run[0]), key(item)))
            {
                yield return run;
                run = null;
            }
            (run ??= []).Add(item);
        }
        if (run is not null) yield return run;
    }
}
