using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Etl.Tests.Samples.SampleReports;

namespace FiscalWarehouse.Etl.Tests.Samples;

/// <summary>Seed 003: 平顶山市工业和信息化局, 部门决算 2023 (汇总), TSV with ## headings, &lt;b&gt; tags, 0.00 everywhere, repeated headers.</summary>
public sealed class Seed003PingdingshanTests
{
    private readonly ParsedReport _parsed = Parse(Seed003);

    private Report Report => _parsed.Report;

    [Fact]
    public void Header_IsReadFromTheCover()
    {
        Assert.Equal("平顶山市工业和信息化局", Report.UnitName); // line 4: 平顶山市工业和信息化局部门决算, year on line 3
        Assert.Equal("平顶山市", Report.RegionName);
        Assert.Equal(2023, Report.Year);
        Assert.Equal(ReportKind.Department, Report.Kind);
        Assert.Equal(ReportPhase.FinalAccount, Report.Phase);
    }

    [Fact]
    public void Tables_AreRecognizedByCatalogId()
    {
        Assert.Equal(
        [
            "final_income_expenditure_total", "final_income_expenditure_total", "final_income", "final_expenditure",
            "final_fiscal_total", "final_fiscal_total", "final_general_budget_expenditure", "final_basic_expenditure_detail",
            "final_gov_fund", "final_state_capital", "final_three_public", "perf_department_self_evaluation", "perf_self_evaluation",
        ], GeneralTableIds(Report));
        // 07 prints a 0.00 合计 row and then "…故本表无数据" (lines 432–435): present, known empty, no rows.
        Assert.True(Report.Tables.Single(t => t.CatalogId == "final_gov_fund").IsKnownEmpty);
    }

    [Fact]
    public void NumericCells_AreCounted() => Assert.Equal(822, NumericCells(Report));

    [Fact]
    public void Values_MatchTheDocument()
    {
        Report.AssertNumber("final_income_expenditure_total", "一、一般公共预算财政拨款收入", "收入 / 决算数", "2,175.87", 117);
        Report.AssertNumber("final_income_expenditure_total", "八、社会保障和就业支出", "支出 / 决算数", "275.32", 124);
        Report.AssertNumber("final_income_expenditure_total", "二十四、债务还本支出", "支出 / 决算数", "0.00", 144); // after the repeated header
        Report.AssertNumber("final_income_expenditure_total", "本年收入合计", "收入 / 决算数", "2,175.87", 147); // <b>本年收入合计</b>
        Report.AssertNumber("final_income_expenditure_total", "年末结转与结余", "支出 / 决算数", "0.00", 149);
        Report.AssertNumber("final_income", "合计", "本年收入合计", "2,175.87", 168); // 合计 in the name column
        Report.AssertNumber("final_income", "2150102", "财政拨款收入", "1.10", 195);
        Report.AssertNumber("final_income", "21505", "本年收入合计", "1,414.42", 196);
        Report.AssertNumber("final_expenditure", "合计", "基本支出", "1,806.70", 223);
        Report.AssertNumber("final_expenditure", "合计", "项目支出", "369.17", 223);
        Report.AssertNumber("final_expenditure", "2150501", "基本支出", "960.06", 252);
        Report.AssertNumber("final_general_budget_expenditure", "2080501", "本年支出 / 小计", "150.89", 343);
        Report.AssertNumber("final_general_budget_expenditure", "2150501", "本年支出 / 小计", "1,089.47", 361);
        Report.AssertNumber("final_basic_expenditure_detail", "302", "决算数", "309.49", 385);
        Report.AssertNumber("final_basic_expenditure_detail", "30113", "决算数", "96.15", 396);
        Report.AssertNumber("final_basic_expenditure_detail", "31013", "决算数", "0.00", 400);
        Report.AssertNumber("final_basic_expenditure_detail", "30217", "决算数", "0.66", 401);
        Report.AssertNumber("final_basic_expenditure_detail", "30231", "决算数", "8.94", 411); // after the 经济分类 科目编码 repeat
        Report.AssertNumber("final_basic_expenditure_detail", "人员经费合计", "决算数", "1,497.21", 415);
        Report.AssertNumber("final_basic_expenditure_detail", "公用经费合计", "决算数", "309.49", 415);
        Report.AssertNumber("final_three_public", "合计", "决算数 / 公务用车购置及运行维护费 / 公务用车购置费", "17.98", 470);
        Report.AssertNumber("final_three_public", "合计", "决算数 / 公务用车购置及运行维护费 / 公务用车运行维护费", "10.96", 470);
        Report.AssertNumber("final_three_public", "合计", "决算数 / 公务接待费", "0.66", 470);
        Report.AssertNumber("final_three_public", "合计", "预算数 / 合计", "29.59", 470);
    }

    [Fact]
    public void ThreePublicFinalRow_IsTheEntitysTotal()
    {
        // Line 470 prints 12 figures under 预算数/决算数 × parts and no key column: the department's 三公 合计 row.
        var table = Report.Tables.Single(t => t.CatalogId == "final_three_public");
        var row = Assert.Single(table.Rows);
        Assert.Equal("合计", row.Label);
        Assert.Equal(RowKind.Total, row.Kind);
        Assert.Null(row.Code);
        Assert.Equal(470, row.Source.Line);
        Assert.Equal(12, row.Cells.Count);
    }

    [Fact]
    public void Findings_ArePinned()
    {
        Assert.Equal(
        [
            // 208 275.32 vs Σ款 275.31 (line 177; guide §3.1), repeated in 03 (232) and 05 (341) for both amount columns.
            "info sum.class_equals_sections L177 printed 275.32 expected 275.31",
            "info sum.class_equals_sections L177 printed 275.32 expected 275.31",
            "info sum.class_equals_sections L232 printed 275.32 expected 275.31",
            "info sum.class_equals_sections L232 printed 275.32 expected 275.31",
            "info sum.class_equals_sections L341 printed 275.32 expected 275.31",
            "info sum.class_equals_sections L341 printed 275.32 expected 275.31",
            // 06 302 309.49 vs Σ款 309.50 (line 385; guide §3.1).
            "info sum.class_equals_sections L385 printed 309.49 expected 309.50",
            // 21505 1,414.42 vs Σ项 1,414.43 (line 196; guide §3.1) and its project column 180.76 vs 180.77 in 03/05.
            "info sum.section_equals_items L196 printed 1414.42 expected 1414.43",
            "info sum.section_equals_items L196 printed 1414.42 expected 1414.43",
            "info sum.section_equals_items L251 printed 1414.42 expected 1414.43",
            "info sum.section_equals_items L251 printed 180.76 expected 180.77",
            "info sum.section_equals_items L360 printed 1414.42 expected 1414.43",
            "info sum.section_equals_items L360 printed 180.76 expected 180.77",
            // 三公 合计 29.59 vs 0.00 + 17.98 + 10.96 + 0.66 = 29.60, in both the 预算数 and 决算数 blocks (line 470; guide §3.1).
            "info three_public.parts L470 printed 29.59 expected 29.60",
            "info three_public.parts L470 printed 29.59 expected 29.60",
        ], TableFindings(_parsed));
    }
}
