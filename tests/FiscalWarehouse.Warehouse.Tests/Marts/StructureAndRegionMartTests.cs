namespace FiscalWarehouse.Warehouse.Tests.Marts;

/// <summary>mart_expenditure_structure (guide §4 structure table) and mart_region_summary roll-ups.</summary>
public sealed class StructureAndRegionMartTests
{
    private static decimal? Share(MartWarehouse w, long unit, string dimension, string category) =>
        w.Single("""
            select share_pct from mart_expenditure_structure
            where entity = 'unit' and unit_id = $u and dimension = $d and category = $c
            """, ("u", unit), ("d", dimension), ("c", category)).Printed("share_pct");

    [Fact]
    public void Gaoping_BasicProjectAndPersonnelOperatingShares()
    {
        // seed 000: 03表 218.23 = 184.25 + 33.98 → 84.43 / 15.57 (lines 152, 409–410); 06表 人员经费合计 171.40, 公用经费合计 12.85 (line 293)
        using var w = new MartWarehouse();
        var unit = w.Unit("高平市工业和信息化事务服务中心", "140581");
        var report = w.Report(unit, 2023, "决算", "单位");
        w.Expenditure(report, null, null, "total", "final_account", 218.23m, rowKind: "total");
        w.Expenditure(report, null, null, "basic", "final_account", 184.25m, rowKind: "total");
        w.Expenditure(report, null, null, "project", "final_account", 33.98m, rowKind: "total");
        w.Expenditure(report, null, "201", "total", "final_account", 195.17m, label: "一般公共服务支出");
        w.Economic(report, null, 171.40m, label: "人员经费合计", rowKind: "footer");
        w.Economic(report, null, 12.85m, label: "公用经费合计", rowKind: "footer");
        w.Economic(report, "301", 166.05m);
        w.Economic(report, "303", 5.35m);

        Assert.Equal(84.43m, Share(w, unit, "expense_type", "basic"));
        Assert.Equal(15.57m, Share(w, unit, "expense_type", "project"));
        Assert.Equal(93.03m, Share(w, unit, "cost_type", "personnel")); // 171.40 / 184.25 = 93.0258…
        Assert.Equal(6.97m, Share(w, unit, "cost_type", "operating")); // 12.85 / 184.25 = 6.9742…
        Assert.Equal(89.43m, Share(w, unit, "function_class", "201"));
        var basic = w.Single("select * from mart_expenditure_structure where entity = 'unit' and category = 'basic'");
        Assert.Equal(1_842_500.00m, basic.Dec("amount_yuan"));
        Assert.Equal(2_182_300.00m, basic.Dec("base_yuan"));
    }

    [Fact]
    public void Pingdingshan_GeneralBudgetTableServesWhenNoAllSourceTable_AndRollsUpToProvince()
    {
        // seed 003, line 488: 83.03 / 16.97 from 2,175.87 = 1,806.70 + 369.17; line 502: 资源勘探 1,567.62 = 72.05%
        using var w = new MartWarehouse();
        var unit = w.Unit("平顶山市工业和信息化局", "410400");
        var report = w.Report(unit, 2023, "决算");
        w.Expenditure(report, "general_budget", null, "total", "final_account", 2175.87m, rowKind: "total");
        w.Expenditure(report, "general_budget", null, "basic", "final_account", 1806.70m, rowKind: "total");
        w.Expenditure(report, "general_budget", null, "project", "final_account", 369.17m, rowKind: "total");
        w.Expenditure(report, "general_budget", "215", "total", "final_account", 1567.62m, label: "资源勘探工业信息等支出");

        Assert.Equal(83.03m, Share(w, unit, "expense_type", "basic"));
        Assert.Equal(16.97m, Share(w, unit, "expense_type", "project"));
        Assert.Equal(72.05m, Share(w, unit, "function_class", "215"));
        var province = w.Single("""
            select * from mart_expenditure_structure where entity = 'region' and region_code = '410000' and category = 'basic'
            """);
        Assert.Equal(83.03m, province.Printed("share_pct"));
    }

    [Fact]
    public void RegionSummary_CountsMedianSpreadThreePublicAndMissingUnits()
    {
        using var w = new MartWarehouse();
        // three counties of 晋城市 (140500): rates 100%, 110%, 130%; a fourth unit reported only in 2022
        decimal[][] figures = [[100m, 100m], [100m, 110m], [200m, 260m]];
        string[] counties = ["140581", "140525", "140581"];
        for (var i = 0; i < figures.Length; i++)
        {
            var unit = w.Unit($"单位{i}", counties[i]);
            var report = w.Report(unit, 2023, "决算");
            w.Expenditure(report, "general_budget", null, "total", "final_account", figures[i][1], rowKind: "total");
            w.Expenditure(report, null, null, "total", "final_account", figures[i][1], rowKind: "total");
            w.Narrative(report, "general_budget_expenditure", "initial_budget", wan: figures[i][0]);
            w.Table(report, "fact_three_public", "财政拨款“三公”经费支出决算表");
            w.ThreePublic(report, "three_public_total", "final_account", 1.5m);
        }

        var gone = w.Unit("去年的单位", "140525");
        w.Report(gone, 2022, "预算");

        var city = w.Single("select * from mart_region_summary where region_code = '140500' and year = 2023");
        Assert.Equal(3L, Convert.ToInt64(city["units_reporting"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3L, Convert.ToInt64(city["final_reports"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(4_700_000.00m, city.Dec("final_total_yuan"));
        Assert.Equal(110.000000m, city.Dec("median_rate_vs_initial"));
        Assert.Equal(100.000000m, city.Dec("min_rate_vs_initial"));
        Assert.Equal(130.000000m, city.Dec("max_rate_vs_initial"));
        Assert.Equal(30.000000m, city.Dec("rate_spread"));
        Assert.Equal(117.500000m, city.Dec("pooled_rate_vs_initial")); // 470 / 400
        Assert.Equal(45_000.00m, city.Dec("three_public_actual_yuan"));
        Assert.Equal(1L, Convert.ToInt64(city["units_missing"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("去年的单位", Assert.Single((System.Collections.IList)city["units_missing_names"]!)!.ToString());

        var zezhou = w.Single("select * from mart_region_summary where region_code = '140525' and year = 2023");
        Assert.Equal(1L, Convert.ToInt64(zezhou["units_reporting"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("140500", zezhou.Str("parent_region_code"));
        var province2022 = w.Single("select * from mart_region_summary where region_code = '140000' and year = 2022");
        Assert.Equal(1L, Convert.ToInt64(province2022["budget_reports"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(3L, Convert.ToInt64(province2022["units_missing"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(province2022.Dec("median_rate_vs_initial"));
    }

    [Fact]
    public void RegionSummary_UnitInsideALoadedDepartmentReport_CountedOnceInTheSums()
    {
        using var w = new MartWarehouse();
        // 泽州县 (140525), 2023 决算: the bureau's 部门 report consolidates its own 中心, whose 单位 report is loaded too.
        var bureau = w.Unit("泽州县工业和信息化局", "140525");
        var centre = w.Unit("泽州县工业和信息化局服务中心", "140525");
        w.Execute("update dim_unit set parent_department = '泽州县工业和信息化局　' where unit_id = $u", ("u", centre));
        decimal[][] figures = [[400m, 500m, 3m], [80m, 100m, 1m]];
        long[] units = [bureau, centre];
        for (var i = 0; i < units.Length; i++)
        {
            var report = w.Report(units[i], 2023, "决算", kind: i == 0 ? "部门" : "单位");
            w.Expenditure(report, "general_budget", null, "total", "final_account", figures[i][1], rowKind: "total");
            w.Expenditure(report, null, null, "total", "final_account", figures[i][1], rowKind: "total");
            w.Narrative(report, "general_budget_expenditure", "initial_budget", wan: figures[i][0]);
            w.Table(report, "fact_three_public", "财政拨款“三公”经费支出决算表");
            w.ThreePublic(report, "three_public_total", "final_account", figures[i][2]);
        }

        var county = w.Single("select * from mart_region_summary where region_code = '140525' and year = 2023");

        Assert.Equal(2L, Convert.ToInt64(county["units_reporting"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5_000_000.00m, county.Dec("final_total_yuan"));
        Assert.Equal(4_000_000.00m, county.Dec("general_budget_initial_yuan"));
        Assert.Equal(125.000000m, county.Dec("pooled_rate_vs_initial"));
        Assert.Equal(30_000.00m, county.Dec("three_public_actual_yuan"));
        Assert.Equal(125.000000m, county.Dec("min_rate_vs_initial"));
        Assert.Equal(2L, Convert.ToInt64(county["units_with_rate"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ReportsWithErrorFindings_AreFlaggedOncePerReport()
    {
        using var w = new MartWarehouse();
        var unit = w.Unit("测试局", "140423");
        var report = w.Report(unit, 2023, "决算", file: "bad.txt");
        w.Finding(report, "error", "R01", line: 12);
        w.Finding(report, "error", "R02", line: 9);
        w.Finding(report, "warning", "R03");

        var row = w.Single("select * from mart_anomalies where flag = 'report_error_findings'");
        Assert.Equal(2m, row.Dec("observed_value"));
        Assert.Equal(9, Convert.ToInt32(row["source_line"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("R01, R02", row.Str("reason"), StringComparison.Ordinal);
    }
}
