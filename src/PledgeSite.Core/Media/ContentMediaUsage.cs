using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Media;

/// <summary>Content items that use a media item: as hero or social image, or in the body (draft or published) of any culture.</summary>
public sealed class ContentMediaUsage(PledgeDbContext db) : IMediaUsage
{
    public async Task<IReadOnlyList<MediaUse>> FindAsync(Guid mediaKey, CancellationToken cancellationToken)
    {
        var text = mediaKey.ToString("D");
        var items = await db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.HeroMediaKey == mediaKey || c.SocialImageMediaKey == mediaKey
                || c.Variants.Any(v => v.BodyHtml.Contains(text) || (v.PublishedVersion != null && v.PublishedVersion.BodyHtml.Contains(text))))
            .Include(c => c.Variants).ThenInclude(v => v.PublishedVersion)
            .ToListAsync(cancellationToken);
        var uses = new List<MediaUse>();
        foreach (var item in items)
        {
            var title = item.TrashedUtc is null ? item.Name : $"{item.Name} (in the recycle bin)";
            var edit = $"/backoffice/content/{item.Key:D}";
            if (item.HeroMediaKey == mediaKey) uses.Add(new(title, "hero image", edit));
            if (item.SocialImageMediaKey == mediaKey) uses.Add(new(title, "social sharing image", edit));
            foreach (var variant in item.Variants.Where(v => v.BodyHtml.Contains(text, StringComparison.Ordinal)
                         || v.PublishedVersion?.BodyHtml.Contains(text, StringComparison.Ordinal) == true))
                uses.Add(new(title, $"body text ({ContentCultures.EnglishName(variant.Culture)})", edit));
        }
        return uses;
    }
}
