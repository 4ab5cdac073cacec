using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PledgeSite.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PledgeSite.BrowserTests.Infrastructure.BrowserFixture))]

namespace PledgeSite.BrowserTests.Infrastructure;

/// <summary>
/// One Chromium and one running site (Kestrel on a free loopback port) for the whole test run.
/// Each test opens its own context, with or without JavaScript.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public SiteFactory Site { get; } = new() { UseRealClock = true, RunBackgroundWork = true };
    public Uri BaseUri { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        // The public pages (home, footer pages) come from the starter content in uSync/.
        Site.With("USync:ImportOnStartup", "true");
        // Kestrel serves plain http on loopback here: Umbraco's back office (its OpenIddict sign-in) must accept it,
        // as in Development. Everywhere else Umbraco's default, https only, stands.
        Site.With("Umbraco:CMS:Global:UseHttps", "false");
        BaseUri = Site.StartOnKestrel();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (own cookies) and page on the site.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUri.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = new() { Width = 1024, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        if (!javaScript) PageAssertions.WithoutScript.Add(page, new object());
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        Site.Dispose();
    }
}

public static class PageAssertions
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        // Only violations are reported: axe then keeps one node per passing rule instead of all of them (faster).
        ResultTypes = [ResultType.Violations],
    };

    /// <summary>Runs axe-core with the WCAG 2.2 AA tags and fails listing every violation. Needs JavaScript on.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(Wcag22AA);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => string.Join(" ", n.Target.ToString()) + " " + n.Html)));
        Assert.True(result.Violations.Length == 0, $"axe found {result.Violations.Length} violation(s) on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>Pages opened with JavaScript off (see <see cref="BrowserFixture.NewPageAsync"/>).</summary>
    internal static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPage, object> WithoutScript = [];

    /// <summary>
    /// Axe for a page shown with JavaScript off (where <see cref="AssertNoAxeViolationsAsync"/> never returns): takes the
    /// HTML as this page holds it, without its scripts and with its noscript content shown, and runs axe on it in a fresh
    /// JavaScript-enabled page whose base is this page's address (so the site's CSS applies, for contrast checks).
    /// </summary>
    public static async Task AssertNoAxeViolationsWithoutJavaScriptAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForLoadStateAsync(LoadState.Load);
        var html = await page.ContentAsync();
        html = System.Text.RegularExpressions.Regex.Replace(html, @"<script\b[^>]*>[\s\S]*?</script>", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        html = System.Text.RegularExpressions.Regex.Replace(html, @"<(/?)noscript\b", "<$1div", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        html = System.Text.RegularExpressions.Regex.Replace(html, @"<head\b[^>]*>", m => m.Value + $"<base href=\"{System.Net.WebUtility.HtmlEncode(page.Url)}\">",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var context = await page.Context.Browser!.NewContextAsync(new() { JavaScriptEnabled = true, ViewportSize = new() { Width = page.ViewportSize?.Width ?? 1024, Height = page.ViewportSize?.Height ?? 800 } });
        try
        {
            var copy = await context.NewPageAsync();
            await copy.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load, Timeout = 15_000 });
            var result = await copy.RunAxe(Wcag22AA);
            var violations = result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => string.Join(" ", n.Target.ToString()) + " " + n.Html)));
            Assert.True(result.Violations.Length == 0,
                $"axe found {result.Violations.Length} violation(s) on {page.Url} as shown without JavaScript:\n" + string.Join("\n", violations));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>
    /// Signs in to Umbraco as staff do: on Umbraco's real login screen (a script application), then back to our
    /// workflow pages. A page with JavaScript off cannot run that screen; it signs in through the same login endpoint
    /// the screen calls, with the page's own cookies, as a member of staff who signed in elsewhere would arrive.
    /// </summary>
    public static async Task SignInAsStaffAsync(this IPage page, string email, string password = StaffAccounts.Password)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Umbraco records a sign-in on the user: one Umbraco user write at a time (see SiteFactory.UmbracoUserWrites).
        await SiteFactory.UmbracoUserWrites.WaitAsync();
        try
        {
            if (WithoutScript.TryGetValue(page, out _))
            {
                var response = await page.Context.APIRequest.PostAsync(StaffAccounts.LoginPath, new() { DataObject = new { username = email, password } });
                // 402: the account has two-factor sign-in; answer with the authenticator app's current code.
                if (response.Status == 402)
                    response = await page.Context.APIRequest.PostAsync(StaffAccounts.VerifyTwoFactorPath, new() { DataObject = StaffAccounts.TwoFactorAnswer(email) });
                Assert.True(response.Ok, $"Umbraco refused the sign-in of {email}: {response.Status} {await response.TextAsync()}");
                return;
            }
            await page.GotoAsync("/umbraco/login?ReturnUrl=%2Fbackoffice");
            await page.GetByLabel(new System.Text.RegularExpressions.Regex("email", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).FillAsync(email);
            await page.Locator("input[type=password]").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(log ?in|sign in)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).ClickAsync();
            // Staff whose group requires it get Umbraco's two-factor step: the authenticator app's current code.
            // Umbraco's code box: the input inside its uui-input, marked for one-time codes.
            var code = page.Locator("input[autocomplete='one-time-code']");
            var left = page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/umbraco/login", StringComparison.OrdinalIgnoreCase),
                new() { Timeout = 30_000, WaitUntil = WaitUntilState.Commit });
            if (await Task.WhenAny(left, code.WaitForAsync(new() { Timeout = 30_000 })) != left && !left.IsCompleted)
            {
                await code.FillAsync(StaffAccounts.CurrentCode(StaffAccounts.AuthenticatorSecretFor(email)));
                await page.GetByRole(AriaRole.Button, new() { Name = "Validate" }).ClickAsync();
            }
            await page.WaitToLeaveAsync("/umbraco/login", email);
        }
        finally
        {
            SiteFactory.UmbracoUserWrites.Release();
        }
    }

    /// <summary>
    /// Waits up to 30 s for the browser to load a page other than <paramref name="path"/>; on failure, says what the
    /// page showed (an error message, an error page, or nothing yet), so a failure can be diagnosed.
    /// </summary>
    private static async Task WaitToLeaveAsync(this IPage page, string path, string email)
    {
        try
        {
            await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase),
                new() { Timeout = 30_000, WaitUntil = WaitUntilState.Load });
        }
        catch (TimeoutException ex)
        {
            var shown = await page.Locator("main").InnerTextAsync(new() { Timeout = 2_000 }).ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : "(no main element)", TaskScheduler.Default);
            throw new TimeoutException($"Signing in as {email} stayed on {page.Url} for 30 s. The page said: {shown}", ex);
        }
    }
}
