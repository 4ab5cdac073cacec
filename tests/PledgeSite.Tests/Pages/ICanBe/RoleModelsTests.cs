using System.Net;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Entities;
using PledgeSite.Tests.Infrastructure;

namespace PledgeSite.Tests.Pages.ICanBe;

public class RoleModelsTests : IClassFixture<SiteFactory>
{
    private readonly SiteFactory _site;

    public RoleModelsTests(SiteFactory site) => _site = site;

    [Fact]
    public async Task Only_published_role_models_with_consent_are_listed()
    {
        await CampaignData.AddRoleModelAsync(_site, "Amina Listed");
        await CampaignData.AddRoleModelAsync(_site, "Bilal Draft", published: false);
        using var client = HtmlClient.For(_site);

        var page = await client.GetPageAsync("/i-can-be/role-models");

        var names = page.QuerySelectorAll(".app-role-model-card h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Amina Listed", names);
        Assert.DoesNotContain("Bilal Draft", names);
        var story = await client.GetPageAsync("/i-can-be/role-models/amina-listed");
        Assert.Equal("Amina Listed smiling", story.QuerySelector("img.app-role-model__photo")!.GetAttribute("alt"));
        var (draft, _) = await client.GetAsync("/i-can-be/role-models/bilal-draft");
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }

    [Fact]
    public async Task Withdrawing_consent_unpublishes_the_story_and_removes_the_photo_at_once()
    {
        var roleModel = await CampaignData.AddRoleModelAsync(_site, "Chidi Withdraws");
        using var client = HtmlClient.For(_site);
        await client.GetPageAsync("/i-can-be/role-models/chidi-withdraws"); // cached now
        var photo = await client.Http.GetAsync("/i-can-be/role-models/chidi-withdraws/photo", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        using var editor = await CampaignData.SignedInEditorAsync(_site, "withdraw.editor@towerhamlets.gov.uk");

        var (response, _) = await editor.PostFormAsync($"/backoffice/campaign/role-models/{roleModel.Id}", selector: "main form[action*='handler=Withdraw']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (story, _) = await client.GetAsync("/i-can-be/role-models/chidi-withdraws");
        Assert.Equal(HttpStatusCode.NotFound, story.StatusCode);
        var photoAfter = await client.Http.GetAsync("/i-can-be/role-models/chidi-withdraws/photo", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, photoAfter.StatusCode);
        Assert.DoesNotContain("Chidi Withdraws", (await client.GetPageAsync("/i-can-be/role-models")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var stored = await _site.WithDbAsync(db => db.Set<RoleModel>().Include(r => r.Photo).SingleAsync(r => r.Id == roleModel.Id));
        Assert.Null(stored.Photo);
        Assert.NotNull(stored.ConsentWithdrawnUtc);
        Assert.Null(stored.PublishedUtc);
    }

    [Fact]
    public async Task A_role_model_cannot_be_published_without_consent()
    {
        using var editor = await CampaignData.SignedInEditorAsync(_site, "consent.editor@towerhamlets.gov.uk");

        var (response, page) = await editor.PostFormAsync("/backoffice/campaign/role-models",
            [new("Name", "Dana No Consent"), new("Role", "Youth worker"), new("Story", "Runs a youth club."), new("publish", "true"), new("ConsentGivenBy", ""), new("ConsentScope", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Record who consented, when and to what before publishing this role model", HtmlClient.ErrorSummary(page));
        Assert.False(await _site.WithDbAsync(db => db.Set<RoleModel>().AnyAsync(r => r.Name == "Dana No Consent" && r.PublishedUtc != null)));
    }

    [Fact]
    public async Task A_suggestion_with_errors_is_shown_again_and_a_valid_one_reaches_the_editors_queue()
    {
        using var client = HtmlClient.For(_site);

        var (invalid, page) = await client.PostFormAsync("/i-can-be/role-models/suggest", [new("SuggestedName", "Ebo Mensah"), new("SuggesterEmail", "not-an-email")]);
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var errors = HtmlClient.ErrorSummary(page).ToList();
        Assert.Contains("Tell us why they are a role model", errors);
        Assert.Contains("Enter your name", errors);
        Assert.Contains("Enter your email address in the correct format, like name@example.com", errors);

        var (valid, _) = await client.PostFormAsync("/i-can-be/role-models/suggest",
        [
            new("SuggestedName", "Ebo Mensah"), new("SuggestedPhone", "020 7364 5000"), new("Reason", "Runs the food bank."),
            new("SuggesterName", "Fatima Khan"), new("SuggesterEmail", "fatima@example.org"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
        using var editor = await CampaignData.SignedInEditorAsync(_site, "queue.editor@towerhamlets.gov.uk");
        var queue = await editor.GetPageAsync("/backoffice/campaign");
        Assert.Contains("Ebo Mensah", queue.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("fatima@example.org", queue.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
