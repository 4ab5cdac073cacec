using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PledgeSite.Core.Content;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;
using PledgeSite.Core.USync;
using PledgeSite.Web.USync;
using Microsoft.Extensions.Hosting;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.USync;

/// <summary>USync:ExportOnSave (PledgeSite.Web/USync/USyncRegistration.cs, PledgeSite.Core/USync/USyncChanges.cs).</summary>
public sealed class USyncExportOnSaveTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pledgesite-usync-tests", Guid.NewGuid().ToString("N"));

    private SiteFactory NewSite(bool exportOnSave) =>
        new SiteFactory().With("USync:Path", _folder).With("USync:ExportOnSave", exportOnSave ? "true" : "false");

    private static async Task<Guid> CreatePageAsync(SiteFactory site, string title)
    {
        Guid key = default;
        await site.WithScopeAsync(async services =>
        {
            var (item, errors) = await services.GetRequiredService<ContentWorkflow>().CreateAsync(ContentType.Home, null, title, null);
            Assert.Empty(errors);
            key = item!.Key;
        });
        return key;
    }

    private async Task<string> WaitForFileAsync(Guid key, Func<string, bool> until)
    {
        var path = Path.Combine(_folder, "content", $"{key:D}.json");
        for (var i = 0; i < 100; i++)
        {
            if (File.Exists(path))
            {
                var text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
                if (until(text)) return text;
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"{path} was not written as expected within 10 s");
        return "";
    }

    [Fact]
    public async Task Creating_then_saving_content_writes_its_file_moments_later()
    {
        await using var site = NewSite(exportOnSave: true);

        var key = await CreatePageAsync(site, "Welcome to the pledge");
        await WaitForFileAsync(key, text => text.Contains("Welcome to the pledge", StringComparison.Ordinal));

        await site.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PledgeDbContext>();
            var item = await db.Set<ContentItem>().Include(c => c.Variants).SingleAsync(c => c.Key == key);
            var result = await services.GetRequiredService<ContentWorkflow>().SaveAsync(new ContentEdit
            {
                Key = key, Culture = ContentCultures.Default, ItemVersion = item.Version, VariantVersion = item.Variants[0].Version,
                Title = "Sign the Anti-Racist Pledge", Summary = "Organisations in Tower Hamlets commit to act.",
            });
            Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        });
        var saved = await WaitForFileAsync(key, text => text.Contains("Sign the Anti-Racist Pledge", StringComparison.Ordinal));
        Assert.Contains("Organisations in Tower Hamlets commit to act.", saved, StringComparison.Ordinal);
        // The whole folder mirrors the site: document types are written too.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folder, "document-types")));
    }

    [Fact]
    public async Task Without_export_on_save_a_change_writes_nothing()
    {
        await using var site = NewSite(exportOnSave: false);
        var exporter = site.Services.GetServices<IHostedService>().OfType<USyncExportOnSave>().Single();

        await CreatePageAsync(site, "Welcome to the pledge");

        // The exporter has stopped for good (it runs only with the setting on), and the save raised no change signal
        // that a running exporter would act on; so nothing can write the folder later either. (A raised signal sits in
        // the channel, so the read below answers at once; the timeout only bounds the answer "none".)
        await exporter.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var changes = site.Services.GetRequiredService<USyncChanges>();
        Assert.False(await changes.WaitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken), "The save raised a uSync change");
        Assert.False(Directory.Exists(Path.Combine(_folder, "content")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
