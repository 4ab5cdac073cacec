using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using MimeKit;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Pledge;

/// <summary>An organisation's answers for the sign-up journey, and steps that walk it through the real pages.</summary>
public sealed record Organisation(string Name, string ContactEmail, string? CompanyNumber = null, string? CharityNumber = null, string? Website = null)
{
    public static Organisation Unique(string name, string? companyNumber = null, string? website = null)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return new($"{name} {id}", $"contact-{id}@example.org", companyNumber, null, website);
    }
}

public static partial class PledgeJourney
{
    public static KeyValuePair<string, string?> F(string key, string? value) => new(key, value);

    /// <summary>A client on https://localhost: the staff and signatory cookies are Secure outside Development.</summary>
    public static HtmlClient Client(SiteFactory site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new HtmlClient(site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        }));
    }

    /// <summary>Starts a journey and returns the URL of its first question.</summary>
    public static async Task<string> StartAsync(HtmlClient client)
    {
        var (response, _) = await client.PostFormAsync("/pledge/sign");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.ToString();
    }

    /// <summary>The journey's base URL (/pledge/sign/{id}) from any of its page URLs.</summary>
    public static string BaseOf(string url) => JourneyUrl().Match(url).Value;

    /// <summary>Submits the page at <paramref name="url"/> and returns where it redirected to (asserting it did).</summary>
    public static async Task<string> AnswerAsync(HtmlClient client, string url, params KeyValuePair<string, string?>[] values)
    {
        var (response, document) = await client.PostFormAsync(url, values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{url} answered {(int)response.StatusCode}: {string.Join("; ", HtmlClient.ErrorSummary(document))}");
        return response.Headers.Location!.ToString();
    }

    /// <summary>Answers every question up to check-your-answers and returns the journey's base URL.</summary>
    public static async Task<string> AnswerAllAsync(HtmlClient client, Organisation org)
    {
        var first = await StartAsync(client);
        var journey = BaseOf(first);
        var next = await AnswerAsync(client, first, F("Answers.OrganisationName", org.Name));
        next = await AnswerAsync(client, next, F("Answers.OrganisationType", "Business"));
        next = await AnswerAsync(client, next, F("Answers.Sector", "Technology"));
        next = await AnswerAsync(client, next, F("Answers.SizeBand", "50 to 249 people"));
        next = await AnswerAsync(client, next, F("Answers.CompanyNumber", org.CompanyNumber ?? ""), F("Answers.CharityNumber", org.CharityNumber ?? ""));
        next = await AnswerAsync(client, next, F("Answers.AddressLine1", "1 Mulberry Place"), F("Answers.Town", "London"), F("Answers.Postcode", "e14 2bg"));
        next = await AnswerAsync(client, next, F("Answers.Website", org.Website ?? ""));
        next = await AnswerAsync(client, next);
        next = await AnswerAsync(client, next, F("Answers.Contact.Name", "Amina Rahman"), F("Answers.Contact.JobTitle", "Head of People"),
            F("Answers.Contact.Email", org.ContactEmail), F("Answers.Contact.Phone", "020 7364 5000"));
        next = await AnswerAsync(client, next, F("Answers.Sponsor.Name", "Daniel Okafor"), F("Answers.Sponsor.JobTitle", "Chief Executive"),
            F("Answers.Sponsor.Email", "ceo@" + org.ContactEmail.Split('@')[1]));
        Assert.EndsWith("/commitments", next, StringComparison.Ordinal);
        next = await AnswerAsync(client, next);
        Assert.EndsWith("/statement", next, StringComparison.Ordinal);
        next = await AnswerAsync(client, next, F("Answers.Statement", "We sign because our staff and our customers should see the borough's communities in every part of our business."));
        Assert.EndsWith("/actions", next, StringComparison.Ordinal);
        var actions = await AnswerAsync(client, journey + "/add-action", Action("Run reverse mentoring between our senior leaders and Black, Asian and minority ethnic staff", "Head of People"));
        Assert.EndsWith("/actions", actions, StringComparison.Ordinal);
        next = await AnswerAsync(client, actions);
        Assert.EndsWith("/targets", next, StringComparison.Ordinal);
        var targets = await AnswerAsync(client, journey + "/add-target", Target("Senior staff from Black, Asian and minority ethnic backgrounds", "%", "21", "35"));
        Assert.EndsWith("/targets", targets, StringComparison.Ordinal);
        next = await AnswerAsync(client, targets);
        next = await AnswerAsync(client, next, F("Answers.Workforce.AsAtDate.Day", "31"), F("Answers.Workforce.AsAtDate.Month", "3"),
            F("Answers.Workforce.AsAtDate.Year", "2026"), F("Answers.Workforce.TotalStaff", "120"), F("Answers.Workforce.MinorityEthnicStaff", "54"));
        next = await AnswerAsync(client, next, F("Answers.ConsentToPublish", "yes"));
        next = await AnswerAsync(client, next, F("Answers.DeclarationAccepted", "true"));
        Assert.EndsWith("/check-answers", next, StringComparison.Ordinal);
        return journey;
    }

    public static KeyValuePair<string, string?>[] Target(string measure, string unit, string baseline, string target, string isPublic = "yes") =>
    [
        F("NewTarget.Measure", measure), F("NewTarget.Unit", unit), F("NewTarget.BaselineValue", baseline),
        F("NewTarget.BaselineDate.Day", "31"), F("NewTarget.BaselineDate.Month", "3"), F("NewTarget.BaselineDate.Year", "2026"),
        F("NewTarget.TargetValue", target),
        F("NewTarget.TargetDate.Day", "31"), F("NewTarget.TargetDate.Month", "3"), F("NewTarget.TargetDate.Year", "2029"),
        F("NewTarget.IsPublic", isPublic),
    ];

    /// <summary>The fields of the add-action page: an own action due on 31 March 2030 (after any test clock's today).</summary>
    public static KeyValuePair<string, string?>[] Action(string what, string lead, string? commitmentId = null) =>
    [
        F("NewAction.What", what), F("NewAction.Lead", lead),
        F("NewAction.DueDate.Day", "31"), F("NewAction.DueDate.Month", "3"), F("NewAction.DueDate.Year", "2030"),
        F("NewAction.CommitmentId", commitmentId ?? ""),
    ];

    /// <summary>Signs the pledge to the confirmation page and returns the reference shown there.</summary>
    public static async Task<string> SignAsync(HtmlClient client, Organisation org)
    {
        var journey = await AnswerAllAsync(client, org);
        var confirmation = await AnswerAsync(client, journey + "/check-answers");
        var page = await client.GetPageAsync(confirmation);
        return page.QuerySelector(".govuk-panel__body strong")!.TextContent.Trim();
    }

    /// <summary>The first link in an email's text body that starts with the site's address and contains <paramref name="path"/>.</summary>
    public static string LinkIn(MimeMessage message, string path)
    {
        ArgumentNullException.ThrowIfNull(message);
        var link = LinkPattern().Matches(message.TextBody ?? "").Select(m => m.Value).FirstOrDefault(l => l.Contains(path, StringComparison.Ordinal));
        Assert.True(link is not null, $"No link to {path} in: {message.TextBody}");
        return new Uri(link!).PathAndQuery;
    }

    /// <summary>Follows an emailed confirm or sign-in link: GET shows a button, submitting it uses the token.</summary>
    public static async Task<HttpResponseMessage> FollowAsync(HtmlClient client, string link)
    {
        var page = await client.GetPageAsync(link);
        var (response, _) = await client.SubmitAsync(page, baseUrl: link);
        return response;
    }

    /// <summary>
    /// Sends the queued emails to the pickup folder and returns the latest one to that address with that subject.
    /// Waits up to 10 seconds, as SmtpSink does: the site's own outbox loop may be sending it at the same moment.
    /// </summary>
    public static async Task<MimeMessage> EmailAsync(SiteFactory site, string to, string subjectStarts)
    {
        ArgumentNullException.ThrowIfNull(site);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            await site.SendQueuedEmailAsync();
            var emails = site.PickedUpEmails();
            var match = emails.LastOrDefault(m => m.To.Mailboxes.Any(b => b.Address == to) && (m.Subject ?? "").StartsWith(subjectStarts, StringComparison.Ordinal));
            if (match is not null) return match;
            Assert.True(DateTime.UtcNow < deadline, $"No email to {to} about '{subjectStarts}'; emails: {string.Join("; ", emails.Select(m => $"{m.To} {m.Subject}"))}");
            await Task.Delay(100);
        }
    }

    /// <summary>Asks for a sign-in link and follows it.</summary>
    public static async Task SignInToManageAsync(SiteFactory site, HtmlClient client, string email)
    {
        ArgumentNullException.ThrowIfNull(client);
        await client.PostFormAsync("/pledge/manage/sign-in", [F("Email", email)]);
        var message = await EmailAsync(site, email, "Sign in to your pledge");
        var response = await FollowAsync(client, LinkIn(message, "/pledge/manage/sign-in/link"));
        Assert.Equal("/pledge/manage", response.Headers.Location!.ToString());
    }

    [GeneratedRegex(@"^/pledge/sign/[0-9a-f-]{36}")]
    private static partial Regex JourneyUrl();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();

    public static IHtmlDocument Doc((HttpResponseMessage, IHtmlDocument) result) => result.Item2;
}
