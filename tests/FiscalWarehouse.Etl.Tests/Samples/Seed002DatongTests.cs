using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Etl.Tests.Samples.SampleReports;

namespace FiscalWarehouse.Etl.Tests.Samples;

/// <summary>Seed 002: 大同市信息和新材料应用推广中心, 单位预算 2023 with 绩效目标申报表, TSV; 预算 titles carry the year.</summary>
public sealed class Seed002DatongTests
{
    private readonly ParsedReport _parsed = Parse(Seed002);

    private Report Report => _parsed.Report;

    [Fact]
    public void Header_IsReadFromTheCover()
    {
        Assert.Equal("大同市信息和新材料应用推广中心", Report.UnitName);
        Assert.Equal("大同市", Report.RegionName);
        Assert.Equal(2023, Report.Year);
        Assert.Equal(ReportKind.Unit, Report.Kind);
        Assert.Equal(ReportPhase.Budget, Report.Phase);
    }

    [Fact]
    public void Tables_AreRecognizedByCatalogId()
    {
        Assert.Equal(
        [
            "budget_income_expenditure_total", "budget_income_expenditure_total", "budget_income_total", "budget_expenditure_total",
            "budget_fiscal_total", "budget_fiscal_total", "budget_general_expenditure", "budget_basic_by_economic",
            "budget_gov_fund_income", "budget_gov_fund_expenditure", "budget_state_capital", "budget_state_capital",
            "budget_three_public", "budget_agency_running_cost", "budget_project_expenditure", "budget_project_carryover",
            "perf_target", "perf_target", "perf_target", "perf_target", "perf_target", "perf_target",
        ], GeneralTableIds(Report));
        // 注：本表无数据 (lines 283, 294, 327, 354); the 国有资本 table prints a full skeleton of codes without values.
        Assert.All(Report.Tables.Where(t => t.CatalogId is "budget_gov_fund_income" or "budget_gov_fund_expenditure" or "budget_state_capital" or "budget_agency_running_cost"),
            t => Assert.True(t.IsKnownEmpty, t.CatalogId));
    }

    [Fact]
    public void NumericCells_AreCounted() => Assert.Equal(235, NumericCells(Report));

    [Fact]
    public void Values_MatchTheDocument()
    {
        Report.AssertNumber("budget_income_expenditure_total", "一、一般公共预算", "收入 / 2023年", "667.98", 70);
        Report.AssertNumber("budget_income_expenditure_total", "八、社会保障和就业支出", "支出 / 2023年合计", "311.53", 77);
        Report.AssertNumber("budget_income_expenditure_total", "二十、住房保障支出", "支出 / 当年预算安排", "33.81", 89);
        Report.AssertKind("budget_income_expenditure_total", "二十、住房保障支出", "支出 / 上年结转安排", CellValueKind.Blank, 89);
        Report.AssertNumber("budget_income_expenditure_total", "收入总计", "收入 / 2023年", "667.98", 103);
        Report.AssertNumber("budget_income_total", "合计", "本年收入 / 合计", "667.98", 113);
        Report.AssertNumber("budget_income_total", "2080502", "本年收入 / 一般公共预算", "264.00", 116);
        Report.AssertNumber("budget_income_total", "2210202", "本年收入 / 合计", "3.37", 133);
        Report.AssertNumber("budget_expenditure_total", "合计", "2023年预算数 / 基本支出", "547.65", 143);
        Report.AssertNumber("budget_expenditure_total", "合计", "2023年预算数 / 项目支出", "120.33", 143);
        Report.AssertNumber("budget_expenditure_total", "2080502", "2023年预算数 / 基本支出", "216.96", 146);
        Report.AssertKind("budget_expenditure_total", "20811", "2023年预算数 / 基本支出", CellValueKind.Blank, 149);
        Report.AssertNumber("budget_fiscal_total", "八、社会保障和就业支出", "支出 / 金额 / 小计", "311.53", 181);
        Report.AssertNumber("budget_general_expenditure", "2150550", "2023年预算数 / 项目支出", "25.50", 234);
        Report.AssertNumber("budget_basic_by_economic", "合计", "2023年预算数 / 人员经费", "523.84", 250);
        Report.AssertNumber("budget_basic_by_economic", "合计", "2023年预算数 / 公用经费", "23.80", 250);
        Report.AssertNumber("budget_basic_by_economic", "基本工资", "2023年预算数 / 合计", "110.84", 252);
        Report.AssertNumber("budget_basic_by_economic", "公务用车运行维护费", "2023年预算数 / 公用经费", "3.20", 265);
        Report.AssertNumber("budget_three_public", "②公务用车运行维护费", "2023年预算数 / 合计", "3.20", 341);
        Report.AssertNumber("budget_three_public", "合计", "2023年预算数 / 一般公共预算", "3.20", 342);
        Report.AssertKind("budget_three_public", "因公出国（境）费", "2023年预算数 / 合计", CellValueKind.Blank, 337);
        Report.AssertNumber("budget_project_expenditure", "J专项业务费", "合计", "37.39", 365);
        Report.AssertNumber("budget_project_expenditure", "费 Z中小企业公共服务平台运维", "2023年财政拨款 / 一般公共预算", "45.58", 369);
    }

    [Fact]
    public void Findings_ArePinned()
    {
        Assert.Equal(
        [
            // 21011 12.45 vs 2.19 + 10.25 = 12.44 in the 收入总表, 支出总表 and 一般公共预算 table (lines 122, 152, 229; guide §3.1).
            "info sum.section_equals_items L122 printed 12.45 expected 12.44",
            "info sum.section_equals_items L122 printed 12.45 expected 12.44",
            "info sum.section_equals_items L152 printed 12.45 expected 12.44",
            "info sum.section_equals_items L152 printed 12.45 expected 12.44",
            "info sum.section_equals_items L229 printed 12.45 expected 12.44",
            "info sum.section_equals_items L229 printed 12.45 expected 12.44",
            // 工资福利支出 313.78 vs Σ 313.79 and 商品和服务支出 23.80 vs 23.81 (lines 251, 261; guide §3.1).
            "info sum.named_subtotals L251 printed 313.78 expected 313.79",
            "info sum.named_subtotals L251 printed 313.78 expected 313.79",
            "info sum.named_subtotals L261 printed 23.80 expected 23.81",
            "info sum.named_subtotals L261 printed 23.80 expected 23.81",
            // 合计 547.65 vs the subtotals 313.78 + 23.80 + 210.06 = 547.64, and vs 人员 523.84 + 公用 23.80 (line 250; guide §3.1).
            "info sum.named_subtotals L250 printed 547.65 expected 547.64",
            "info sum.personnel_plus_operating L250 printed 547.65 expected 547.64",
        ], TableFindings(_parsed));
    }
}
