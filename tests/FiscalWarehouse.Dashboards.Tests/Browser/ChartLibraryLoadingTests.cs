using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;

namespace FiscalWarehouse.Dashboards.Tests.Browser;

/// <summary>
/// Issue 18 item 8 (a page interactive in under a second on a first visit): ECharts loads on the side, so a page asks
/// for its data while the library downloads, draws its charts when it arrives and is only "ready" once they are drawn;
/// without the library the tables still come, with a note.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartLibraryLoadingTests(BrowserFixture fixture)
{
    private const string Library = "**/lib/echarts.min.js";

    [Fact]
    public async Task ALateChartLibrary_DoesNotHoldBackTheData_AndReadyWaitsForEveryChart()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        var page = browser.Page;
        var clock = Stopwatch.StartNew();
        var libraryAnswered = TimeSpan.MaxValue;
        var apiAsked = new ConcurrentBag<TimeSpan>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/", StringComparison.Ordinal))
            {
                apiAsked.Add(clock.Elapsed);
            }
        };
        await page.RouteAsync(Library, async route =>
        {
            await Task.Delay(1500);
            libraryAnswered = clock.Elapsed;
            await route.ContinueAsync();
        });

        await browser.GotoAsync("/index.html");

        Assert.NotEmpty(apiAsked);
        Assert.True(apiAsked.Min() < libraryAnswered, $"first API call at {apiAsked.Min()}, library answered at {libraryAnswered}");
        // Every chart on the 总览 was drawn by ECharts (an instance on its element) by the time the page said ready.
        var charts = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('.chart')].map(d => echarts.getInstanceByDom(d) ? 1 : 0)");
        Assert.True(charts.Length >= 3, $"{charts.Length} charts");
        Assert.All(charts, drawn => Assert.Equal(1, drawn));
        // The rate-band chart kept its click-through, registered on the stand-in before ECharts arrived.
        await page.EvaluateAsync("() => { const c = [...document.querySelectorAll('.chart')].map(d => echarts.getInstanceByDom(d)).find(i => i.getOption().series.length === 3); c.trigger('click', { componentType: 'series', seriesIndex: 0, dataIndex: 0 }); }");
        await page.WaitForURLAsync("**/execution.html?**");
        Assert.Contains("direction=over", page.Url, StringComparison.Ordinal);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task WithoutTheChartLibrary_TablesStillCome_WithANote()
    {
        await using var browser = await fixture.OpenAsync(1366, 768);
        var page = browser.Page;
        await page.RouteAsync(Library, route => route.FulfillAsync(new RouteFulfillOptions { Status = 503, Body = "" }));

        await browser.GotoAsync("/execution.html");

        Assert.True(await page.Locator("section.card tbody tr").CountAsync() > 0);
        var notes = await page.Locator("p.note").AllTextContentsAsync();
        Assert.Contains(notes, n => n.StartsWith("图表库未加载", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator(".chart svg").CountAsync());
    }
}
