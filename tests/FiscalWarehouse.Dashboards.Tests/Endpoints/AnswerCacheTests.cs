using FiscalWarehouse.Dashboards.Querying;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

/// <summary>Answers of one snapshot are written once: the same request gets the same bytes without a query.</summary>
public sealed class AnswerCacheTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    [Fact]
    public async Task TheSameRequest_IsServedFromTheCache_AnotherIsNot()
    {
        var cache = (AnswerCache)server.Services.GetService(typeof(AnswerCache))!;
        var cancellation = TestContext.Current.CancellationToken;
        var first = await server.Client.GetByteArrayAsync(new Uri("/api/execution-rate/by-region?kind=单位", UriKind.Relative), cancellation);
        var hits = cache.Hits;

        var again = await server.Client.GetByteArrayAsync(new Uri("/api/execution-rate/by-region?kind=单位", UriKind.Relative), cancellation);
        Assert.Equal(first, again);
        Assert.Equal(hits + 1, cache.Hits);

        // Another value, another format or another row limit is another answer.
        var other = await server.Client.GetByteArrayAsync(new Uri("/api/execution-rate/by-region?kind=部门", UriKind.Relative), cancellation);
        var csv = await server.Client.GetByteArrayAsync(new Uri("/api/execution-rate/by-region?kind=单位&format=csv", UriKind.Relative), cancellation);
        var cut = await server.Client.GetByteArrayAsync(new Uri("/api/execution-rate/by-region?kind=单位&rows=1", UriKind.Relative), cancellation);
        Assert.Equal(hits + 1, cache.Hits);
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, csv);
        Assert.NotEqual(first, cut);
        Assert.Single((await Api.RowsAsync(server.Client, "/api/execution-rate/by-region?kind=单位&rows=1")));
    }

    [Fact]
    public void TheBudget_BoundsWhatIsKept()
    {
        using var off = new AnswerCache(0);
        off.Add("k", new AnswerCache.CachedAnswer(new byte[10], "application/json", null));
        Assert.False(off.TryGet("k", out _));

        using var small = new AnswerCache(1);
        small.Add("large", new AnswerCache.CachedAnswer(new byte[200_000], "application/json", null));
        small.Add("small", new AnswerCache.CachedAnswer(new byte[1_000], "application/json", null));
        Assert.False(small.TryGet("large", out _));
        Assert.True(small.TryGet("small", out var kept));
        Assert.Equal(1_000, kept.Body.Length);
    }
}
