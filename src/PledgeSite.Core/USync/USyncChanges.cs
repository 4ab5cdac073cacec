using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.USync;

/// <summary>
/// "Something uSync exports has changed": raised after every save that touches content, media, media folders or
/// redirects, whichever page or service made it. Raising it twice before anyone waits counts once.
/// </summary>
public sealed class USyncChanges
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    public void Raise() => _signal.Writer.TryWrite(true);

    /// <summary>Waits for the next change; true if one came within <paramref name="timeout"/> (infinite by default).</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan) within.CancelAfter(timeout);
        try
        {
            await _signal.Reader.ReadAsync(within.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

/// <summary>
/// Raises <see cref="USyncChanges"/> once a save that added, changed or deleted anything uSync exports has succeeded.
/// Does nothing unless <c>USync:ExportOnSave</c> is on.
/// </summary>
public sealed class USyncChangeInterceptor(USyncChanges changes, IOptions<USyncOptions> options) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> Exported =
        [typeof(ContentItem), typeof(ContentVariant), typeof(ContentVersion), typeof(MediaItem), typeof(MediaFolder), typeof(ContentRedirect)];

    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null || !options.Value.ExportOnSave) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && Exported.Contains(entry.Metadata.ClrType))
            {
                _pending.AddOrUpdate(context, true);
                return;
            }
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && _pending.Remove(context)) changes.Raise();
    }
}
