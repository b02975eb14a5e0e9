namespace FiscalWarehouse.Warehouse.Tests.Marts;

/// <summary>
/// mart_execution_rate on the figures the samples print (fiscal-reports.md §4), inserted as the loader stores them, and
/// on the NULL rules. Amounts compare exactly in 元; rates are rounded as printed only for comparison.
/// </summary>
public sealed class ExecutionRateMartTests
{
    private const string GeneralBudget = "general_budget_expenditure";
    private const string BySubject = "general_budget_expenditure_by_subject";

    private static Dictionary<string, object?> Row(MartWarehouse w, long unit, string scope, string? code = null) =>
        w.Single("""
            select * from mart_execution_rate
            where unit_id = $u and scope = $s and function_code is not distinct from $c
            """, ("u", unit), ("s", scope), ("c", code));

    [Fact]
    public void Gaoping_NarrativeBudget_RateIs10991AndBandB()
    {
        // seed 000, line 437: 年初预算198.55万元，支出决算218.23万元，完成年初预算的109.91%; 05表 合计 218.23 (line 152)
        using var w = new MartWarehouse();
        var unit = w.Unit("高平市工业和信息化事务服务中心", "140581");
        var report = w.Report(unit, 2023, "决算", "单位");
        w.Expenditure(report, "general_budget", null, "total", "final_account", 218.23m, rowKind: "total");
        w.Narrative(report, GeneralBudget, "initial_budget", wan: 198.55m, line: 437);
        w.Narrative(report, GeneralBudget, "final_account", wan: 218.23m, line: 437);
        w.Narrative(report, GeneralBudget, "execution_rate", value: 109.91m, printed: "109.91%", line: 437);

        var row = Row(w, unit, "general_budget");

        Assert.Equal(1_985_500.00m, row.Dec("initial_budget_yuan"));
        Assert.Equal(2_182_300.00m, row.Dec("final_yuan"));
        Assert.Equal(109.911861m, row.Dec("rate_vs_initial"));
        Assert.Equal(109.91m, row.Printed("rate_vs_initial"));
        Assert.Equal(109.91m, row.Dec("published_rate"));
        Assert.Equal(0.001861m, row.Dec("rate_difference"));
        Assert.Equal("final_report_narrative", row.Str("budget_source"));
        Assert.Equal("final_report_table", row.Str("final_source"));
        Assert.Equal("B", row.Str("pefa_band_vs_initial"));
        Assert.Null(row.Dec("adjusted_budget_yuan"));
        Assert.Null(row.Dec("rate_vs_adjusted"));
        Assert.Equal("total", row.Str("subject_level"));
        Assert.Equal(437L, Convert.ToInt64(row["published_rate_line"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Xiangyuan_Headline_Is13938_AndInfinityPrintedForZeroBudgetStaysNull()
    {
        // seed 001, line 629: 4,250.88 → 5,924.67, 139.38%; line 631: 科学技术支出 年初预算0万元 … 完成预算∞%
        using var w = new MartWarehouse();
        var unit = w.Unit("襄垣县工业和信息化局", "140423");
        var report = w.Report(unit, 2023, "决算");
        w.Expenditure(report, "general_budget", null, "total", "final_account", 5924.67m, rowKind: "total");
        w.Expenditure(report, "general_budget", "206", "total", "final_account", 450m, label: "科学技术支出");
        w.Narrative(report, GeneralBudget, "initial_budget", wan: 4250.88m);
        w.Narrative(report, GeneralBudget, "execution_rate", value: 139.38m, printed: "139.38%");
        w.Narrative(report, BySubject, "initial_budget", wan: 0m, subject: "科学技术支出", line: 631);
        w.Narrative(report, BySubject, "final_account", wan: 450m, subject: "科学技术支出", line: 631);
        w.Narrative(report, BySubject, "execution_rate", value: null, printed: "∞%", subject: "科学技术支出", line: 631);

        var headline = Row(w, unit, "general_budget");
        Assert.Equal(42_508_800.00m, headline.Dec("initial_budget_yuan"));
        Assert.Equal(59_246_700.00m, headline.Dec("final_yuan"));
        Assert.Equal(139.38m, headline.Printed("rate_vs_initial"));
        Assert.Equal(139.38m, headline.Dec("published_rate"));
        Assert.Equal("D", headline.Str("pefa_band_vs_initial"));

        var science = Row(w, unit, "general_budget", "206");
        Assert.Equal(0.00m, science.Dec("initial_budget_yuan"));
        Assert.Equal(4_500_000.00m, science.Dec("final_yuan"));
        Assert.Null(science.Dec("rate_vs_initial"));
        Assert.Null(science.Dec("published_rate"));
        Assert.Null(science.Dec("rate_difference"));
        Assert.Null(science.Str("pefa_band_vs_initial"));
        Assert.Equal("类", science.Str("subject_level"));
    }

    [Fact]
    public void Pingdingshan_HeadlineAndPerItemSentences_ResolveToTableCodes()
    {
        // seed 003, line 506: 858.90 → 2,175.87, 253.33%; line 516: 31.50 → 150.89, 479.02%; line 532: 446.90 → 1,089.47, 243.78%
        using var w = new MartWarehouse();
        var unit = w.Unit("平顶山市工业和信息化局", "410400");
        var report = w.Report(unit, 2023, "决算");
        w.Expenditure(report, "general_budget", null, "total", "final_account", 2175.87m, rowKind: "total");
        w.Expenditure(report, "general_budget", "208", "total", "final_account", 275.32m, label: "社会保障和就业支出");
        w.Expenditure(report, "general_budget", "20805", "total", "final_account", 226.10m, label: "行政事业单位养老支出");
        w.Expenditure(report, "general_budget", "2080501", "total", "final_account", 150.89m, label: "行政单位离退休");
        w.Expenditure(report, "general_budget", "20103", "total", "final_account", 4.00m, label: "政府办公厅（室）及相关机构事务");
        w.Expenditure(report, "general_budget", "2010301", "total", "final_account", 0.00m, label: "行政运行");
        w.Expenditure(report, "general_budget", "2010305", "total", "final_account", 4.00m, label: "专项业务及机关事务管理");
        w.Expenditure(report, "general_budget", "21505", "total", "final_account", 1414.42m, label: "工业和信息产业监管");
        w.Expenditure(report, "general_budget", "2150501", "total", "final_account", 1089.47m, label: "行政运行");
        w.Narrative(report, GeneralBudget, "initial_budget", wan: 858.90m, line: 506);
        w.Narrative(report, GeneralBudget, "final_account", wan: 2175.87m, line: 506);
        w.Narrative(report, GeneralBudget, "execution_rate", value: 253.33m, printed: "253.33%", line: 506);
        const string retired = "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）";
        w.Narrative(report, BySubject, "initial_budget", wan: 31.50m, subject: retired, line: 516);
        w.Narrative(report, BySubject, "final_account", wan: 150.89m, subject: retired, line: 516);
        w.Narrative(report, BySubject, "execution_rate", value: 479.02m, printed: "479.02%", subject: retired, line: 516);
        const string running = "资源勘探工业信息等支出（类）工业和信息产业监管（款）行政运行（项）";
        w.Narrative(report, BySubject, "initial_budget", wan: 446.90m, subject: running, line: 532);
        w.Narrative(report, BySubject, "final_account", wan: 1089.47m, subject: running, line: 532);
        w.Narrative(report, BySubject, "execution_rate", value: 243.78m, printed: "243.78%", subject: running, line: 532);
        const string special = "一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）专项业务及机关事务管理（项）";
        w.Narrative(report, BySubject, "initial_budget", wan: 0m, subject: special, line: 508);

        var headline = Row(w, unit, "general_budget");
        Assert.Equal(8_589_000.00m, headline.Dec("initial_budget_yuan"));
        Assert.Equal(21_758_700.00m, headline.Dec("final_yuan"));
        Assert.Equal(253.33m, headline.Printed("rate_vs_initial"));
        Assert.Equal("D", headline.Str("pefa_band_vs_initial"));

        var item = Row(w, unit, "general_budget", "2080501");
        Assert.Equal(315_000.00m, item.Dec("initial_budget_yuan"));
        Assert.Equal(1_508_900.00m, item.Dec("final_yuan"));
        Assert.Equal(479.02m, item.Printed("rate_vs_initial"));
        Assert.Equal(479.02m, item.Dec("published_rate"));
        Assert.Equal("项", item.Str("subject_level"));
        Assert.Equal("行政单位离退休", item.Str("function_name"));

        // 行政运行 exists under two 款; the printed 款 name picks 2150501
        var running2 = Row(w, unit, "general_budget", "2150501");
        Assert.Equal(4_469_000.00m, running2.Dec("initial_budget_yuan"));
        Assert.Equal(10_894_700.00m, running2.Dec("final_yuan"));
        Assert.Equal(243.78m, running2.Printed("rate_vs_initial"));
        Assert.Null(Row(w, unit, "general_budget", "2010301").Dec("initial_budget_yuan"));

        // 年初预算为0万元 with a 决算: no rate (seed 003, line 508 prints none)
        var zero = Row(w, unit, "general_budget", "2010305");
        Assert.Equal(0.00m, zero.Dec("initial_budget_yuan"));
        Assert.Null(zero.Dec("rate_vs_initial"));
    }

    [Fact]
    public void BudgetReportOfTheSameYear_SuppliesTheBudget_WhenTheFinalReportHasNone()
    {
        using var w = new MartWarehouse();
        var unit = w.Unit("测试县财政局", "140581");
        var budget = w.Report(unit, 2024, "预算");
        var final = w.Report(unit, 2024, "决算");
        w.Expenditure(budget, null, null, "total", "initial_budget", 100.00m, rowKind: "total");
        w.Expenditure(budget, null, "201", "total", "initial_budget", 60.00m);
        w.Expenditure(final, null, null, "total", "final_account", 104.50m, rowKind: "total");
        w.Expenditure(final, null, "201", "total", "final_account", 0.00m);

        var total = Row(w, unit, "total");
        Assert.Equal("budget_report_table", total.Str("budget_source"));
        Assert.Equal(budget, Convert.ToInt64(total["budget_report_version_id"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(final, Convert.ToInt64(total["final_report_version_id"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(104.500000m, total.Dec("rate_vs_initial"));
        Assert.Equal("A", total.Str("pefa_band_vs_initial"));
        Assert.Null(total.Dec("published_rate"));
        Assert.Null(total.Dec("rate_difference"));

        var class201 = Row(w, unit, "total", "201");
        Assert.Equal(0.000000m, class201.Dec("rate_vs_initial"));
        Assert.Equal("D", class201.Str("pefa_band_vs_initial"));
    }

    [Fact]
    public void OwnColumnsBeatNarrativeBeatBudgetReport_AndAdjustedBudgetGivesSecondRate()
    {
        using var w = new MartWarehouse();
        var unit = w.Unit("测试局", "410400");
        var budget = w.Report(unit, 2023, "预算");
        var final = w.Report(unit, 2023, "决算");
        w.Expenditure(budget, "general_budget", null, "total", "initial_budget", 900.00m, rowKind: "total");
        w.Expenditure(final, "general_budget", null, "total", "initial_budget", 858.90m, rowKind: "total");
        w.Expenditure(final, "general_budget", null, "total", "adjusted_budget", 2175.87m, rowKind: "total");
        w.Expenditure(final, "general_budget", null, "total", "final_account", 2175.87m, rowKind: "total");
        w.Narrative(final, GeneralBudget, "initial_budget", wan: 800.00m);

        var row = Row(w, unit, "general_budget");
        Assert.Equal("final_report_table", row.Str("budget_source"));
        Assert.Equal(8_589_000.00m, row.Dec("initial_budget_yuan"));
        Assert.Equal(9_000_000.00m, row.Dec("budget_report_initial_yuan"));
        Assert.Equal(100.000000m, row.Dec("rate_vs_adjusted"));
        Assert.Equal("A", row.Str("pefa_band_vs_adjusted"));
        Assert.Equal("D", row.Str("pefa_band_vs_initial"));
    }

    [Fact]
    public void MissingBudgetOrFinal_GivesNullRates_NeverAnError()
    {
        using var w = new MartWarehouse();
        var unit = w.Unit("只有预算的单位", "140423");
        var budget = w.Report(unit, 2022, "预算");
        w.Expenditure(budget, null, null, "total", "initial_budget", 50.00m, rowKind: "total");
        var other = w.Unit("只有决算的单位", "140423");
        var final = w.Report(other, 2022, "决算");
        w.Expenditure(final, null, null, "total", "final_account", 50.00m, rowKind: "total");

        var onlyBudget = Row(w, unit, "total");
        Assert.Null(onlyBudget.Dec("final_yuan"));
        Assert.Null(onlyBudget.Dec("rate_vs_initial"));
        var onlyFinal = Row(w, other, "total");
        Assert.Null(onlyFinal.Dec("initial_budget_yuan"));
        Assert.Null(onlyFinal.Str("budget_source"));
        Assert.Null(onlyFinal.Dec("rate_vs_initial"));
    }

    [Fact]
    public void SupersededVersions_AreIgnored()
    {
        using var w = new MartWarehouse();
        var unit = w.Unit("测试局", "140423");
        var old = w.Report(unit, 2023, "决算", isCurrent: false);
        w.Expenditure(old, null, null, "total", "final_account", 1.00m, rowKind: "total");
        var current = w.Report(unit, 2023, "决算");
        w.Expenditure(current, null, null, "total", "final_account", 2.00m, rowKind: "total");

        Assert.Equal(20_000.00m, Row(w, unit, "total").Dec("final_yuan"));
    }

    [Fact]
    public void NarrativeBudgetOfAnUnplacedSubject_IsNeverTheTotalsBudget()
    {
        // Issue 17: a budget figure about a part the reader could not place (a sentence fragment, a 款/项 path no table
        // prints) stays in fact_narrative; the 合计's adjusted budget comes only from a figure naming no subject.
        using var w = new MartWarehouse();
        var unit = w.Unit("测试市信访局", "220100");
        var report = w.Report(unit, 2025, "决算");
        w.Expenditure(report, "general_budget", null, "total", "final_account", 13_732.40m, rowKind: "total");
        w.Narrative(report, GeneralBudget, "initial_budget", wan: 13_500.00m, line: 40);
        w.Narrative(report, GeneralBudget, "adjusted_budget", wan: 222.60m, subject: "初预算为", line: 41);
        w.Narrative(report, BySubject, "adjusted_budget", wan: 88.00m, subject: "审计事务 / 不存在事项", line: 42);

        var row = Row(w, unit, "general_budget");

        Assert.Equal(135_000_000.00m, row.Dec("initial_budget_yuan"));
        Assert.Null(row.Dec("adjusted_budget_yuan"));
        Assert.Null(row.Dec("rate_vs_adjusted"));
        Assert.Equal(101.72m, row.Printed("rate_vs_initial"));
        Assert.Equal(1m, w.Single("select count(*)::decimal(18, 0) as n from mart_execution_rate where unit_id = $u", ("u", unit)).Dec("n"));
    }
}
