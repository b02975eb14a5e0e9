using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Etl.Tests.Samples.SampleReports;

namespace FiscalWarehouse.Etl.Tests.Samples;

/// <summary>Seed 000: 高平市工业和信息化事务服务中心, 单位决算 2023, TSV with blank cells (fiscal-reports.md).</summary>
public sealed class Seed000GaopingTests
{
    private readonly ParsedReport _parsed = Parse(Seed000);

    private Report Report => _parsed.Report;

    [Fact]
    public void Header_IsReadFromTheCover()
    {
        Assert.Equal("高平市工业和信息化事务服务中心", Report.UnitName);
        Assert.Equal("高平市", Report.RegionName);
        Assert.Equal(2023, Report.Year);
        Assert.Equal(ReportKind.Unit, Report.Kind); // line 5 says 单位决算公开 although line 57 says 部门决算表
        Assert.Equal(ReportPhase.FinalAccount, Report.Phase);
        Assert.Equal("高平市工业和信息化局", Report.ParentDepartment); // 主管部门及代码 028-高平市工业和信息化局, line 530
    }

    [Fact]
    public void Tables_AreRecognizedByCatalogId()
    {
        Assert.Equal(
        [
            "final_income_expenditure_total", "final_income_expenditure_total", "final_income", "final_expenditure",
            "final_fiscal_total", "final_fiscal_total", "final_general_budget_expenditure", "final_basic_expenditure_detail",
            "final_gov_fund", "final_state_capital", "final_three_public", "final_disclosure_stats",
            "perf_target", "perf_target", "perf_target", "perf_target",
        ], GeneralTableIds(Report));
        Assert.All(Report.Tables.Where(t => t.CatalogId is "final_gov_fund" or "final_state_capital" or "final_three_public" or "final_disclosure_stats"),
            t => Assert.True(t.IsKnownEmpty, t.CatalogId)); // 说明：本表无数据, lines 314, 333, 352, 388
    }

    [Fact]
    public void NumericCells_AreCounted() => Assert.Equal(152, NumericCells(Report));

    [Fact]
    public void Values_MatchTheDocument()
    {
        Report.AssertNumber("final_income_expenditure_total", "一、一般公共预算财政拨款收入", "收入 / 金额", "218.23", 72);
        Report.AssertNumber("final_income_expenditure_total", "一、一般公共服务支出", "支出 / 金额", "195.17", 72);
        Report.AssertNumber("final_income_expenditure_total", "十四、资源勘探工业信息等支出", "支出 / 金额", "0.62", 85);
        Report.AssertNumber("final_income_expenditure_total", "十九、住房保障支出", "支出 / 金额", "8.52", 90);
        Report.AssertNumber("final_income_expenditure_total", "总计", "收入 / 金额", "218.23", 103);
        Report.AssertNumber("final_income", "合计", "本年收入合计", "218.23", 120);
        Report.AssertNumber("final_income", "2011350", "本年收入合计", "116.18", 123);
        Report.AssertNumber("final_income", "2011399", "财政拨款收入", "78.99", 124);
        Report.AssertKind("final_income", "2080801", "事业收入", CellValueKind.Blank, 129);
        Report.AssertNumber("final_expenditure", "合计", "基本支出", "184.25", 152);
        Report.AssertNumber("final_expenditure", "合计", "项目支出", "33.98", 152);
        Report.AssertNumber("final_expenditure", "2011399", "基本支出", "45.01", 156);
        Report.AssertKind("final_expenditure", "2011350", "项目支出", CellValueKind.Blank, 155);
        Report.AssertNumber("final_fiscal_total", "八、社会保障和就业支出", "支出 / 一般公共预算财政拨款", "13.92", 191);
        Report.AssertNumber("final_general_budget_expenditure", "2210201", "本年支出 / 小计", "8.52", 248);
        Report.AssertNumber("final_basic_expenditure_detail", "30101", "人员经费 / 决算数", "57.43", 265);
        Report.AssertNumber("final_basic_expenditure_detail", "30207", "公用经费 / 决算数", "1.50", 271);
        Report.AssertNumber("final_basic_expenditure_detail", "30309", "人员经费 / 决算数", "0.00", 288); // an isolated 0.00 among blanks
        Report.AssertKind("final_basic_expenditure_detail", "309", "公用经费 / 决算数", CellValueKind.Dash, 269); // —— not applicable
        Report.AssertKind("final_basic_expenditure_detail", "30212", "公用经费 / 决算数", CellValueKind.Blank, 275);
        Report.AssertNumber("final_basic_expenditure_detail", "人员经费合计", "人员经费 / 决算数", "171.40", 293);
        Report.AssertNumber("final_basic_expenditure_detail", "公用经费合计", "公用经费 / 决算数", "12.85", 293); // printed in the last column
    }

    [Fact]
    public void ThreePublicColumns_HaveHeaderPathsAndMeanings()
    {
        var table = Report.Tables.Single(t => t.CatalogId == "final_three_public");
        var vehicles = table.Columns.Single(c => c.Path == "决算数 / 公务用车购置及运行维护费 / 小计");
        Assert.Equal(Meanings.ThreePublicPart.VehicleTotal, vehicles.Meaning.Part);
        Assert.Equal(Meanings.Measure.FinalAccount, vehicles.Meaning.Measure);
        var budget = table.Columns.Single(c => c.Path == "预算数 / 合计");
        Assert.Equal(Meanings.Measure.AdjustedBudget, budget.Meaning.Measure); // the note on line 350: 调整后的预算数
        Assert.Equal(Meanings.ThreePublicPart.Total, budget.Meaning.Part);
    }

    [Fact]
    public void Findings_ArePinned()
    {
        Assert.Equal(
        [
            // 06 economic 类 301 prints 166.05; its 13 款 sum to 166.06 (line 264): a rounding difference the guide lists.
            "info sum.class_equals_sections L264 printed 166.05 expected 166.06",
            // 06 economic 类 302 prints 12.85; its 款 sum to 12.84 (line 264): rounding again.
            "info sum.class_equals_sections L264 printed 12.85 expected 12.84",
        ], TableFindings(_parsed));
    }
}
