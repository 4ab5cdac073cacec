using System.Net;
using AngleSharp.Html.Dom;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Suppliers;

/// <summary>Pledges to declare against, and a walk through the declaration journey with the real forms.</summary>
public static class SupplierTestData
{
    private static int _sequence;

    public static string UniqueCompanyNumber() => (10_000_000 + Interlocked.Increment(ref _sequence) * 7 + Random.Shared.Next(0, 7) + Environment.ProcessId % 1000 * 10_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture)[..8];

    public static async Task<PledgeSite.Core.Entities.Pledge> AddPledgeAsync(SiteFactory site, string? companyNumber = null, PledgeStatus status = PledgeStatus.Approved, string? name = null)
    {
        var now = site.Clock.GetUtcNow().UtcDateTime;
        var n = Interlocked.Increment(ref _sequence);
        var reference = $"ARP-2026-{n:D4}{Random.Shared.Next(10, 99)}";
        var pledge = new PledgeSite.Core.Entities.Pledge
        {
            Reference = reference,
            Slug = "org-" + reference.ToLowerInvariant(),
            OrganisationName = name ?? $"Pledged Organisation {n}",
            OrganisationType = OrganisationType.Business,
            CompanyNumber = companyNumber,
            Status = status,
            CreatedUtc = now.AddMonths(-3),
            ApprovedUtc = status == PledgeStatus.Approved ? now.AddMonths(-2) : null,
            NextReportDueUtc = status == PledgeStatus.Approved ? now.AddMonths(10) : null,
        };
        await site.WithDbAsync(async db => { db.Add(pledge); await db.SaveChangesAsync(); });
        return pledge;
    }

    /// <summary>Answers every question through the forms, then returns the check-your-answers page address.</summary>
    public static async Task<string> AnswerEverythingAsync(HtmlClient client, string companyNumber, string contractReference,
        string pledgeStatus = "HasSigned", string? pledgeReference = null, string? signBy = null, string stage = "Tender", string name = "Acme Cleaning Ltd")
    {
        var (start, _) = await client.PostFormAsync("/suppliers/declaration");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var url = start.Headers.Location!.ToString();
        async Task<string> Answer(string at, params (string Key, string? Value)[] values)
        {
            var (response, document) = await client.PostFormAsync(at, values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect,
                $"{at} answered {(int)response.StatusCode}: {string.Join("; ", HtmlClient.ErrorSummary(document))}");
            return response.Headers.Location!.ToString();
        }
        url = await Answer(url, ("SupplierName", name));
        url = await Answer(url, ("CompanyNumber", companyNumber));
        url = await Answer(url, ("AddressLine1", "1 Commercial Road"), ("Town", "London"), ("Postcode", "E1 1AA"));
        url = await Answer(url, ("ContractReference", contractReference), ("ContractTitle", "Cleaning of council buildings"));
        url = await Answer(url, ("ValueBand", "From100kTo500k"));
        url = await Answer(url, ("Stage", stage));
        url = await Answer(url, ("PledgeStatus", pledgeStatus));
        url = pledgeStatus switch
        {
            "HasSigned" => await Answer(url, ("PledgeReference", pledgeReference)),
            "WillSign" => await Answer(url, ("WillSignBy.Day", signBy!.Split('-')[2]), ("WillSignBy.Month", signBy.Split('-')[1]), ("WillSignBy.Year", signBy.Split('-')[0])),
            _ => await Answer(url, ("WillNotReason", "We are a sole trader with no staff.")),
        };
        url = await Answer(url, ("Advancement", "We will recruit locally and train staff on the contract in anti-racist practice."));
        url = await Answer(url, ("TotalStaff", "120"), ("MinorityEthnicStaff", "48"), ("MinorityEthnicLeaders", "5"));
        url = await Answer(url, ("AccountableName", "Amina Rahman"), ("AccountableRole", "Managing Director"), ("AccountableEmail", "amina@acme.example"));
        url = await Answer(url, ("StatementConfirmed", "true"), ("SignedName", "Amina Rahman"));
        Assert.EndsWith("/check-answers", url, StringComparison.Ordinal);
        return url;
    }

    /// <summary>Submits the check-your-answers page and returns the reference shown on the confirmation page.</summary>
    public static async Task<string> SubmitAsync(HtmlClient client, string checkAnswersUrl)
    {
        var (response, document) = await client.PostFormAsync(checkAnswersUrl);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join("; ", HtmlClient.ErrorSummary(document)));
        var confirmation = await client.GetPageAsync(response.Headers.Location!.ToString());
        return confirmation.QuerySelector(".govuk-panel__body strong")!.TextContent.Trim();
    }

    public static IHtmlDocument AssertError(IHtmlDocument document, string message)
    {
        Assert.Contains(HtmlClient.ErrorSummary(document), e => e.Contains(message, StringComparison.Ordinal));
        return document;
    }
}
