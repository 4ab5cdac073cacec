using System.Net;
using System.Text;

namespace PledgeSite.Core.Email;

/// <summary>
/// Builds an email in plain text and HTML from the same parts, so the two never drift apart.
/// Every value is HTML-encoded in the HTML body; links are shown in full in the text body.
/// </summary>
public sealed class EmailTemplate
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();
    private readonly string _subject;

    public EmailTemplate(string subject, string greetingName)
    {
        _subject = subject;
        var greeting = string.IsNullOrWhiteSpace(greetingName) ? "Hello," : $"Dear {greetingName},";
        Paragraph(greeting);
    }

    public EmailTemplate Paragraph(string text)
    {
        _text.AppendLine(text).AppendLine();
        _html.Append("<p style=\"font-size:19px;line-height:1.4;margin:0 0 20px\">")
            .Append(WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal))
            .Append("</p>");
        return this;
    }

    public EmailTemplate Link(string label, string url)
    {
        _text.AppendLine(label + ":").AppendLine(url).AppendLine();
        _html.Append("<p style=\"font-size:19px;line-height:1.4;margin:0 0 20px\"><a style=\"color:#005a6e\" href=\"")
            .Append(WebUtility.HtmlEncode(url)).Append("\">").Append(WebUtility.HtmlEncode(label)).Append("</a></p>");
        return this;
    }

    public EmailTemplate Details(IEnumerable<(string Label, string Value)> rows)
    {
        _html.Append("<table style=\"font-size:19px;border-collapse:collapse;margin:0 0 20px\">");
        foreach (var (label, value) in rows)
        {
            _text.Append(label).Append(": ").AppendLine(value);
            _html.Append("<tr><th style=\"text-align:left;padding:4px 20px 4px 0;vertical-align:top\">")
                .Append(WebUtility.HtmlEncode(label)).Append("</th><td style=\"padding:4px 0\">")
                .Append(WebUtility.HtmlEncode(value)).Append("</td></tr>");
        }
        _html.Append("</table>");
        _text.AppendLine();
        return this;
    }

    public EmailMessage To(string address, string? name, string kind, string? deduplicationKey = null)
    {
        const string signOff = "Tower Hamlets Anti-Racist Pledge\nLondon Borough of Tower Hamlets";
        var text = _text.ToString() + signOff + "\n";
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + WebUtility.HtmlEncode(_subject)
            + "</title></head><body style=\"font-family:Arial,sans-serif;color:#0b0c0c;margin:0\">"
            + "<div style=\"background:#005a6e;color:#ffffff;padding:15px 20px;font-size:24px;font-weight:bold\">Tower Hamlets Anti-Racist Pledge</div>"
            + "<div style=\"padding:20px;max-width:640px\">" + _html
            + "<p style=\"font-size:16px;color:#505a5f\">" + WebUtility.HtmlEncode(signOff).Replace("\n", "<br>", StringComparison.Ordinal) + "</p>"
            + "</div></body></html>";
        return new EmailMessage(address, name, _subject, text, html, kind, deduplicationKey);
    }
}
