using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Email;

/// <summary>Delivers one message: over SMTP with MailKit, or to the pickup folder when SMTP is not configured.</summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

public sealed class MailTransport(IOptions<EmailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        var mime = Build(message, settings);
        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = PickupFolder(settings, environment);
            Directory.CreateDirectory(folder);
            // One file per outbox row: rewriting the same row's file can never produce a second copy.
            var path = Path.Combine(folder, $"{message.Id:D8}-{message.Kind}.eml");
            var temp = path + ".tmp";
            await mime.WriteToAsync(temp, cancellationToken);
            File.Move(temp, path, overwrite: true);
            return;
        }

        using var client = new SmtpClient { Timeout = 30_000 };
        var security = settings.SmtpSecurity switch
        {
            "None" => SecureSocketOptions.None,
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            "Auto" => SecureSocketOptions.Auto,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? "", cancellationToken);
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    public static string PickupFolder(EmailOptions settings, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        return Path.IsPathRooted(settings.PickupDirectory)
            ? settings.PickupDirectory
            : Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
    }

    private static MimeMessage Build(OutboxMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        mime.Subject = message.Subject;
        // A stable Message-ID per outbox row lets a receiving server discard a resend after a crash.
        mime.MessageId = $"outbox-{message.Id}-{message.CreatedUtc.Ticks}@{new Uri(settings.PublicBaseUrl).Host}";
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}
