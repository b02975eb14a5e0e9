using System.Text;
using FiscalWarehouse.Dashboards.Tests.Support;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Generator;
using Microsoft.Playwright;

namespace FiscalWarehouse.Dashboards.Tests.Browser;

/// <summary>The pages in a real browser: load cleanly, filter through the URL, drill down to the source line, escape text.</summary>
public sealed class PageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, int, int> PagesAndViewports()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var name in new[] { "overview", "execution", "three-public", "units", "unit-gaoping", "unit-hostile", "quality", "provenance" })
        {
            data.Add(name, 1366, 768);
            data.Add(name, 390, 844);
        }

        return data;
    }

    private string PathOf(string name) => name switch
    {
        "overview" => "/",
        "execution" => "/execution.html",
        "three-public" => "/three-public.html",
        "units" => "/unit.html",
        "unit-gaoping" => "/unit.html?unit=" + fixture.Server.Ids.GaopingUnit,
        "unit-hostile" => "/unit.html?unit=" + fixture.Server.Ids.HostileUnit,
        "quality" => "/quality.html",
        "provenance" => $"/provenance.html?report={fixture.Server.Ids.GaopingReport}&line=437",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(PagesAndViewports))]
    public async Task Page_Loads_WithoutErrorsAndFitsTheViewport(string name, int width, int height)
    {
        var path = PathOf(name);
        await using var browser = await fixture.OpenAsync(width, height);
        await browser.GotoAsync(path);
        var page = browser.Page;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-{width}x{height}-full.png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"{name}-{width}x{height}.png") });

        Assert.Empty(browser.Errors);
        Assert.Empty(browser.Dialogs);
        Assert.Equal(0, await page.Locator(".error").CountAsync());
        Assert.True(await page.Locator("table tbody tr").CountAsync() > 0, "every page shows data");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"page is {overflow}px wider than the {width}px viewport");
    }

    [Fact]
    public async Task RegionFilter_ChangesTheUrlAndTheRows()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        await browser.GotoAsync("/execution.html");
        var page = browser.Page;
        var rows = page.Locator("section.card").Last.Locator("tbody tr");
        var before = await rows.CountAsync();

        await page.SelectOptionAsync("select[name=region-province]", "140000");
        await browser.ReadyAsync();
        await page.SelectOptionAsync("select[name=region-prefecture]", "140500");
        await browser.ReadyAsync();

        Assert.Contains("region=140500", page.Url, StringComparison.Ordinal);
        var after = await rows.CountAsync();
        Assert.InRange(after, 1, before - 1);
        var regions = await page.Locator("section.card").Last.Locator("tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.All(regions, r => Assert.Contains("晋城市", r, StringComparison.Ordinal));

        await page.GoBackAsync();
        await browser.ReadyAsync();
        Assert.Contains("region=140000", page.Url, StringComparison.Ordinal);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task HeadlineNumber_DrillsDownToTheHighlightedSourceLine()
    {
        // seed 000 line 152: 支出决算表 合计 218.23 万元.
        await using var browser = await fixture.OpenAsync(1366, 768);
        await browser.GotoAsync("/unit.html?unit=" + fixture.Server.Ids.GaopingUnit);
        var page = browser.Page;
        await page.Locator("section.card").First.GetByRole(AriaRole.Link, new() { Name = "218.23", Exact = true }).First.ClickAsync();
        await browser.ReadyAsync();

        Assert.EndsWith($"provenance.html?report={fixture.Server.Ids.GaopingReport}&line=152", page.Url, StringComparison.Ordinal);
        var target = page.Locator("pre.source .line.target");
        Assert.Equal("152", await target.GetAttributeAsync("data-line"));
        Assert.Contains("合计\t\t218.23\t184.25\t33.98", await target.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("支出决算表", await page.Locator("section.card").Nth(1).TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, "drilldown-line152.png"), FullPage = true });
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task HostileUnitName_IsShownAsText()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        await browser.GotoAsync("/unit.html?unit=" + fixture.Server.Ids.HostileUnit);
        var page = browser.Page;

        var title = await page.Locator("h1").TextContentAsync();
        Assert.StartsWith("单位：", title, StringComparison.Ordinal);
        Assert.EndsWith(UnitMarkup.Strip(CorpusGenerator.HostileSuffix), title, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("script:not([src])").CountAsync()); // only the page's own script files, nothing injected
        await browser.GotoAsync("/unit.html?q=" + Uri.EscapeDataString("alert(\"fw\")&\"'"));
        Assert.EndsWith(UnitMarkup.Strip(CorpusGenerator.HostileSuffix), await page.Locator("tbody tr td a").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(browser.Dialogs);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task CsvDownload_ParsesWithBomAndChinese()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        await browser.GotoAsync("/execution.html?region=140581&year=2023&scope=general_budget");
        var page = browser.Page;
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("section.card").Last.Locator("a[data-kind=csv]").ClickAsync());
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal("execution-rate.csv", download.SuggestedFilename);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Api.ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.True(rows.Count > 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(rows[0].Length, r.Length));
        Assert.Contains(rows, r => r.Contains("高平市工业和信息化事务服务中心") && r.Contains("109.911861"));
    }
}
