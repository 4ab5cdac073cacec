namespace PledgeSite.Core.Entities;

/// <summary>An email waiting to be sent, or sent. Written in the same transaction as the change that caused it.</summary>
[NotAudited]
public class OutboxMessage
{
    public long Id { get; set; }
    public string ToAddress { get; set; } = "";
    public string? ToName { get; set; }
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    /// <summary>What caused the email, for the administrator's list (for example "pledge-confirmation").</summary>
    public string Kind { get; set; } = "";
    /// <summary>Optional key that makes the message unique, so a reminder is queued once per due date.</summary>
    public string? DeduplicationKey { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentUtc { get; set; }
    public DateTime? FailedUtc { get; set; }
    public string? LastError { get; set; }
    /// <summary>The instance that has claimed this message, until <see cref="LeaseExpiresUtc"/>.</summary>
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresUtc { get; set; }
}
