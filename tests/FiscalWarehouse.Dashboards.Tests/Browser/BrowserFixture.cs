using FiscalWarehouse.Dashboards.Tests.Support;
using Microsoft.Playwright;

namespace FiscalWarehouse.Dashboards.Tests.Browser;

/// <summary>
/// The dashboards server plus Debian's chromium driven by Playwright (Playwright cannot download browsers here).
/// When chromium is not installed the browser tests are skipped with that reason; scripts/setup installs it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public DashboardsServer Server { get; } = new();

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public static string ScreenshotDirectory { get; } = Path.Combine(RepoPaths.Root, ".build", "screenshots");

    public async ValueTask InitializeAsync()
    {
        await Server.InitializeAsync();
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"chromium is not installed at {ChromiumPath} (scripts/setup installs it with apt)";
            return;
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>A fresh page at a viewport, recording console errors, page errors and alert dialogs.</summary>
    public async Task<BrowserPage> OpenAsync(int width, int height)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = Server.BaseAddress.ToString(),
            AcceptDownloads = true,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        var recorded = new BrowserPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                recorded.Errors.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => recorded.Errors.Add("page error: " + error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                recorded.Errors.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            recorded.Dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return recorded;
    }
}

/// <summary>A page and what it reported while the test drove it.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public List<string> Errors { get; } = [];

    public List<string> Dialogs { get; } = [];

    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(response is { Ok: true }, $"{path}: HTTP {response?.Status}");
        await ReadyAsync();
    }

    /// <summary>Waits until the page has drawn everything for its current URL (body[data-state=ready]).</summary>
    public async Task ReadyAsync()
    {
        await Page.WaitForSelectorAsync("body[data-state=ready]");
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
