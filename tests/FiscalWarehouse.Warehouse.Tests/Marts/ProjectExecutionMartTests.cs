namespace FiscalWarehouse.Warehouse.Tests.Marts;

/// <summary>mart_project_execution on the 绩效自评表 funds lines of seed 001.</summary>
public sealed class ProjectExecutionMartTests
{
    [Fact]
    public void CoalSubsidy_RecomputesPrintedRate_AndKeepsScore()
    {
        // seed 001, line 763: 资金总额: 680 680 680 649.625 30.375 95.53 9.55 (执行率 = 执行数 ÷ 全年预算数)
        using var w = new MartWarehouse();
        var unit = w.Unit("襄垣县工业和信息化局", "140423");
        var report = w.Report(unit, 2023, "决算");
        var table = w.Table(report, "fact_performance", "“以电代煤”设备补贴项目支出绩效自评表", subject: "“以电代煤”设备补贴");
        w.Performance(report, table, "资金总额:", "initial_budget", wan: 680m, columnPath: "年初预算数 / 目标申报数");
        w.Performance(report, table, "资金总额:", "initial_budget", wan: 680m, columnPath: "年初预算数 / 预算编制数");
        w.Performance(report, table, "资金总额:", "adjusted_budget", wan: 680m);
        w.Performance(report, table, "资金总额:", "final_account", wan: 649.625m);
        w.Performance(report, table, "资金总额:", "carryover", wan: 30.375m);
        w.Performance(report, table, "资金总额:", "execution_rate", value: 95.53m);
        w.Performance(report, table, "资金总额:", "score", value: 9.55m);
        w.Performance(report, table, "市县区财政资金", "final_account", wan: 649.625m, fundSource: "fiscal_appropriation", line: 61);
        w.Performance(report, table, "总分", "score", value: 94.55m, rowKind: "total", line: 80);

        var row = w.Single("select * from mart_project_execution where unit_id = $u", ("u", unit));
        Assert.Equal("“以电代煤”设备补贴", row.Str("project"));
        Assert.Equal(6_800_000.00m, row.Dec("adjusted_budget_yuan"));
        Assert.Equal(6_496_250.00m, row.Dec("executed_yuan"));
        Assert.Equal(303_750.00m, row.Dec("balance_yuan"));
        Assert.Equal(95.533088m, row.Dec("recomputed_rate"));
        Assert.Equal(95.53m, row.Printed("recomputed_rate"));
        Assert.Equal(95.53m, row.Dec("printed_rate"));
        Assert.Equal(9.55m, row.Dec("execution_score"));
        Assert.Equal(94.55m, row.Dec("total_score"));
        Assert.Empty(w.Rows("select * from mart_anomalies where flag = 'project_rate_mismatch'"));
    }

    [Fact]
    public void PrintedRateOffByMoreThanRounding_IsFlagged_ZeroBudgetIsNull()
    {
        // seed 001, line 1349: 0.73 / 0.84 recomputes to 86.90, printed 86.86
        using var w = new MartWarehouse();
        var unit = w.Unit("襄垣县工业和信息化局", "140423");
        var report = w.Report(unit, 2023, "决算");
        var table = w.Table(report, "fact_performance", "某项目支出绩效自评表", subject: "某项目");
        w.Performance(report, table, "资金总额:", "adjusted_budget", wan: 0.84m);
        w.Performance(report, table, "资金总额:", "final_account", wan: 0.73m);
        w.Performance(report, table, "资金总额:", "execution_rate", value: 86.86m);
        var zero = w.Table(report, "fact_performance", "零预算项目支出绩效自评表", subject: "零预算项目");
        w.Performance(report, zero, "资金总额:", "adjusted_budget", wan: 0m);
        w.Performance(report, zero, "资金总额:", "final_account", wan: 1m);

        var row = w.Single("select * from mart_project_execution where project = '某项目'");
        Assert.Equal(86.904762m, row.Dec("recomputed_rate"));
        Assert.Equal(0.044762m, row.Dec("rate_difference"));
        Assert.Null(w.Single("select * from mart_project_execution where project = '零预算项目'").Dec("recomputed_rate"));
        // 0.005 万元 rounding on 0.73 and 0.84 allows ±0.11 pp: within, so not flagged
        Assert.Empty(w.Rows("select * from mart_anomalies where flag = 'project_rate_mismatch'"));
    }
}
