using System.Text.RegularExpressions;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.Content;

/// <summary>
/// The starter content invents no contact details (the only address is the one the seeds give, the Tower Hamlets
/// Partnership's), and named programmes keep the names the seeds give them.
/// </summary>
public partial class FairWordingTests
{
    private const string SeedAddress = "towerhamletspartnership@towerhamlets.gov.uk";

    private static string RepositoryFolder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PledgeSite.sln"))) return Path.Combine(dir.FullName, name);
        }
        throw new DirectoryNotFoundException("No PledgeSite.sln above " + AppContext.BaseDirectory);
    }

    [Fact]
    public async Task The_contact_page_gives_the_seed_address_and_no_invented_ones()
    {
        using var site = new SiteFactory().With("USync:ImportOnStartup", "true");
        using var client = HtmlClient.For(site);

        var contact = (await client.GetPageAsync("/contact")).QuerySelector("main")!;

        Assert.Equal($"mailto:{SeedAddress}", contact.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.DoesNotContain("antiracistpledge@", contact.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Whitechapel Road", contact.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("working days", contact.TextContent, StringComparison.Ordinal);

        var practice = (await client.GetPageAsync("/sharing-practice")).QuerySelector("main")!.TextContent;
        Assert.Contains("A BAME middle leaders programme for schools has been developed", practice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_starter_content_and_settings_hold_no_email_address_or_telephone_number_the_seeds_do_not_give()
    {
        var files = Directory.GetFiles(RepositoryFolder("uSync"), "*.json", SearchOption.AllDirectories)
            .Append(RepositoryFolder(Path.Combine("src", "PledgeSite.Web", "appsettings.json")))
            .Append(RepositoryFolder(Path.Combine("src", "PledgeSite.Core", "Email", "EmailOptions.cs")));
        var found = files.SelectMany(f => Email().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Found: m.Value))
            .Concat(Phone().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Found: m.Value))))
            .Where(x => x.Found != SeedAddress && !x.Found.EndsWith("@example.org", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(found);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")]
    private static partial Regex Email();

    /// <summary>UK numbers as people write them: 020 7364 5000, 0800 123 4567, +44 20 ...</summary>
    [GeneratedRegex(@"(?<![\d.])(?:\+44\s?|0)\d{2,4}\s\d{3,4}\s?\d{3,4}(?!\d)")]
    private static partial Regex Phone();
}
