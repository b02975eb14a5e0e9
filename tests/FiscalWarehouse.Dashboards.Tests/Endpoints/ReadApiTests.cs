using System.Net;
using System.Text;
using FiscalWarehouse.Dashboards.Endpoints;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

public sealed class ReadApiTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    private readonly HttpClient client = server.Client;

    private static string Url(ApiEndpoint endpoint)
    {
        var required = endpoint.RequiredParameters.Select(p => p.Name switch
        {
            "unit" => "unit=" + TestCorpus.GaopingUnitId,
            "report" => "report=" + TestCorpus.GaopingReportId,
            "line" => "line=" + TestCorpus.GaopingRateLine,
            _ => throw new InvalidOperationException(p.Name),
        });
        return endpoint.Route + (endpoint.RequiredParameters.Count > 0 ? "?" + string.Join('&', required) : "");
    }

    public static TheoryData<string> Routes() => [.. ApiCatalog.All.Select(e => e.Route)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Endpoint_OnTestCorpus_AnswersJsonAndCsvWithSameRows(string route)
    {
        var endpoint = ApiCatalog.All.Single(e => e.Route == route);
        var rows = await Api.RowsAsync(client, Url(endpoint));
        Assert.NotEmpty(rows);
        var separator = endpoint.RequiredParameters.Count > 0 ? "&" : "?";
        var csv = await client.GetByteArrayAsync(Url(endpoint) + separator + "format=csv", TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var parsed = Api.ParseCsv(Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
        Assert.Equal(rows.Length + 1, parsed.Count);
        Assert.All(parsed, r => Assert.Equal(parsed[0].Length, r.Length));
    }

    [Fact]
    public async Task ExecutionRate_Gaoping2023_IsTheSampleFigureExactly()
    {
        // seed 000 line 437: 年初预算198.55万元，支出决算218.23万元，完成年初预算的109.91%.
        var row = Assert.Single(await Api.RowsAsync(client, "/api/execution-rate?unit=1&year=2023"));
        Assert.Equal(1985500.00m, row.GetProperty("initial_budget_yuan").GetDecimal());
        Assert.Equal(2182300.00m, row.GetProperty("final_yuan").GetDecimal());
        Assert.Equal(109.911861m, row.GetProperty("rate_vs_initial").GetDecimal());
        Assert.Equal(109.91m, row.GetProperty("published_rate").GetDecimal());
        Assert.Equal("B", row.GetProperty("pefa_band_vs_initial").GetString());
        Assert.Equal("山西省晋城市高平市", row.GetProperty("region_name").GetString());
    }

    [Fact]
    public async Task RegionFilter_Prefecture_KeepsOnlyItsCounties()
    {
        var all = await Api.RowsAsync(client, "/api/execution-rate");
        var jincheng = await Api.RowsAsync(client, "/api/execution-rate?region=140500");
        var gaoping = await Api.RowsAsync(client, "/api/execution-rate?region=140581&year=2023");
        Assert.True(jincheng.Length < all.Length);
        Assert.All(jincheng, r => Assert.StartsWith("1405", r.GetProperty("region_code").GetString(), StringComparison.Ordinal));
        Assert.Contains(jincheng, r => r.GetProperty("region_code").GetString() == "140525");
        Assert.Equal(5, gaoping.Length); // 高平 sample unit + 4 generated departments
    }

    [Fact]
    public async Task UnitHeadline_Gaoping_LinksToSourceLine152()
    {
        // seed 000 line 152: 支出决算表 合计 218.23 万元.
        var rows = await Api.RowsAsync(client, "/api/unit/headline?unit=1");
        var total = Assert.Single(rows, r => r.GetProperty("figure").GetString() == "支出合计");
        Assert.Equal(2182300.00m, total.GetProperty("amount_yuan").GetDecimal());
        Assert.Equal(TestCorpus.GaopingTotalLine, total.GetProperty("source_line").GetInt32());
        Assert.Equal("支出决算表", total.GetProperty("table_title").GetString());
    }

    [Fact]
    public async Task ProvenanceLines_RateLine_IsTheSampleTextHighlighted()
    {
        var rows = await Api.RowsAsync(client, "/api/provenance/lines?report=1&line=437");
        Assert.Equal(17, rows.Length);
        var target = Assert.Single(rows, r => r.GetProperty("is_target").GetBoolean());
        Assert.Equal(437, target.GetProperty("line_no").GetInt32());
        Assert.Contains("完成年初预算的109.91%", target.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_HostileName_IsReturnedAsPlainData()
    {
        var rows = await Api.RowsAsync(client, "/api/units?q=" + Uri.EscapeDataString("<script>"));
        var row = Assert.Single(rows);
        Assert.Equal(TestCorpus.HostileName, row.GetProperty("unit_name").GetString());
        var raw = await client.GetStringAsync("/api/units?q=" + Uri.EscapeDataString("<script>"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal); // JSON escapes < and > as \u003C \u003E
    }

    [Theory]
    [InlineData("' or 1=1 --")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Units_SqlLookingSearch_MatchesNothing(string search)
    {
        Assert.Empty(await Api.RowsAsync(client, "/api/units?q=" + Uri.EscapeDataString(search)));
    }

    [Theory]
    [InlineData("/api/execution-rate?year=20x3")]
    [InlineData("/api/execution-rate?region=14;drop table dim_report")]
    [InlineData("/api/execution-rate?unit=1%20or%201=1")]
    [InlineData("/api/execution-rate?kind=x")]
    [InlineData("/api/execution-rate?sql=select%201")]
    [InlineData("/api/execution-rate?format=xml")]
    [InlineData("/api/unit/facts")]
    public async Task BadRequest_IsRefusedWithAReason(string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("error", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_ExecutionRate_KeepsDecimalsAndChineseAndNeutralizesNothingNumeric()
    {
        var bytes = await client.GetByteArrayAsync("/api/execution-rate?unit=1&format=csv", TestContext.Current.CancellationToken);
        var rows = Api.ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var header = rows[0];
        var data = Assert.Single(rows.Skip(1));
        Assert.Equal("109.911861", data[Array.IndexOf(header, "rate_vs_initial")]);
        Assert.Equal("2182300.00", data[Array.IndexOf(header, "final_yuan")]);
        Assert.Equal(TestCorpus.GaopingName, data[Array.IndexOf(header, "unit_name")]);
    }

    [Fact]
    public async Task QualityQuarantine_ListsRejectedAndFailedFilesWithReasons()
    {
        var rows = await Api.RowsAsync(client, "/api/quality/quarantine");
        Assert.Equal(["garbage.txt", "locked.txt"], rows.Select(r => r.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("error").GetString())));
    }

    [Fact]
    public async Task Pages_AreServedFromTheAssemblyWithChartsAndAStrictPolicy()
    {
        using var page = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        using var charts = await client.GetAsync("/lib/echarts.min.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, charts.StatusCode);
        using var missing = await client.GetAsync("/../appsettings.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
