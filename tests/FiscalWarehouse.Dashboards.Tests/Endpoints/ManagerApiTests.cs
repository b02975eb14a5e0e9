using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FiscalWarehouse.Dashboards.Endpoints;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

/// <summary>Issue 18 on the API: a report without year/kind/region, Chinese CSV headers with their documented field
/// names, compressed and cached assets.</summary>
public sealed partial class ManagerApiTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    private readonly HttpClient client = server.Client;

    [Fact]
    public async Task Units_WithAReportWithoutYear_AnswersAndListsIt()
    {
        var rows = await Api.RowsAsync(client, "/api/units");
        var undated = Assert.Single(rows, r => r.GetProperty("unit_id").GetInt64() == server.Ids.UnknownUnit);
        Assert.Equal(JsonValueKind.Null, undated.GetProperty("region_code").ValueKind);
        Assert.Empty(undated.GetProperty("years").EnumerateArray());
        Assert.Equal(1, undated.GetProperty("reports").GetInt32());
    }

    public static TheoryData<string> Routes() => [.. ApiCatalog.All.Select(e => e.Route)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task EveryColumn_HasAChineseLabel(string route)
    {
        var endpoint = ApiCatalog.All.Single(e => e.Route == route);
        var query = string.Join('&', endpoint.RequiredParameters.Select(p => p.Name switch
        {
            "unit" => "unit=" + server.Ids.GaopingUnit,
            "report" => "report=" + server.Ids.GaopingReport,
            _ => "line=152",
        }));
        using var response = await client.GetAsync(route + (query.Length > 0 ? "?" + query : ""), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var labels = Labels();
        var missing = document.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).Where(c => !labels.ContainsKey(c)).ToList();
        Assert.True(missing.Count == 0, $"{route}: no Chinese label for {string.Join(", ", missing)}");
    }

    [Fact]
    public void ApiMd_MapsEveryCsvHeaderToItsField()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "api.md"));
        var documented = MappingRow().Matches(doc).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value, StringComparer.Ordinal);
        Assert.Equal(Labels().OrderBy(p => p.Key, StringComparer.Ordinal), documented.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Csv_HeadersAreChinese_OrFieldsOnRequest()
    {
        var chinese = await client.GetStringAsync("/api/quality/runs?format=csv", TestContext.Current.CancellationToken);
        Assert.StartsWith("批次,触发,主机,开始,结束,", chinese.TrimStart('\uFEFF'), StringComparison.Ordinal);
        var fields = await client.GetStringAsync("/api/quality/runs?format=csv&header=field", TestContext.Current.CancellationToken);
        Assert.StartsWith("run_id,trigger,host,started_at,ended_at,", fields.TrimStart('\uFEFF'), StringComparison.Ordinal);
        using var bad = await client.GetAsync("/api/quality/runs?format=csv&header=x", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Errors_AreInChinese()
    {
        using var response = await client.GetAsync("/api/execution-rate?year=abc", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("年度应为", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Assets_AreCompressedAndCached(string encoding)
    {
        using var plain = await client.GetAsync("/lib/echarts.min.js", TestContext.Current.CancellationToken);
        var raw = (await plain.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lib/echarts.min.js");
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var compressed = (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.True(compressed * 2 < raw, $"{compressed} bytes compressed vs {raw} raw");
        Assert.Equal("public, max-age=86400", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);

        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/execution-rate");
        api.Headers.AcceptEncoding.ParseAdd(encoding);
        using var answer = await client.SendAsync(api, TestContext.Current.CancellationToken);
        Assert.Equal(encoding, Assert.Single(answer.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task ChartLibrary_IsThePagesBundle_NotTheWholeDistribution()
    {
        var served = await client.GetByteArrayAsync(new Uri("/lib/echarts.min.js", UriKind.Relative), TestContext.Current.CancellationToken);
        var whole = new FileInfo(Path.Combine(RepoPaths.Root, "node_modules", "echarts", "dist", "echarts.min.js")).Length;
        var text = System.Text.Encoding.UTF8.GetString(served);

        // Charts/echarts.entry.js bundled by esbuild (scripts/setup installs it): about half of the distribution.
        Assert.True(served.Length * 10 < whole * 6, $"{served.Length} bytes served, the distribution is {whole}");
        Assert.StartsWith("var echarts=", text, StringComparison.Ordinal);
        Assert.Contains("getInstanceByDom", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryText_ShowsTheSqlFileOfACatalogRouteOnly()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/query-text?route=/api/anomalies", TestContext.Current.CancellationToken));
        Assert.Equal("sql/api/anomalies.sql", document.RootElement.GetProperty("sql_file").GetString());
        Assert.Contains("from mart_anomaly_detail", document.RootElement.GetProperty("sql").GetString(), StringComparison.Ordinal);
        using var unknown = await client.GetAsync("/api/query-text?route=/etc/passwd", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static Dictionary<string, string> Labels()
    {
        var path = Path.Combine(RepoPaths.Root, "dashboards", "FiscalWarehouse.Dashboards", "wwwroot", "labels.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("columns").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\| ([^|`]+) \| `([a-z0-9_]+)` \|$", RegexOptions.Multiline)]
    private static partial Regex MappingRow();
}
