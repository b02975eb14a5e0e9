using System.Globalization;
using System.Net;
using System.Text;
using FiscalWarehouse.Dashboards.Endpoints;
using FiscalWarehouse.Dashboards.Tests.Support;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Generator;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

/// <summary>The read API on a real warehouse (samples + generated corpus, real loader and marts), over HTTP.</summary>
public sealed class ReadApiTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    private readonly HttpClient client = server.Client;

    private string Url(ApiEndpoint endpoint)
    {
        var required = endpoint.RequiredParameters.Select(p => p.Name switch
        {
            "unit" => "unit=" + server.Ids.GaopingUnit.ToString(CultureInfo.InvariantCulture),
            "report" => "report=" + server.Ids.GaopingReport.ToString(CultureInfo.InvariantCulture),
            "line" => "line=437",
            _ => throw new InvalidOperationException(p.Name),
        });
        return endpoint.Route + (endpoint.RequiredParameters.Count > 0 ? "?" + string.Join('&', required) : "");
    }

    public static TheoryData<string> Routes() => [.. ApiCatalog.All.Select(e => e.Route)];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Endpoint_OnRealWarehouse_AnswersJsonAndTheSameRowsAsCsv(string route)
    {
        var endpoint = ApiCatalog.All.Single(e => e.Route == route);
        var rows = await Api.RowsAsync(client, Url(endpoint));
        var separator = endpoint.RequiredParameters.Count > 0 ? "&" : "?";
        var csv = await client.GetByteArrayAsync(Url(endpoint) + separator + "format=csv", TestContext.Current.CancellationToken);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var parsed = Api.ParseCsv(Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
        Assert.Equal(rows.Length + 1, parsed.Count);
        Assert.All(parsed, r => Assert.Equal(parsed[0].Length, r.Length));
    }

    [Theory]
    [InlineData("/api/overview/totals")]
    [InlineData("/api/overview/coverage")]
    [InlineData("/api/overview/anomalies")]
    [InlineData("/api/regions")]
    [InlineData("/api/execution-rate")]
    [InlineData("/api/execution-rate/by-region")]
    [InlineData("/api/three-public")]
    [InlineData("/api/three-public/trend")]
    [InlineData("/api/units")]
    [InlineData("/api/quality/by-rule")]
    [InlineData("/api/quality/quarantine")]
    [InlineData("/api/quality/runs")]
    public async Task Endpoint_OnRealWarehouse_HasData(string url) => Assert.NotEmpty(await Api.RowsAsync(client, url));

    [Fact]
    public async Task ExecutionRate_Gaoping2023_IsTheSampleFigureExactly()
    {
        // seed 000 line 437: 一般公共预算财政拨款 年初预算198.55万元，支出决算218.23万元，完成年初预算的109.91%.
        var rows = await Api.RowsAsync(client, $"/api/execution-rate?unit={server.Ids.GaopingUnit}&year=2023&scope=general_budget");
        var row = Assert.Single(rows, r => r.GetProperty("subject_level").GetString() == "total");
        Assert.Equal(1985500.00m, row.GetProperty("initial_budget_yuan").GetDecimal());
        Assert.Equal(2182300.00m, row.GetProperty("final_yuan").GetDecimal());
        Assert.Equal(109.911861m, row.GetProperty("rate_vs_initial").GetDecimal());
        Assert.Equal(109.91m, row.GetProperty("published_rate").GetDecimal());
        Assert.Equal(437, row.GetProperty("published_rate_line").GetInt32());
        Assert.Equal("B", row.GetProperty("pefa_band_vs_initial").GetString());
        Assert.Equal("山西省晋城市高平市", row.GetProperty("region_name").GetString());
    }

    [Fact]
    public async Task RegionFilter_Prefecture_KeepsOnlyItsCounties()
    {
        var all = await Api.RowsAsync(client, "/api/execution-rate");
        var jincheng = await Api.RowsAsync(client, "/api/execution-rate?region=140500");
        Assert.InRange(jincheng.Length, 1, all.Length - 1);
        Assert.All(jincheng, r => Assert.StartsWith("1405", r.GetProperty("region_code").GetString(), StringComparison.Ordinal));
        Assert.Equal(["140525", "140581"], jincheng.Select(r => r.GetProperty("region_code").GetString()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Regions_ListProvincePrefectureCountyChains()
    {
        var rows = await Api.RowsAsync(client, "/api/regions");
        var byCode = rows.ToDictionary(r => r.GetProperty("region_code").GetString()!, StringComparer.Ordinal);
        Assert.Equal("高平市", byCode["140581"].GetProperty("name").GetString());
        Assert.Equal("140500", byCode["140581"].GetProperty("parent_code").GetString());
        Assert.Equal("province", byCode["140000"].GetProperty("level").GetString());
        Assert.Equal(4, byCode["140000"].GetProperty("units").GetDecimal()); // 高平 and 泽州, 襄垣, 大同 samples
    }

    [Fact]
    public async Task UnitHeadline_Gaoping_LinksToSourceLine152()
    {
        // seed 000 line 152: 支出决算表 合计 218.23 万元 (本年支出合计).
        var rows = await Api.RowsAsync(client, $"/api/unit/headline?unit={server.Ids.GaopingUnit}");
        var total = Assert.Single(rows, r => r.GetProperty("figure").GetString() == "支出合计");
        Assert.Equal("final_account", total.GetProperty("measure").GetString());
        Assert.Equal(2182300.00m, total.GetProperty("amount_yuan").GetDecimal());
        Assert.Equal(152, total.GetProperty("source_line").GetInt32());
        Assert.Equal("支出决算表", total.GetProperty("table_title").GetString());
        Assert.Equal("218.23", total.GetProperty("printed_text").GetString());
    }

    [Fact]
    public async Task ProvenanceLines_RateLine_IsTheSampleTextHighlighted()
    {
        var rows = await Api.RowsAsync(client, $"/api/provenance/lines?report={server.Ids.GaopingReport}&line=437");
        Assert.Equal(17, rows.Length);
        var target = Assert.Single(rows, r => r.GetProperty("is_target").GetBoolean());
        Assert.Equal(437, target.GetProperty("line_no").GetInt32());
        Assert.Contains("完成年初预算的109.91%", target.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvenanceFacts_Line152_AreTheTotalsRow()
    {
        var rows = await Api.RowsAsync(client, $"/api/provenance/facts?report={server.Ids.GaopingReport}&line=152");
        var printed = rows.Select(r => r.GetProperty("printed_text").GetString() ?? "").ToArray();
        Assert.Equal(["218.23", "184.25", "33.98", "", "", ""], printed);
        Assert.All(rows, r => Assert.Equal("支出决算表", r.GetProperty("table_title").GetString()));
    }

    [Fact]
    public async Task Units_HostileName_IsReturnedAsPlainData()
    {
        var rows = await Api.RowsAsync(client, "/api/units?q=" + Uri.EscapeDataString("alert(\"fw\")&\"'"));
        var row = Assert.Single(rows);
        Assert.EndsWith(UnitMarkup.Strip(CorpusGenerator.HostileSuffix), row.GetProperty("unit_name").GetString(), StringComparison.Ordinal);
        var raw = await client.GetStringAsync("/api/units?q=" + Uri.EscapeDataString("alert(\"fw\")&\"'"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal); // JSON escapes < and > as \u003C \u003E
    }

    [Theory]
    [InlineData("' or 1=1 --")]
    [InlineData("%")]
    [InlineData("_")]
    public async Task Units_SqlLookingSearch_MatchesNothing(string search) =>
        Assert.Empty(await Api.RowsAsync(client, "/api/units?q=" + Uri.EscapeDataString(search)));

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
    public async Task Csv_ExecutionRate_KeepsExactDecimalsAndChinese()
    {
        var bytes = await client.GetByteArrayAsync($"/api/execution-rate?unit={server.Ids.GaopingUnit}&scope=general_budget&format=csv", TestContext.Current.CancellationToken);
        var rows = Api.ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var header = rows[0];
        var total = Assert.Single(rows.Skip(1), r => r[Array.IndexOf(header, "subject_level")] == "total");
        Assert.Equal("109.911861", total[Array.IndexOf(header, "rate_vs_initial")]);
        Assert.Equal("2182300.00", total[Array.IndexOf(header, "final_yuan")]);
        Assert.Equal("高平市工业和信息化事务服务中心", total[Array.IndexOf(header, "unit_name")]);
    }

    [Fact]
    public async Task QualityQuarantine_ListsTheRejectedFileWithItsReason()
    {
        var rows = await Api.RowsAsync(client, "/api/quality/quarantine");
        var garbage = Assert.Single(rows, r => r.GetProperty("path").GetString() == "zz-garbage.txt");
        Assert.Equal("rejected", garbage.GetProperty("outcome").GetString());
        Assert.False(string.IsNullOrWhiteSpace(garbage.GetProperty("error").GetString()));
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
