using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FiscalWarehouse.Dashboards.Tests.Browser;

/// <summary>
/// Issue 18 item 8 on a large warehouse: a detail table comes with its first rows, says so, and shows the rest on
/// request; the execution page's two ends are the server's ranking over every row.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DetailTableTests(BrowserFixture fixture)
{
    public static TheoryData<int, int> Viewports() => new() { { 1366, 768 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task FirstRows_ThenMoreOnRequest(int width, int height)
    {
        await using var browser = await fixture.OpenAsync(width, height);
        var page = browser.Page;
        var all = await Support.Api.RowsAsync(fixture.Server.Client, "/api/three-public");
        Assert.True(all.Length > 4, $"{all.Length} rows");
        // The test warehouse is small: the page's first request (rows=500) is cut to 4 rows, as 500 rows of a
        // 10,000-report warehouse would be.
        var firstRequests = 0;
        await page.RouteAsync(RowsParameter(), async route =>
        {
            firstRequests++;
            await route.ContinueAsync(new RouteContinueOptions { Url = RowsParameter().Replace(route.Request.Url, "rows=4") });
        });

        await browser.GotoAsync("/three-public.html");

        var card = page.Locator("section.card").Last;
        Assert.Equal(1, firstRequests);
        var note = card.Locator("p.note[data-more]");
        Assert.Equal("只显示前 4 行。显示更多，或缩小筛选范围、下载 CSV 查看全部。", await note.TextContentAsync());
        Assert.Equal(4, await card.Locator("tbody tr").CountAsync());

        await note.Locator("button").ClickAsync();
        await note.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });

        Assert.Equal(Math.Min(all.Length, 50), await card.Locator("tbody tr").CountAsync());
        if (all.Length > 50)
        {
            Assert.Contains("共 " + all.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 行", await card.Locator(".pager").TextContentAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task ExecutionEnds_AreTheServersRanking()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        var page = browser.Page;
        await browser.GotoAsync("/execution.html?n=5");

        var high = await Support.Api.RowsAsync(fixture.Server.Client, "/api/execution-rate/ranking?end=high&n=5");
        var low = await Support.Api.RowsAsync(fixture.Server.Client, "/api/execution-rate/ranking?end=low&n=5");
        var shown = await page.EvaluateAsync<JsonElement>("() => [...document.querySelectorAll('.chart')].slice(1, 3).map(d => echarts.getInstanceByDom(d).getOption().series[0].data.map(x => x.value))");

        Assert.Equal(high.Select(r => r.GetProperty("rate_vs_initial").GetDecimal()), shown[0].EnumerateArray().Select(v => v.GetDecimal()));
        Assert.Equal(low.Select(r => r.GetProperty("rate_vs_initial").GetDecimal()), shown[1].EnumerateArray().Select(v => v.GetDecimal()));
        Assert.True(high[0].GetProperty("rate_vs_initial").GetDecimal() >= low[0].GetProperty("rate_vs_initial").GetDecimal());
        Assert.Empty(browser.Errors);
    }

    [GeneratedRegex(@"rows=500")]
    private static partial Regex RowsParameter();
}
