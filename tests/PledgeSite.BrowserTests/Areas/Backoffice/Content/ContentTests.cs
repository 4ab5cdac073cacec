using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PledgeSite.Core.Content;
using PledgeSite.BrowserTests.Infrastructure;

namespace PledgeSite.BrowserTests.Areas.Backoffice.Content;

public class ContentTests(BrowserFixture browser)
{
    [Fact]
    public async Task Editor_creates_edits_publishes_compares_versions_and_adds_a_redirect_without_violations()
    {
        await browser.Site.CreateStaffAsync("content.editor@example.org", "purple elephant dancing", StaffRoles.Editor);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("content.editor@example.org", "purple elephant dancing");

        // Tree, then a new page.
        await page.GotoAsync("/backoffice/content");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add content" }).ClickAsync();
        await page.GetByLabel("Content page").CheckAsync();
        await page.GetByLabel("Title").FillAsync("Community events");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and edit" }).ClickAsync();

        // The editor, enhanced: type into the rich-text area and use the toolbar.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Community events");
        await page.AssertNoAxeViolationsAsync();
        // The enhanced area (role textbox, labelled Body) appears once the deferred script has run; the plain
        // textarea with the same name is hidden then, so wait for the area itself.
        var editor = page.Locator("#Body-editor");
        await Assertions.Expect(editor).ToHaveAttributeAsync("role", "textbox");
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("Join us at the summer fair.");
        await page.Keyboard.PressAsync("Control+A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bold" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Saved and published");

        // A second save, then compare the versions side by side.
        await page.Locator("#Body-editor").ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" Bring a friend.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Versions and rollback" }).ClickAsync();
        await Assertions.Expect(page.Locator("#compare ins")).ToContainTextAsync("friend");
        await page.AssertNoAxeViolationsAsync();

        // The public page shows the published (bold) text, not the later draft.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync("/community-events");
        await Assertions.Expect(visitor.Locator(".th-prose b, .th-prose strong")).ToContainTextAsync("summer fair");
        await Assertions.Expect(visitor.Locator(".th-prose")).Not.ToContainTextAsync("Bring a friend");
        await visitor.Context.CloseAsync();

        // Redirects.
        await page.GotoAsync("/backoffice/redirects");
        await page.GetByLabel("Old address").FillAsync("/summer-fair");
        await page.GetByLabel("New address").FillAsync("/community-events");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add redirect" }).ClickAsync();
        await Assertions.Expect(page.Locator("#redirects")).ToContainTextAsync("/summer-fair");
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_saves_from_the_plain_textarea_without_JavaScript()
    {
        await browser.Site.CreateStaffAsync("nojs.editor@example.org", "purple elephant dancing", StaffRoles.Editor);
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsStaffAsync("nojs.editor@example.org", "purple elephant dancing");

        await page.GotoAsync("/backoffice/content/create");
        await page.GetByLabel("Content page").CheckAsync();
        await page.GetByLabel("Title").FillAsync("Plain text page");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and edit" }).ClickAsync();
        await page.GetByLabel("Body").FillAsync("First paragraph.\n\nSecond paragraph.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and publish" }).ClickAsync();

        await page.GotoAsync("/plain-text-page");
        await Assertions.Expect(page.Locator(".th-prose p")).ToHaveCountAsync(2);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Add_content_errors_preview_move_translation_and_recycle_bin_pages_have_no_violations()
    {
        await browser.Site.CreateStaffAsync("content.pages.editor@example.org", "purple elephant dancing", StaffRoles.Editor);
        var page = await browser.NewPageAsync();
        await page.SignInAsStaffAsync("content.pages.editor@example.org", "purple elephant dancing");

        // Add content: blank, with its error summary, then added
        await page.GotoAsync("/backoffice/content/create");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Add content");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and edit" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select the type of content");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Content page").CheckAsync();
        await page.GetByLabel("Title").FillAsync("Volunteering days");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and edit" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Volunteering days");
        var editor = new Uri(page.Url).AbsolutePath;

        // Its Bengali translation, its preview and the move page
        await page.GotoAsync(editor + "?culture=bn");
        await Assertions.Expect(page.Locator(".govuk-caption-l")).ToContainTextAsync("Bengali");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(editor + "/preview");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Preview");
        await page.AssertNoAxeViolationsAsync();
        await page.GotoAsync(editor + "/move");
        await Assertions.Expect(page.GetByLabel("New place in the tree")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        // Deleted, it waits in the recycle bin
        var key = Guid.Parse(editor.Split('/')[^1]);
        await browser.Site.WithScopeAsync(s => s.GetRequiredService<ContentWorkflow>().TrashAsync(key, TestContext.Current.CancellationToken));
        await page.GotoAsync("/backoffice/content/recycle-bin");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Restore Volunteering days" })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        await page.Context.CloseAsync();
    }
}
