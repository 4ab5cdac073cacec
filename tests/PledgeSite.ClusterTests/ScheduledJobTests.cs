using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.ClusterTests.Infrastructure;
using PledgeSite.Core.Entities;

namespace PledgeSite.ClusterTests;

/// <summary>
/// Scheduled work with two instances running it: each job runs on one instance at a time (a database lease), and
/// what it changes is seen on both.
/// </summary>
public class ScheduledJobTests(ClusterFixture cluster)
{
    private const string EditForm = "main form[method=post]:not([action])";
    private const string PublishingJob = "content-scheduled-publishing";

    [Fact(Timeout = 120_000)]
    public async Task A_draft_scheduled_to_publish_goes_live_on_both_instances_once_its_time_comes_and_is_published_once()
    {
        var cancel = TestContext.Current.CancellationToken;
        await cluster.EnsureRunningAsync(cancel);
        var key = await cluster.WithDbAsync(db => db.Set<ContentItem>()
            .Where(c => c.Slug == "vision" && c.TrashedUtc == null).Select(c => c.Key).SingleAsync(cancel));

        // Given a draft saved (not published) on A
        var marker = $"Scheduled on A at {Guid.NewGuid():N}";
        using var editor = new Visitor();
        await ClusterFixture.SignInAsEditorAsync(editor, cluster.A, cancel);
        var editUrl = new Uri(cluster.A.BaseAddress, $"/backoffice/content/{key}");
        var edit = await editor.GetPageAsync(editUrl, cancel);
        var (saved, result) = await editor.SubmitAsync(edit, editUrl, [new("Body", $"<p>{marker}</p>"), new("action", "save")], cancel, EditForm);
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect,
            $"Saving the draft on A answered {(int)saved.StatusCode}: {string.Join("; ", result.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()))}");

        // And both instances serving the published page from their cache, without the draft
        using var reader = new Visitor();
        foreach (var instance in new[] { cluster.A, cluster.B })
        {
            var page = await reader.GetPageAsync(new Uri(instance.BaseAddress, "/vision"), cancel);
            Assert.DoesNotContain(marker, page.Body!.TextContent, StringComparison.Ordinal);
        }

        // When its publishing time comes (written straight to the shared database: the back office schedules to the
        // minute, and a test should not wait for the next one)
        var variantId = await cluster.WithDbAsync(db => db.Set<ContentVariant>()
            .Where(v => v.ContentKey == key && v.Culture == ContentCultures.Default).Select(v => v.Id).SingleAsync(cancel));
        var scheduledAt = DateTime.UtcNow;
        await cluster.WithDbAsync(db => db.Set<ContentVariant>().Where(v => v.Id == variantId)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.PublishAtUtc, scheduledAt.AddSeconds(1)), cancel));
        // and the publishing job is due on both instances at once (it runs every 15 seconds)
        await cluster.WithDbAsync(db => db.JobLeases.Where(l => l.JobName == PublishingJob)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.LastRunUtc, (DateTime?)null), cancel));

        // Then both instances show the page as scheduled within seconds, without a restart
        foreach (var instance in new[] { cluster.A, cluster.B })
        {
            var live = await Poll.UntilAsync(async () => (await reader.GetPageAsync(new Uri(instance.BaseAddress, "/vision"), cancel)).Body!.TextContent,
                text => text.Contains(marker, StringComparison.Ordinal), TimeSpan.FromSeconds(40), cancel);
            Assert.True(live.Contains(marker, StringComparison.Ordinal), $"{instance.Name} still serves the old /vision.\n" + cluster.Output());
        }

        // And it was published once, by one run of the job on one instance
        var variant = await cluster.WithDbAsync(db => db.Set<ContentVariant>().AsNoTracking().SingleAsync(v => v.Id == variantId, cancel));
        Assert.Null(variant.PublishAtUtc);
        Assert.False(variant.HasUnpublishedChanges);
        var entityKey = variantId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var publishes = await cluster.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == nameof(ContentVariant) && e.EntityKey == entityKey && e.OccurredUtc >= scheduledAt
                        && e.Changes.Contains("\"PublishAtUtc\"") && e.Actor == "system")
            .CountAsync(cancel));
        Assert.Equal(1, publishes);
        var lease = await cluster.WithDbAsync(db => db.JobLeases.AsNoTracking().SingleAsync(l => l.JobName == PublishingJob, cancel));
        Assert.NotNull(lease.LastSuccessUtc);
        Assert.Null(lease.LastError);
    }
}
