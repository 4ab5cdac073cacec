using System.Net;
using PledgeSite.Tests.Infrastructure;
using PledgeSite.Tests.Pages.Media;

namespace PledgeSite.Tests.Pages.USync;

/// <summary>Tests for Areas/Backoffice/Pages/USync/Index.cshtml (the import and export buttons).</summary>
public sealed class IndexTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pledgesite-usync-page", Guid.NewGuid().ToString("N"));
    private readonly SiteFactory _site;

    public IndexTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "uSync"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder, Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "uSync"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        _site = new SiteFactory().With("USync:Path", _folder).With("USync:ImportOnStartup", null);
    }

    [Fact]
    public async Task Import_button_reports_the_starter_content_as_unchanged_after_the_first_start()
    {
        using var editor = await StaffClients.SignedInAsync(_site, StaffRoles.Editor);

        var (response, _) = await editor.PostFormAsync("/backoffice/usync", selector: "main form[action$='handler=Import']");
        var page = await editor.GetPageAsync(response.Headers.Location!.ToString());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"Import finished: 0 created, 0 updated, \d+ unchanged\.", page.QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task Staff_without_the_editor_role_cannot_import_or_export()
    {
        using var reviewer = await StaffClients.SignedInAsync(_site, StaffRoles.PledgeReviewer);

        var (response, _) = await reviewer.GetAsync("/backoffice/usync");

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || response.Headers.Location?.ToString().Contains("/error/403", StringComparison.Ordinal) == true, $"answered {(int)response.StatusCode}");
    }

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
