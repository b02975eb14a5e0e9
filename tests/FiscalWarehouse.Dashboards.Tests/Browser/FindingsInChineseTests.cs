using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalWarehouse.Dashboards.Tests.Support;
using Microsoft.Playwright;

namespace FiscalWarehouse.Dashboards.Tests.Browser;

/// <summary>
/// Issue 18 item 6 (rule names and messages in Chinese), held versions on the quality page, and the shared page frame,
/// at 1366 px and 390 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FindingsInChineseTests(BrowserFixture fixture)
{
    public static TheoryData<int, int> Viewports() => new() { { 1366, 768 }, { 390, 844 } };

    public static TheoryData<string, int, int> FindingPages()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var name in new[] { "quality", "unit-gaoping", "anomalies", "provenance", "overview" })
        {
            data.Add(name, 1366, 768);
            data.Add(name, 390, 844);
        }

        return data;
    }

    private string PathOf(string name) => name switch
    {
        "quality" => "/quality.html",
        "unit-gaoping" => "/unit.html?unit=" + fixture.Server.Ids.GaopingUnit,
        "anomalies" => "/anomalies.html",
        "provenance" => $"/provenance.html?report={fixture.Server.Ids.GaopingReport}&line=470",
        "overview" => "/",
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Quality_FindingMessagesAreChinese_WithTheirOwnValues_AndTheOriginalAsTooltip(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        // The Gaoping sample's 三公 table: 合计 printed 29.59 where the parts add up to 29.60 (fiscal-reports.md §3.1).
        await browser.GotoAsync("/quality.html?rule=three_public.parts");
        var page = browser.Page;
        var findings = page.Locator("section.card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^问题明细") }) });
        var headers = await findings.Locator("thead th").AllTextContentsAsync();
        Assert.Contains("说明", headers);
        Assert.DoesNotContain("原文（英文）", headers);

        var sentence = findings.Locator("tbody td span[title]").Filter(new() { HasTextString = "29.59" }).First;
        var text = await sentence.TextContentAsync();
        Assert.Contains("三公合计应等于", text, StringComparison.Ordinal);
        Assert.Contains("应为 29.60 万元，印刷为 29.59 万元，相差 -0.01 万元（在舍入误差范围内）", text, StringComparison.Ordinal);
        Assert.Contains("within rounding tolerance", await sentence.GetAttributeAsync("title"), StringComparison.Ordinal);
        Assert.Contains("三公合计 = 各分项之和", await findings.Locator("tbody").TextContentAsync(), StringComparison.Ordinal);

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"quality-findings-zh-{width}.png"), FullPage = true });
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task FindingsCsv_HasTheChineseSentence_AndKeepsTheOriginal()
    {
        var csv = await fixture.Server.Client.GetStringAsync("/api/quality/findings?format=csv&rule=narrative.amount_vs_table", TestContext.Current.CancellationToken);
        var header = csv.TrimStart('\uFEFF').Split('\n')[0];
        Assert.Contains("说明", header, StringComparison.Ordinal);
        Assert.Contains("原文（英文）", header, StringComparison.Ordinal);
        // The Xiangyuan sample's narrative prints 其他交通费用 21.12 万元 where its table prints 21.11 (fiscal-reports.md §3.4).
        Assert.Contains("文字说明中的金额 “21.12万元” 与表格数字不一致：表格为 21.11 万元，文字为 21.12 万元，相差 0.01 万元", csv, StringComparison.Ordinal);
        Assert.Contains("does not match", csv, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FindingPages))]
    public async Task Pages_ShowNoRuleIdsOrEnglishMessages(string name, int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        await browser.GotoAsync(PathOf(name));
        var shown = await browser.Page.Locator("main").InnerTextAsync();

        var ruleIds = await RuleIdsAsync();
        Assert.DoesNotContain(ruleIds, id => shown.Contains(id, StringComparison.Ordinal));
        var english = EnglishMessage().Matches(shown).Select(m => m.Value).Distinct().ToList();
        Assert.True(english.Count == 0, $"{name}: English shown: {string.Join(" | ", english.Take(5))}");
        await browser.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"no-english-{name}-{width}.png"), FullPage = true });
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Quality_ShowsHeldVersions_WhyTheyWereHeld_AndHowToAcceptThem(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        await browser.GotoAsync("/quality.html");
        var page = browser.Page;
        var held = page.Locator("section.card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "被保留的新版本（待接受）" }) });
        var row = held.Locator("tbody tr").Filter(new() { HasTextString = RealCorpus.HalfUploadFile });
        Assert.Equal(1, await row.CountAsync());
        var text = await row.TextContentAsync();
        Assert.Contains("fw load --accept " + RealCorpus.HalfUploadFile, text, StringComparison.Ordinal);
        // Half of the Gaoping sample: fewer facts and tables than the current version, said in Chinese with the counts.
        Assert.Matches(new Regex("比当前版本（\\d+）差：数字 [\\d,]+ 个，当前版本有 [\\d,]+ 个"), text);
        Assert.Contains("fw load --accept", await held.Locator("p.note").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("worse than current version", await row.Locator("span[title]").First.GetAttributeAsync("title"), StringComparison.Ordinal);
        await held.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"quality-held-{width}.png") });
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task EveryPage_HasTheSameNavigation_FromOneShell(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        foreach (var (file, title) in new[] { ("index.html", "总览"), ("anomalies.html", "异常"), ("execution.html", "预算执行率"), ("three-public.html", "三公经费"), ("unit.html", "单位"), ("quality.html", "数据质量与加载") })
        {
            await browser.GotoAsync("/" + file);
            var links = browser.Page.Locator("header.site nav a");
            Assert.Equal(["总览", "异常", "预算执行率", "三公经费", "单位", "数据质量与加载"], await links.AllTextContentsAsync());
            Assert.Equal(title, await browser.Page.Locator("header.site nav a[aria-current=page]").TextContentAsync());
            Assert.Equal(title, await browser.Page.Locator("h1#title").TextContentAsync());
            var html = await fixture.Server.Client.GetStringAsync("/" + file, TestContext.Current.CancellationToken);
            Assert.DoesNotContain("<nav", html, StringComparison.Ordinal);
        }

        Assert.Empty(browser.Errors);
    }

    private async Task<List<string>> RuleIdsAsync()
    {
        using var labels = JsonDocument.Parse(await fixture.Server.Client.GetStringAsync("/labels.json", TestContext.Current.CancellationToken));
        return [.. labels.RootElement.GetProperty("values").GetProperty("rule_id").EnumerateObject().Select(p => p.Name)];
    }

    // Words of the ETL's English messages and reasons (fw validate, the loader), never of Chinese documents or file names.
    [GeneratedRegex(@"within rounding tolerance|does not match|recomputed|expected|printed \d|worse than|the current version|column '|not a number|rows above it|rows under it")]
    private static partial Regex EnglishMessage();
}
