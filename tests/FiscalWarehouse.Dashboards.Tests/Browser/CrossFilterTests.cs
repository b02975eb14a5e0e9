using System.Text.Json;
using Microsoft.Playwright;

namespace FiscalWarehouse.Dashboards.Tests.Browser;

/// <summary>Issue 18: clicking a chart filters the page (and the URL) or opens the county → its units → one unit, and
/// breadcrumbs lead back; chosen counties side by side; a unit's structure as a chart; the query behind each card.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossFilterTests(BrowserFixture fixture)
{
    public static TheoryData<int, int> Viewports() => new() { { 1366, 768 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task RegionBox_Click_FiltersThePage_AndBreadcrumbsLeadBack(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        var page = browser.Page;
        await browser.GotoAsync("/execution.html");
        // The chart shows the regions one level below the filter: a click on the box with the most rates (ECharts'
        // click event on that item) filters the page to it, and the chart then shows its regions: province →
        // prefecture → county.
        var query = "";
        JsonElement chosen = default;
        var levels = new List<string>();
        while (levels.Count < 3)
        {
            var byRegion = await Support.Api.RowsAsync(fixture.Server.Client, "/api/execution-rate/by-region" + query);
            var index = Array.FindIndex(byRegion, r => r.GetProperty("units_with_rate").GetInt32() == byRegion.Max(x => x.GetProperty("units_with_rate").GetInt32()));
            chosen = byRegion[index];
            var code = chosen.GetProperty("region_code").GetString()!;
            levels.Add(code);
            await page.EvaluateAsync("i => { echarts.getInstanceByDom(document.querySelector('.chart')).trigger('click', { componentType: 'series', seriesIndex: 0, dataIndex: i }); }", index);
            await browser.ReadyAsync();
            Assert.Contains("region=" + code, page.Url, StringComparison.Ordinal);
            query = "?region=" + code;
        }

        Assert.Matches(@"^\d{2}0000$", levels[0]);
        Assert.Matches(@"^\d{4}00$", levels[1]);
        Assert.StartsWith(levels[0][..2], levels[1], StringComparison.Ordinal);
        Assert.StartsWith(levels[1][..4], levels[2], StringComparison.Ordinal);
        var name = chosen.GetProperty("region_name").GetString()!;
        var regions = await page.Locator("section.card").Last.Locator("tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.NotEmpty(regions);
        Assert.All(regions, r => Assert.Equal(name, r));
        Assert.Single(await Support.Api.RowsAsync(fixture.Server.Client, "/api/execution-rate/by-region" + query));

        // 全部地区 › 省 › 市 › 县: the prefecture step filters to the prefecture.
        var crumbs = page.Locator("nav.breadcrumbs");
        var steps = await crumbs.Locator("a, span[aria-current]").AllTextContentsAsync();
        Assert.Equal("全部地区", steps[0]);
        Assert.True(steps.Count >= 3, string.Join("›", steps));
        await crumbs.Locator("a").Nth(steps.Count - 2).ClickAsync();
        await browser.ReadyAsync();
        Assert.Matches(@"region=\d{4}00", page.Url);
        Assert.True(await page.Locator("section.card").Last.Locator("tbody tr").CountAsync() >= regions.Count);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task RankingBar_Click_OpensTheUnit_WhoseBreadcrumbsLeadToItsCountyUnits()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        var page = browser.Page;
        var county = await CountyWithRatesAsync();
        var code = county.GetProperty("region_code").GetString()!;
        await browser.GotoAsync("/execution.html?region=" + code);
        await page.EvaluateAsync("() => { echarts.getInstanceByDom(document.querySelectorAll('.chart')[1]).trigger('click', { componentType: 'series', seriesIndex: 0, dataIndex: 0 }); }");
        await browser.ReadyAsync();
        Assert.Contains("unit.html?unit=", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("单位：", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);

        await page.Locator("nav.breadcrumbs a").Last.ClickAsync();
        await browser.ReadyAsync();
        Assert.EndsWith("unit.html?region=" + code, page.Url, StringComparison.Ordinal);
        var names = await page.Locator("tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Equal(county.GetProperty("region_name").GetString(), n));
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task ThreePublic_ChosenCountiesSideBySide(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        var page = browser.Page;
        await browser.GotoAsync("/three-public.html");
        var boxes = page.Locator("fieldset.choices input[name=county]");
        Assert.True(await boxes.CountAsync() >= 3, "the corpus has three generated counties and the samples' ones");
        foreach (var box in await boxes.AllAsync())
        {
            if (await box.IsCheckedAsync())
            {
                await box.UncheckAsync();
                await browser.ReadyAsync();
            }
        }

        var codes = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var box = page.Locator("fieldset.choices input[name=county]").Nth(i);
            codes.Add((await box.GetAttributeAsync("value"))!);
            await box.CheckAsync();
            await browser.ReadyAsync();
        }

        Assert.Contains("counties=" + string.Join("%2C", codes), page.Url, StringComparison.Ordinal);
        var series = await page.EvaluateAsync<int>("() => echarts.getInstanceByDom(document.querySelector('fieldset.choices').parentElement.querySelector('.chart')).getOption().series.length");
        Assert.Equal(2, series);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, $"three-public-counties-{width}.png"), FullPage = true });
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task UnitStructure_IsAChartAsWellAsATable()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        var page = browser.Page;
        await browser.GotoAsync("/unit.html?unit=" + fixture.Server.Ids.GaopingUnit);
        var card = page.Locator("section.card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "支出结构" }) });
        Assert.Equal(1, await card.Locator(".chart").CountAsync());
        var names = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.querySelectorAll('.chart')[1]).getOption().series.map(s => s.name)");
        Assert.Contains("基本支出", names);
        Assert.Contains("项目支出", names);
        Assert.True(await card.Locator("tbody tr").CountAsync() > 0);
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task QueryInspector_ShowsTheSqlFileAndParameters(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        var page = browser.Page;
        await browser.GotoAsync("/execution.html?year=2023&region=140581");
        var card = page.Locator("section.card").Last;
        await card.Locator("button[data-kind=query]").ClickAsync();
        var inspector = card.Locator(".inspector");
        await inspector.Locator("pre.sql").WaitForAsync();
        var text = await inspector.TextContentAsync();
        Assert.Contains("sql/api/execution_rate.sql", text, StringComparison.Ordinal);
        Assert.Contains("year = 2023", text, StringComparison.Ordinal);
        var sql = await inspector.Locator("pre.sql").TextContentAsync();
        Assert.StartsWith("./fw sql --format csv \"", sql, StringComparison.Ordinal);
        Assert.Contains("cast(2023 as integer)", sql, StringComparison.Ordinal);
        Assert.Contains("cast('140581' as varchar)", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("$year", sql, StringComparison.Ordinal);
        Assert.Empty(browser.Errors);
    }

    /// <summary>The first county with execution rates, found the way a manager drills down: province → prefecture → county.</summary>
    private async Task<JsonElement> CountyWithRatesAsync()
    {
        var query = "";
        JsonElement region = default;
        for (var level = 0; level < 3; level++)
        {
            var rows = await Support.Api.RowsAsync(fixture.Server.Client, "/api/execution-rate/by-region" + query);
            region = rows.First(r => r.GetProperty("units_with_rate").GetInt32() > 0 && r.GetProperty("region_code").ValueKind == JsonValueKind.String);
            query = "?region=" + region.GetProperty("region_code").GetString();
        }

        Assert.DoesNotMatch(@"00$", region.GetProperty("region_code").GetString()!);
        return region;
    }
}
