using FiscalWarehouse.Etl;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Marts;

/// <summary>
/// The five real samples, parsed and loaded by the real pipeline; the marts must give the figures the documents print
/// (fiscal-reports.md §4). Amounts compare exactly in 元; rates rounded as printed only for comparison.
/// </summary>
public sealed class SampleMartTests : IClassFixture<SampleMartTests.Loaded>
{
    private readonly MartWarehouse _w;

    public SampleMartTests(Loaded loaded) => _w = loaded.Warehouse;

    public sealed class Loaded : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public Loaded()
        {
            var samples = FindSamples();
            var path = _temp.File("samples.duckdb");
            using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = path }))
            {
                var parser = new ReportParser();
                foreach (var file in Directory.GetFiles(samples, "*.txt").Order(StringComparer.Ordinal))
                {
                    var outcome = writer.LoadFile(file, parser, CancellationToken.None);
                    Assert.NotEqual(LoadStatus.Rejected, outcome.Status);
                }
            }

            Warehouse = MartWarehouse.ReadFile(path);
        }

        internal MartWarehouse Warehouse { get; }

        public void Dispose()
        {
            Warehouse.Dispose();
            _temp.Dispose();
        }

        private static string FindSamples()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (File.Exists(Path.Combine(candidate, "README.md")) && Directory.GetFiles(candidate, "*.txt").Length >= 5)
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
        }
    }

    private Dictionary<string, object?> Rate(string unitPrefix, string scope, string? code = null) =>
        _w.Single("""
            select * from mart_execution_rate
            where starts_with(unit_name, $u) and scope = $s and function_code is not distinct from $c
            """, ("u", unitPrefix), ("s", scope), ("c", code));

    [Theory]
    // seed 000, line 437; seed 001, line 629; seed 003, line 506
    [InlineData("高平市", "1985500.00", "2182300.00", "109.91", "B")]
    [InlineData("襄垣县", "42508800.00", "59246700.00", "139.38", "D")]
    [InlineData("平顶山市", "8589000.00", "21758700.00", "253.33", "D")]
    public void Headline_GeneralBudgetRate_IsThePrintedOne(string unit, string initial, string final, string rate, string band)
    {
        var row = Rate(unit, "general_budget");

        Assert.Equal(decimal.Parse(initial, System.Globalization.CultureInfo.InvariantCulture), row.Dec("initial_budget_yuan"));
        Assert.Equal(decimal.Parse(final, System.Globalization.CultureInfo.InvariantCulture), row.Dec("final_yuan"));
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), row.Printed("rate_vs_initial"));
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), row.Dec("published_rate"));
        Assert.Equal("final_report_narrative", row.Str("budget_source"));
        Assert.Equal("final_report_table", row.Str("final_source"));
        Assert.Equal(band, row.Str("pefa_band_vs_initial"));
    }

    [Theory]
    // seed 003, lines 516 and 532; seed 000, line 439 (类 level)
    [InlineData("平顶山市", "2080501", "315000.00", "1508900.00", "479.02")]
    [InlineData("平顶山市", "2150501", "4469000.00", "10894700.00", "243.78")]
    [InlineData("高平市", "201", "1887800.00", "1951700.00", "103.38")]
    [InlineData("高平市", "221", "97700.00", "85200.00", "87.21")]
    public void PerSubjectSentences_MatchTheirTableRows(string unit, string code, string initial, string final, string rate)
    {
        var row = Rate(unit, "general_budget", code);

        Assert.Equal(decimal.Parse(initial, System.Globalization.CultureInfo.InvariantCulture), row.Dec("initial_budget_yuan"));
        Assert.Equal(decimal.Parse(final, System.Globalization.CultureInfo.InvariantCulture), row.Dec("final_yuan"));
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), row.Printed("rate_vs_initial"));
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), row.Dec("published_rate"));
    }

    [Fact]
    public void Xiangyuan_PerClassRatesFromAllSourceFigures_AreFlagged()
    {
        // seed 001, lines 629–631: the per-类 sentences use all-source amounts (215: 1903.684258 vs 05表 1,844.25)
        var flagged = _w.Rows("""
            select subject from mart_anomalies where flag = 'published_rate_mismatch' and starts_with(unit_name, '襄垣县') order by subject
            """).Select(r => r.Str("subject")).ToList();

        Assert.Contains("215", flagged);
        Assert.Null(Rate("襄垣县", "general_budget", "206").Dec("rate_vs_initial")); // 年初预算0万元, printed ∞%
    }

    [Theory]
    // guide §4 structure table: 基本 share and 人员/公用 amounts (万元)
    [InlineData("高平市", "84.43", "171.40", "12.85")]
    [InlineData("襄垣县", "14.29", "728.17", "77.80")]
    [InlineData("大同市", "81.99", "523.84", "23.80")]
    [InlineData("平顶山市", "83.03", "1497.21", "309.49")]
    [InlineData("泽州县", "12.82", "1028.00", "114.27")]
    public void Structure_MatchesTheGuide(string unit, string basicShare, string personnel, string operating)
    {
        Dictionary<string, object?> Cell(string category) => _w.Single("""
            select * from mart_expenditure_structure where entity = 'unit' and starts_with(unit_name, $u) and category = $c
            """, ("u", unit), ("c", category));

        Assert.Equal(decimal.Parse(basicShare, System.Globalization.CultureInfo.InvariantCulture), Cell("basic").Printed("share_pct"));
        Assert.Equal(decimal.Parse(personnel, System.Globalization.CultureInfo.InvariantCulture) * 10_000m, Cell("personnel").Dec("amount_yuan"));
        Assert.Equal(decimal.Parse(operating, System.Globalization.CultureInfo.InvariantCulture) * 10_000m, Cell("operating").Dec("amount_yuan"));
    }

    [Fact]
    public void ThreePublic_PingdingshanFiguresAndGaopingEmptyTable()
    {
        // seed 003, line 470 and 06表 lines 396–411; seed 000, line 352 (本表无数据)
        var pds = _w.Single("select * from mart_three_public where starts_with(unit_name, '平顶山市')");
        Assert.Equal(295_900.00m, pds.Dec("budget_yuan"));
        Assert.Equal(295_900.00m, pds.Dec("actual_yuan"));
        Assert.Equal(100.000000m, pds.Dec("actual_to_budget_rate"));
        Assert.Equal(179_800.00m, pds.Dec("vehicle_purchase_actual_yuan"));
        Assert.Equal(89_400.00m, pds.Dec("econ_30231_yuan"));
        Assert.Equal(6_600.00m, pds.Dec("econ_30217_yuan"));
        Assert.Equal("data", pds.Str("table_state"));
        Assert.Equal("known_empty", _w.Single("select * from mart_three_public where starts_with(unit_name, '高平市')").Str("table_state"));
        var datong = _w.Single("select * from mart_three_public where starts_with(unit_name, '大同市')");
        Assert.Equal(32_000.00m, datong.Dec("budget_yuan")); // seed 002, line 341
    }

    [Fact]
    public void RegionSummary_RollsUnitsUpToTheirProvince()
    {
        var shanxi = _w.Single("select * from mart_region_summary where region_code = '140000' and year = 2023");
        Assert.Equal(3L, Convert.ToInt64(shanxi["units_reporting"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2L, Convert.ToInt64(shanxi["units_with_rate"], System.Globalization.CultureInfo.InvariantCulture));
        // median of 109.911861 and 139.375141
        Assert.Equal(124.643501m, shanxi.Dec("median_rate_vs_initial"));
        var henan = _w.Single("select * from mart_region_summary where region_code = '410000' and year = 2023");
        Assert.Equal(295_900.00m, henan.Dec("three_public_actual_yuan"));
    }
}
