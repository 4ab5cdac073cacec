namespace PledgeSite.Core.Email;

/// <summary>Configuration section "Email". Without an SMTP host, messages are written as .eml files to the pickup folder.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>Set it to the pledge's own mailbox; the default is the one address the seeds give (the Tower Hamlets Partnership's).</summary>
    public string FromAddress { get; set; } = "towerhamletspartnership@towerhamlets.gov.uk";
    public string FromName { get; set; } = "Tower Hamlets Anti-Racist Pledge";
    /// <summary>Absolute base URL used in links inside emails, for example https://pledge.towerhamlets.gov.uk.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    /// <summary>"StartTls" (default), "SslOnConnect", or "None" (for a local relay only).</summary>
    public string SmtpSecurity { get; set; } = "StartTls";
    /// <summary>Where .eml files go when no SMTP host is set. Relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail-pickup";
    public int MaxAttempts { get; set; } = 8;
    public int BatchSize { get; set; } = 20;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long an instance holds a message it is sending; a send still unfinished at half of it is given up and retried.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);
}
