using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.Time;

namespace PledgeSite.Core.Email;

/// <summary>
/// Queues emails in the database. Call <see cref="Enqueue"/> before the SaveChanges that makes the change,
/// so the email is stored with it or not at all. <see cref="OutboxSender"/> sends it later.
/// </summary>
public sealed class EmailOutbox(PledgeDbContext db, SiteClock clock)
{
    public OutboxMessage Enqueue(EmailMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = clock.GetUtcNow().UtcDateTime;
        var row = new OutboxMessage
        {
            ToAddress = message.ToAddress,
            ToName = message.ToName,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            Kind = message.Kind,
            DeduplicationKey = message.DeduplicationKey,
            CreatedUtc = now,
            NextAttemptUtc = now,
        };
        db.OutboxMessages.Add(row);
        return row;
    }

    /// <summary>Queues a message only if none with the same deduplication key exists (reminders: once per due date).</summary>
    public async Task<bool> EnqueueOnceAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.DeduplicationKey);
        var exists = await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == message.DeduplicationKey, cancellationToken)
            || db.OutboxMessages.Local.Any(m => m.DeduplicationKey == message.DeduplicationKey);
        if (exists) return false;
        Enqueue(message);
        return true;
    }
}
