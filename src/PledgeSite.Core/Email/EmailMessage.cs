namespace PledgeSite.Core.Email;

/// <summary>An email ready to queue: both bodies are complete (see <see cref="EmailTemplate"/>).</summary>
public sealed record EmailMessage(
    string ToAddress,
    string? ToName,
    string Subject,
    string TextBody,
    string HtmlBody,
    string Kind,
    string? DeduplicationKey = null);
