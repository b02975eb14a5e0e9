namespace FiscalWarehouse.Warehouse.Tests.Marts;

/// <summary>mart_three_public and its anomalies on the 三公 figures of seed 003 (line 470) and hand-made years.</summary>
public sealed class ThreePublicMartTests
{
    private static Dictionary<string, object?> Row(MartWarehouse w, long unit, int year) =>
        w.Single("select * from mart_three_public where unit_id = $u and year = $y", ("u", unit), ("y", year));

    private static void FinalTable(MartWarehouse w, long report, decimal budget, decimal actual, decimal travel, decimal purchase,
        decimal operation, decimal reception)
    {
        w.Table(report, "fact_three_public", "财政拨款“三公”经费支出决算表");
        foreach (var (measure, total) in new[] { ("adjusted_budget", budget), ("final_account", actual) })
        {
            w.ThreePublic(report, "three_public_total", measure, total);
            w.ThreePublic(report, "overseas_travel", measure, travel);
            w.ThreePublic(report, "vehicle_total", measure, purchase + operation);
            w.ThreePublic(report, "vehicle_purchase", measure, purchase);
            w.ThreePublic(report, "vehicle_operation", measure, operation);
            w.ThreePublic(report, "official_reception", measure, reception);
        }
    }

    [Fact]
    public void Pingdingshan_BudgetEqualsActual_PartsAndEconomicCodesBeside()
    {
        // seed 003, line 470: 29.59 0.00 28.94 17.98 10.96 0.66 (预算数 = 决算数); 06表 30212 0.00, 30217 0.66, 30231 8.94, 31013 0.00
        using var w = new MartWarehouse();
        var unit = w.Unit("平顶山市工业和信息化局", "410400");
        var report = w.Report(unit, 2023, "决算");
        FinalTable(w, report, 29.59m, 29.59m, 0.00m, 17.98m, 10.96m, 0.66m);
        w.Economic(report, "30212", 0.00m);
        w.Economic(report, "30217", 0.66m);
        w.Economic(report, "30231", 8.94m);
        w.Economic(report, "31013", 0.00m);

        var row = Row(w, unit, 2023);
        Assert.Equal("data", row.Str("table_state"));
        Assert.Equal(295_900.00m, row.Dec("budget_yuan"));
        Assert.Equal(295_900.00m, row.Dec("actual_yuan"));
        Assert.Equal(100.000000m, row.Dec("actual_to_budget_rate"));
        Assert.Equal("final_report_table", row.Str("budget_source"));
        Assert.Equal(179_800.00m, row.Dec("vehicle_purchase_actual_yuan"));
        Assert.Equal(109_600.00m, row.Dec("vehicle_operation_actual_yuan"));
        Assert.Equal(289_400.00m, row.Dec("vehicle_actual_yuan"));
        Assert.Equal(6_600.00m, row.Dec("reception_actual_yuan"));
        Assert.Equal(0.00m, row.Dec("overseas_travel_actual_yuan"));
        Assert.Equal(89_400.00m, row.Dec("econ_30231_yuan"));
        Assert.Equal(6_600.00m, row.Dec("econ_30217_yuan"));
        Assert.Null(row.Dec("prior_year_actual_yuan"));
        Assert.Null(row.Dec("yoy_change_rate"));
        Assert.Empty(w.Rows("select * from mart_anomalies where flag like 'three_public%'"));
    }

    [Fact]
    public void KnownEmptyTable_IsZero_MissingTableIsNull()
    {
        // seed 000, line 352: 说明：本表无数据
        using var w = new MartWarehouse();
        var unit = w.Unit("高平市工业和信息化事务服务中心", "140581");
        var report = w.Report(unit, 2023, "决算", "单位");
        w.Table(report, "fact_three_public", "财政拨款“三公”经费支出决算表", knownEmpty: true);
        var missingUnit = w.Unit("无三公表的单位", "140581");
        w.Report(missingUnit, 2023, "决算");

        var row = Row(w, unit, 2023);
        Assert.Equal("known_empty", row.Str("table_state"));
        Assert.Equal(0.00m, row.Dec("actual_yuan"));
        Assert.Equal(0.00m, row.Dec("budget_yuan"));
        Assert.Equal(0.00m, row.Dec("vehicle_purchase_actual_yuan"));
        Assert.Null(row.Dec("actual_to_budget_rate")); // 0 ÷ 0
        var missing = Row(w, missingUnit, 2023);
        Assert.Equal("missing", missing.Str("table_state"));
        Assert.Null(missing.Dec("actual_yuan"));
        Assert.Null(missing.Dec("budget_yuan"));
    }

    [Fact]
    public void PreviousYearReport_GivesTrend_AndJumpAndOverBudgetAreFlagged()
    {
        using var w = new MartWarehouse();
        var unit = w.Unit("测试局", "140423");
        FinalTable(w, w.Report(unit, 2022, "决算"), 10.00m, 8.00m, 0m, 0m, 6.00m, 2.00m);
        FinalTable(w, w.Report(unit, 2023, "决算"), 10.00m, 12.00m, 0m, 0m, 9.00m, 3.00m);

        var row = Row(w, unit, 2023);
        Assert.Equal(80_000.00m, row.Dec("prior_year_actual_yuan"));
        Assert.Equal("previous_year_report", row.Str("prior_year_source"));
        Assert.Equal(40_000.00m, row.Dec("yoy_change_yuan"));
        Assert.Equal(50.000000m, row.Dec("yoy_change_rate"));
        Assert.Equal(120.000000m, row.Dec("actual_to_budget_rate"));

        var flags = w.Rows("select flag, subject from mart_anomalies where year = 2023 order by flag, subject")
            .Select(r => $"{r.Str("flag")}:{r.Str("subject")}").ToList();
        // the helper prints the same parts in both blocks, so only the total (12.00 > 10.00) is over budget
        Assert.Equal(["three_public_over_budget:three_public_total", "three_public_yoy_jump:three_public_total"], flags);
    }

    [Fact]
    public void YoyThreshold_IsASetting()
    {
        using var w = new MartWarehouse();
        var unit = w.Unit("测试局", "140423");
        FinalTable(w, w.Report(unit, 2022, "决算"), 100m, 8.00m, 0m, 0m, 6.00m, 2.00m);
        FinalTable(w, w.Report(unit, 2023, "决算"), 100m, 12.00m, 0m, 0m, 9.00m, 3.00m);

        w.Execute("set variable three_public_yoy_threshold_pct = 50");
        Assert.Empty(w.Rows("select * from mart_anomalies where flag = 'three_public_yoy_jump'"));
        w.Execute("set variable three_public_yoy_threshold_pct = 49.99");
        Assert.Single(w.Rows("select * from mart_anomalies where flag = 'three_public_yoy_jump'"));
    }

    [Fact]
    public void NarrativeComparison_IsThePriorYear_WhenNoPreviousReport()
    {
        using var w = new MartWarehouse();
        var unit = w.Unit("测试局", "140423");
        var report = w.Report(unit, 2023, "决算");
        FinalTable(w, report, 10.00m, 9.00m, 0m, 0m, 9.00m, 0m);
        w.Narrative(report, "three_public", "change", wan: -1.00m);

        var row = Row(w, unit, 2023);
        Assert.Equal(100_000.00m, row.Dec("prior_year_actual_yuan"));
        Assert.Equal("report_narrative_change", row.Str("prior_year_source"));
        Assert.Equal(-10.000000m, row.Dec("yoy_change_rate"));
    }

    [Fact]
    public void BudgetReport_SuppliesTheBudget_ForABudgetOnlyYear()
    {
        // seed 002, line 341: 三公 预算 3.20 (公务用车运行维护费)
        using var w = new MartWarehouse();
        var unit = w.Unit("大同市信息和新材料应用推广中心", "140200");
        var report = w.Report(unit, 2023, "预算", "单位");
        w.Table(report, "fact_three_public", "一般公共预算“三公”经费支出预算表");
        w.ThreePublic(report, "three_public_total", "initial_budget", 3.20m, "total");
        w.ThreePublic(report, "three_public_total", "initial_budget", 3.20m, "general_budget");
        w.ThreePublic(report, "vehicle_operation", "initial_budget", 3.20m, "total");

        var row = Row(w, unit, 2023);
        Assert.Equal(32_000.00m, row.Dec("budget_yuan"));
        Assert.Equal(32_000.00m, row.Dec("initial_budget_yuan"));
        Assert.Equal("budget_report_table", row.Str("budget_source"));
        Assert.Equal(32_000.00m, row.Dec("vehicle_operation_budget_yuan"));
        Assert.Null(row.Dec("actual_yuan"));
    }
}
