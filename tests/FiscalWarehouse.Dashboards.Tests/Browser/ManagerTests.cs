using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FiscalWarehouse.Dashboards.Tests.Browser;

/// <summary>
/// Issue 18, as a manager uses the pages at 1366 px and 390 px: every anomaly reachable, 超支 and 未执行 apart,
/// Chinese labels and numbers, readable charts, bad URLs handled, provenance that keeps its header, and a report
/// without year, kind or region served everywhere.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ManagerTests(BrowserFixture fixture)
{
    public static TheoryData<int, int> Viewports() => new() { { 1366, 768 }, { 390, 844 } };

    public static TheoryData<string, int, int> ChartPages()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var path in new[] { "/", "/execution.html", "/three-public.html", "/quality.html" })
        {
            data.Add(path, 1366, 768);
            data.Add(path, 390, 844);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task UnitList_ServesTheReportWithoutYearKindOrRegion(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        await browser.GotoAsync("/unit.html");
        var page = browser.Page;

        Assert.Equal(0, await page.Locator(".error").CountAsync());
        var row = page.Locator("tbody tr", new() { Has = page.Locator($"a[href='unit.html?unit={fixture.Server.Ids.UnknownUnit}']") });
        Assert.Equal(1, await row.CountAsync());
        var cells = await row.Locator("td").AllTextContentsAsync();
        Assert.Equal("工业和信息化事务服务中心", cells[0]);
        Assert.Equal("地区不详", cells[1]);
        Assert.Equal("年度不详", cells[3]);
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [MemberData(nameof(ChartPages))]
    public async Task Charts_ShowEveryLabelWithoutNullOrOverlap(string path, int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        await browser.GotoAsync(path);
        var texts = await ChartTextsAsync(browser.Page);

        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.Text is "null" or "undefined" or "NaN" || t.Text.StartsWith("null ", StringComparison.Ordinal));
        var overlaps = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                var (a, b) = (texts[i], texts[j]);
                if (a.Chart != b.Chart)
                {
                    continue;
                }

                var x = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
                var y = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
                if (x > 2 && y > 2)
                {
                    overlaps.Add($"'{a.Text}' × '{b.Text}' ({x:0}×{y:0} px)");
                }
            }
        }

        await browser.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"charts{path.Replace('/', '-').Replace(".html", "", StringComparison.Ordinal)}-{width}.png"), FullPage = true });
        Assert.True(overlaps.Count == 0, "overlapping chart labels: " + string.Join("; ", overlaps.Take(8)));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task QualityChart_ShowsEveryRuleName()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        await browser.GotoAsync("/quality.html");
        var categories = await browser.Page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].data");
        var texts = (await ChartTextsAsync(browser.Page)).Where(t => t.Chart == 0).Select(t => t.Text.TrimEnd('…', '.')).ToList();

        Assert.True(categories.Length >= 3, "the corpus raises several rules");
        Assert.All(categories, c => Assert.Contains(texts, t => t.Length > 0 && c.StartsWith(t, StringComparison.Ordinal)));
        Assert.All(categories, c => Assert.Matches(CjkPattern(), c));
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Quality_ListsRejectedFilesRunsAndFiles_AndPaginatesFindings(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        await browser.GotoAsync("/quality.html");
        var page = browser.Page;
        var cards = page.Locator("section.card");

        var quarantine = cards.Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "隔离的文件" }) });
        Assert.Contains("zz-garbage.txt", await quarantine.Locator("tbody").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("拒绝（文件有误）", await quarantine.Locator("tbody").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await cards.Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "加载批次" }) }).Locator("tbody tr").CountAsync() >= 1);
        Assert.True(await cards.Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "最近加载的文件" }) }).Locator("tbody tr").CountAsync() >= 10);

        var findings = cards.Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "问题明细" }) });
        Assert.InRange(await findings.Locator("tbody tr").CountAsync(), 1, 25);
        var first = await findings.Locator("tbody tr").First.TextContentAsync();
        await findings.Locator("button[data-page=next]").ClickAsync();
        Assert.NotEqual(first, await findings.Locator("tbody tr").First.TextContentAsync());
        var tall = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        Assert.True(tall < 12000, $"the quality page is {tall} px tall");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Overview_CountsEveryAnomalyKind_AndLinksToTheCompleteList()
    {
        var counts = await Support.Api.RowsAsync(fixture.Server.Client, "/api/overview/anomaly-counts");
        var total = counts.Sum(r => r.GetProperty("anomalies").GetInt32());
        Assert.Equal(6, counts.Length);
        Assert.True(total > 20, "more anomalies than the old 20-row list showed");

        await using var browser = await fixture.OpenAsync(1366, 768);
        await browser.GotoAsync("/");
        var page = browser.Page;
        var card = page.Locator("section.card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "各类异常（点击查看全部）" }) });
        foreach (var name in new[] { "执行率偏离预算", "三公超预算", "三公同比大增", "公布执行率不符" })
        {
            Assert.Equal(1, await card.Locator("tbody a", new() { HasTextString = name }).CountAsync());
        }

        var main = await Support.Api.RowsAsync(fixture.Server.Client, "/api/overview/anomalies");
        var keys = main.Select(r => $"{r.GetProperty("flag")}|{r.GetProperty("unit_id")}|{r.GetProperty("year")}|{r.GetProperty("kind")}").ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());

        var pefa = counts.Single(r => r.GetProperty("flag").GetString() == "execution_rate_pefa").GetProperty("anomalies").GetInt32();
        await card.Locator("tbody a", new() { HasTextString = "执行率偏离预算" }).First.ClickAsync();
        await browser.ReadyAsync();
        Assert.Contains("anomalies.html?flag=execution_rate_pefa", page.Url, StringComparison.Ordinal);
        Assert.Contains($"全部异常（{pefa:N0} 条）", await page.Locator("h2").First.TextContentAsync(), StringComparison.Ordinal);
        var reason = await page.Locator("tbody tr td.long").First.TextContentAsync();
        Assert.Matches(@"执行率 [\d,]+\.\d{2}%，(超支|未执行) [\d,]+\.\d{2}%", reason);
        Assert.Matches(@"预算来源：", reason);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task ThreePublicOverBudget_ShowsItsPercentOfBudgetInChinese()
    {
        var rows = await Support.Api.RowsAsync(fixture.Server.Client, "/api/anomalies?flag=three_public_over_budget");
        Assert.NotEmpty(rows);
        var row = rows[0];
        var pct = row.GetProperty("observed_pct").GetDecimal();
        Assert.True(pct > 100m);
        Assert.Contains($"为预算的 {pct:N2}%", row.GetProperty("reason_zh").GetString(), StringComparison.Ordinal);

        await using var browser = await fixture.OpenAsync(390, 844);
        await browser.GotoAsync("/anomalies.html?flag=three_public_over_budget");
        var cells = await browser.Page.Locator("tbody tr").First.Locator("td").AllTextContentsAsync();
        Assert.Contains($"{pct:N2}", cells);
        Assert.Contains("超支", cells);
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Grades_SplitOverAndUnder_AndRankBothEndsWithTheChosenN(int width, int height)
    {
        var bands = await Support.Api.RowsAsync(fixture.Server.Client, "/api/overview/rate-bands");
        var units = await Support.Api.RowsAsync(fixture.Server.Client, "/api/units");
        Assert.True(bands.Sum(b => b.GetProperty("units_vs_initial").GetInt32()) <= units.Length, "全部年度 counts each unit once");

        await using var browser = await fixture.OpenAsync(width, height);
        await browser.GotoAsync("/");
        var page = browser.Page;
        var link = page.Locator("section.card tbody a[href*='direction=over']").Filter(new() { HasNotTextRegex = new Regex("^0$") }).First;
        await link.ClickAsync();
        await browser.ReadyAsync();
        Assert.Contains("direction=over", page.Url, StringComparison.Ordinal);
        var rates = await page.Locator("section.card").Last.Locator("tbody tr td:nth-child(11)").AllTextContentsAsync();
        Assert.NotEmpty(rates);
        Assert.All(rates, r => Assert.True(decimal.Parse(r.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) > 100m, r));

        await browser.GotoAsync("/execution.html");
        await page.SelectOptionAsync("select[name=n]", "5");
        await browser.ReadyAsync();
        Assert.Contains("n=5", page.Url, StringComparison.Ordinal);
        var ends = await page.EvaluateAsync<JsonElement>("() => [...document.querySelectorAll('.chart')].slice(1, 3).map(d => echarts.getInstanceByDom(d).getOption().series[0].data.map(x => x.value))");
        var top = ends[0].EnumerateArray().Select(v => v.GetDecimal()).ToList();
        var bottom = ends[1].EnumerateArray().Select(v => v.GetDecimal()).ToList();
        Assert.Equal(5, top.Count);
        Assert.Equal(5, bottom.Count);
        Assert.True(top.Min() >= bottom.Max());
        var labels = string.Join(" ", (await ChartTextsAsync(page)).Select(t => t.Text));
        Assert.Matches(@"[\d,]+\.\d{2}%（(决算报告表格|决算报告正文|绩效自评表|预算报告表格|预算报告正文|来源不详)）", labels);
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Chinese_LabelsTooltipsAndCsvHeaders(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        var page = browser.Page;
        foreach (var path in new[] { "/", "/execution.html", "/three-public.html", "/quality.html", "/anomalies.html", "/unit.html?unit=" + fixture.Server.Ids.GaopingUnit })
        {
            await browser.GotoAsync(path);
            var headers = await page.Locator("th").AllTextContentsAsync();
            Assert.All(headers, h => Assert.Matches(CjkPattern(), h));
            var cells = await page.Locator("td").AllTextContentsAsync();
            Assert.DoesNotContain(cells, c => RawCode().IsMatch(c));
            Assert.DoesNotContain(cells, c => c.Contains(" 元", StringComparison.Ordinal) && EnglishWord().IsMatch(c));
        }

        await browser.GotoAsync("/execution.html");
        var money = await page.EvaluateAsync<string>("() => echarts.getInstanceByDom(document.querySelectorAll('.chart')[1]).getOption().series[0].label.formatter({ value: 1234.5, dataIndex: 0 })");
        Assert.Matches(@"^1,234\.50%（", money);
        var box = await page.EvaluateAsync<string>("() => { const o = echarts.getInstanceByDom(document.querySelector('.chart')).getOption(); return o.tooltip[0].formatter({ dataIndex: o.series[0].data.findIndex(b => b[2] !== null) }); }");
        Assert.Contains("中位数 ", box, StringComparison.Ordinal);
        Assert.Matches(@"中位数 [\d,]+\.\d{2}%", box);
        Assert.DoesNotContain("Q1", box, StringComparison.Ordinal);
        await browser.GotoAsync("/three-public.html");
        var tip = await page.EvaluateAsync<string>("() => echarts.getInstanceByDom(document.querySelector('.chart')).getOption().tooltip[0].valueFormatter(190.504567)");
        Assert.Equal("190.50 万元", tip);

        var csv = await fixture.Server.Client.GetStringAsync("/api/execution-rate?format=csv", TestContext.Current.CancellationToken);
        var header = Support.Api.ParseCsv(csv.TrimStart('\uFEFF'))[0];
        Assert.All(header, h => Assert.Matches(CjkPattern(), h));
        Assert.Contains("年初预算（元）", header);
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task YearInTheUrl_TheSelectorAgreesWithTheContent(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        var page = browser.Page;
        await browser.GotoAsync("/execution.html?year=2030");
        Assert.Equal("2030", await page.InputValueAsync("select[name=year]"));
        Assert.Equal(0, await page.Locator(".error").CountAsync());
        Assert.Equal(0, await page.Locator("section.card").Last.Locator("tbody tr").CountAsync());

        await browser.GotoAsync("/execution.html?year=abc");
        Assert.Equal("", await page.InputValueAsync("select[name=year]"));
        Assert.DoesNotContain("year=", page.Url, StringComparison.Ordinal);
        Assert.Contains("年度参数“abc”无效", await page.Locator("[data-notice=year]").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("section.card").Last.Locator("tbody tr").CountAsync() > 0);
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task Provenance_HtmlShowsTextAndTheHeaderStaysInView(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        var page = browser.Page;
        await browser.GotoAsync($"/provenance.html?report={fixture.Server.Ids.HtmlReport}&line=40");
        var source = await page.Locator("pre.source").TextContentAsync();
        Assert.DoesNotContain("<td", source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</", source, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"provenance-html-{width}.png") });
        foreach (var selector in new[] { "header.site", "a[data-back]", "pre.source .line.target" })
        {
            var box = await page.Locator(selector).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y >= -1 && box.Y + Math.Min(box.Height, 20) <= height, $"{selector} at y={box.Y} is out of the {height}px viewport");
        }

        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Provenance_PdfLineSaysItsPage()
    {
        Assert.SkipWhen(fixture.Server.Ids.PdfReport is null, "../shared/samples-pdf is absent");
        var lines = await Support.Api.RowsAsync(fixture.Server.Client, $"/api/provenance/lines?report={fixture.Server.Ids.PdfReport}&line=30");
        var page = lines.Single(l => l.GetProperty("is_target").GetBoolean()).GetProperty("page").GetInt32();
        await using var browser = await fixture.OpenAsync(1366, 768);
        await browser.GotoAsync($"/provenance.html?report={fixture.Server.Ids.PdfReport}&line=30");
        Assert.Contains($"PDF 第 {page} 页", await browser.Page.Locator("section.card h2").First.TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(page.ToString(System.Globalization.CultureInfo.InvariantCulture), await browser.Page.Locator("pre.source .line.target").GetAttributeAsync("data-page"));
        Assert.Empty(browser.Errors);
    }

    internal sealed record ChartText(int Chart, string Text, double Left, double Top, double Right, double Bottom);

    /// <summary>Every visible text of every chart (SVG renderer), with its box on the page.</summary>
    internal static async Task<List<ChartText>> ChartTextsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(@"() => [...document.querySelectorAll('.chart')].flatMap((chart, i) =>
            [...chart.querySelectorAll('svg text')].map(t => { const r = t.getBoundingClientRect(); return { chart: i, text: t.textContent, l: r.left, t: r.top, r: r.right, b: r.bottom }; })
              .filter(x => x.r - x.l > 0 && x.text.trim() !== ''))");
        return [.. json.EnumerateArray().Select(e => new ChartText(e.GetProperty("chart").GetInt32(), e.GetProperty("text").GetString() ?? "",
            e.GetProperty("l").GetDouble(), e.GetProperty("t").GetDouble(), e.GetProperty("r").GetDouble(), e.GetProperty("b").GetDouble()))];
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CjkPattern();

    /// <summary>Codes the warehouse stores in English that must never reach a manager's screen.</summary>
    [GeneratedRegex(@"^(known_empty|expense_type|cost_type|personnel|operating|basic|project|error|warning|info|high|medium|low|total|over|under|null|undefined|NaN|final_report_\w+|budget_report_\w+|execution_rate_pefa|three_public_\w+)$")]
    private static partial Regex RawCode();

    [GeneratedRegex(@"\b(actual|budget|above|from|beyond|deviation|band|printed)\b")]
    private static partial Regex EnglishWord();
}
