using System.Net;
using System.Text.Json;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

/// <summary>
/// Issue 18 on a large warehouse: a page asks for the first rows of a detail table (rows=N) and ranks units on the
/// server over every matching row, never over the first rows of a truncated answer.
/// </summary>
public sealed class LargeAnswerApiTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    private readonly HttpClient client = server.Client;

    [Fact]
    public async Task Rows_CutsTheAnswer_AndSaysItIsTruncated()
    {
        var all = await Api.RowsAsync(client, "/api/execution-rate");
        Assert.True(all.Length > 3, $"{all.Length} rows");

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/execution-rate?rows=3", UriKind.Relative), TestContext.Current.CancellationToken));
        var first = document.RootElement.GetProperty("rows").EnumerateArray().ToArray();

        Assert.True(document.RootElement.GetProperty("truncated").GetBoolean());
        // The same rows as the whole answer's (rows tied on every sort key may come in either order).
        Assert.Equal(3, first.Length);
        var whole = all.Select(r => r.GetRawText()).ToHashSet(StringComparer.Ordinal);
        Assert.All(first, r => Assert.Contains(r.GetRawText(), whole));
        using var enough = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/execution-rate?rows={all.Length}", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.False(enough.RootElement.GetProperty("truncated").GetBoolean());
    }

    // The server cuts an ordered answer with a limit around its script (a top-N in DuckDB): the rows kept must be the
    // whole answer's first rows in the script's order, compared on the columns that order is by.
    [Theory]
    [InlineData("/api/execution-rate", "year,region_code,unit_name,kind,subject_level,function_code")]
    [InlineData("/api/anomalies", "severity,year,region_code,unit_name,flag,subject")]
    [InlineData("/api/three-public", "year,region_code,unit_name")]
    public async Task Rows_KeepsTheWholeAnswersFirstRowsInOrder(string route, string orderColumns)
    {
        var keys = orderColumns.Split(',');
        var all = await Api.RowsAsync(client, route);
        Assert.True(all.Length > 5, $"{route}: {all.Length} rows");
        var take = all.Length / 2;

        var first = await Api.RowsAsync(client, $"{route}?rows={take}");

        string Key(JsonElement row) => string.Join('|', keys.Select(k => row.GetProperty(k).GetRawText()));
        Assert.Equal(all.Take(take).Select(Key), first.Select(Key));
    }

    [Theory]
    [InlineData("rows=0")]
    [InlineData("rows=-1")]
    [InlineData("rows=abc")]
    [InlineData("end=high&n=0")]
    [InlineData("end=high&n=101")]
    [InlineData("end=middle")]
    public async Task BadRowsOrRanking_IsRefused(string query)
    {
        var route = query.StartsWith("rows", StringComparison.Ordinal) ? "/api/execution-rate?" : "/api/execution-rate/ranking?";
        using var response = await client.GetAsync(new Uri(route + query, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("high", "")]
    [InlineData("low", "")]
    [InlineData("high", "&direction=under")]
    [InlineData("low", "&kind=单位")]
    public async Task Ranking_IsTheEndOfEveryMatchingRow(string end, string filters)
    {
        // Every rated 合计 row of the detail (the test warehouse is small enough to come whole), ranked here.
        var detail = await Api.RowsAsync(client, "/api/execution-rate?" + filters.TrimStart('&'));
        var rated = detail.Where(r => r.GetProperty("subject_level").GetString() == "total" && r.GetProperty("rate_vs_initial").ValueKind == JsonValueKind.Number)
            .Select(r => r.GetProperty("rate_vs_initial").GetDecimal()).ToList();
        Assert.True(rated.Count > 3, $"{rated.Count} rated rows");
        var expected = (end == "high" ? rated.OrderByDescending(r => r) : rated.OrderBy(r => r)).Take(3).ToList();

        var ranked = await Api.RowsAsync(client, $"/api/execution-rate/ranking?end={end}&n=3{filters}");

        Assert.Equal(expected, ranked.Select(r => r.GetProperty("rate_vs_initial").GetDecimal()).ToList());
        Assert.All(ranked, r => Assert.Equal("total", r.GetProperty("subject_level").GetString()));
    }
}
