namespace PledgeSite.Core.Media;

/// <summary>Something that can refer to media (content items, campaign pages...): says where a media item is used.</summary>
public interface IMediaUsage
{
    Task<IReadOnlyList<MediaUse>> FindAsync(Guid mediaKey, CancellationToken cancellationToken);
}

/// <summary>One place a media item is used: what, where in it, and the back-office page to edit it.</summary>
public sealed record MediaUse(string Title, string Where, string? EditUrl);
