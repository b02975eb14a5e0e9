using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Etl.Tests.Samples.SampleReports;

namespace FiscalWarehouse.Etl.Tests.Samples;

/// <summary>Seed 004: 泽州县工业和信息化局, 部门预算 2024 with 21 绩效目标表, markdown pipe tables split at page breaks.</summary>
public sealed class Seed004ZezhouTests
{
    private readonly ParsedReport _parsed = Parse(Seed004);

    private Report Report => _parsed.Report;

    [Fact]
    public void Header_IsReadFromTheCover()
    {
        Assert.Equal("泽州县工业和信息化局", Report.UnitName);
        Assert.Equal("泽州县", Report.RegionName);
        Assert.Equal(2024, Report.Year);
        Assert.Equal(ReportKind.Department, Report.Kind);
        Assert.Equal(ReportPhase.Budget, Report.Phase);
        Assert.Equal(Model.Documents.SourceFormat.Markdown, Report.Document.Format);
    }

    [Fact]
    public void Tables_AreRecognizedByCatalogId()
    {
        var ids = GeneralTableIds(Report);
        Assert.Equal(
        [
            "budget_income_expenditure_total", "budget_income_expenditure_total", "budget_income_total", "budget_expenditure_total",
            "budget_fiscal_total", "budget_fiscal_total", "budget_general_expenditure", "budget_basic_by_economic",
            "budget_gov_fund_income", "budget_gov_fund_expenditure", "budget_state_capital", "budget_state_capital",
            "budget_three_public", "budget_agency_running_cost", "budget_project_expenditure", "budget_project_carryover",
        ], ids.Take(16));
        Assert.Equal(21, ids.Count(id => id == "perf_target")); // the 21 project target tables (guide §3.3)
        Assert.True(Report.Tables.Single(t => t.CatalogId == "budget_three_public").IsKnownEmpty); // 注：本表无数据, line 412
        Assert.Equal("部门公开表9", Report.Tables.First(t => t.CatalogId == "budget_state_capital").PrintedNumber); // numbering varies
    }

    [Fact]
    public void NumericCells_AreCounted() => Assert.Equal(427, NumericCells(Report));

    [Fact]
    public void Values_MatchTheDocument()
    {
        Report.AssertNumber("budget_income_expenditure_total", "一、一般公共预算", "收入 / 2024年", "7747.51", 71);
        Report.AssertNumber("budget_income_expenditure_total", "十六、商业服务业等支出", "支出 / 上年结转安排", "600.32", 86);
        Report.AssertNumber("budget_income_expenditure_total", "本年支出合计", "支出 / 2024年合计", "8909.83", 105);
        Report.AssertNumber("budget_income_expenditure_total", "上年结转", "收入 / 2024年", "600.32", 106);
        Report.AssertNumber("budget_income_total", "合计", "上年结转", "600.32", 118);
        Report.AssertNumber("budget_income_total", "2120804", "本年收入 / 政府性基金", "500.00", 143); // continues after a page break
        Report.AssertNumber("budget_income_total", "2160299", "上年结转", "200.32", 148);
        Report.AssertKind("budget_income_total", "2160299", "本年收入 / 合计", CellValueKind.Blank, 148);
        Report.AssertNumber("budget_expenditure_total", "合计", "2024年预算数 / 项目支出", "7767.57", 169);
        Report.AssertNumber("budget_expenditure_total", "2230105", "2024年预算数 / 项目支出", "62.00", 209);
        Report.AssertNumber("budget_fiscal_total", "本年支出合计", "支出 / 金额 / 一般公共预算", "8347.83", 255);
        Report.AssertNumber("budget_fiscal_total", "上年财政拨款结转", "收入 / 金额", "600.32", 256);
        Report.AssertKind("budget_general_expenditure", "21208", "2024年预算数 / 合计", CellValueKind.Blank, 293); // template row left blank
        Report.AssertNumber("budget_basic_by_economic", "合计", "2024年预算数 / 人员经费", "1028.00", 319);
        Report.AssertNumber("budget_basic_by_economic", "工资福利支出", "2024年预算数 / 合计", "888.93", 320);
        Report.AssertNumber("budget_basic_by_economic", "劳务费", "2024年预算数 / 公用经费", "10.00", 340);
        Report.AssertNumber("budget_gov_fund_income", "1030148", "政府性基金收入预算", "500.00", 362); // a 收入分类 code
        Report.AssertNumber("budget_gov_fund_expenditure", "2120804", "项目支出", "500.00", 375);
        Report.AssertNumber("budget_state_capital", "223", "国有资本经营预算收入 / 国有资本经营收入预算", "62.00", 390);
        Report.AssertNumber("budget_state_capital", "2230105", "国有资本经营预算支出 / 项目支出", "62.00", 392);
        Report.AssertNumber("budget_agency_running_cost", "部门合计", "2024预算数 / 合计", "114.27", 423);
        Report.AssertNumber("budget_project_expenditure", "2023年度泽州县重点产业链技术改造专项资金", "合计", "5000.00", 450);
        Report.AssertNumber("budget_project_carryover", "2023年度市级乡村e镇专项资金", "合计", "124.32", 473);
    }

    [Fact]
    public void Findings_ArePinned()
    {
        Assert.Equal(
        [
            // 收入总表: Σ类 = 8,309.52 / 7,747.52 vs printed 8,309.51 / 7,747.51 (line 118; guide §3.1).
            "info sum.total_equals_classes L118 printed 8309.51 expected 8309.52",
            "info sum.total_equals_classes L118 printed 7747.51 expected 7747.52",
            // 支出总表: 8,909.84 vs 8,909.83 and basic 1,142.27 vs 1,142.26 (line 169; guide §3.1); the same in the 一般公共预算 table.
            "info sum.total_equals_classes L169 printed 8909.83 expected 8909.84",
            "info sum.total_equals_classes L169 printed 1142.26 expected 1142.27",
            "info sum.total_equals_classes L272 printed 7747.51 expected 7747.52",
            "info sum.total_equals_classes L272 printed 1142.26 expected 1142.27",
            // 工资福利支出 888.93 vs Σ11 items 888.95: 0.02, within 0.005·12 (lines 320–331; guide §3.1).
            "info sum.named_subtotals L320 printed 888.93 expected 888.95",
            "info sum.named_subtotals L320 printed 888.93 expected 888.95",
            // 人员经费 1,028.00 vs 888.93 + 139.06 = 1,027.99 (line 319).
            "info sum.named_subtotals L319 printed 1028.00 expected 1027.99",
            // 1,028.00 + 114.27 = 1,142.27 vs 1,142.26 (line 319; guide §3.1).
            "info sum.personnel_plus_operating L319 printed 1142.26 expected 1142.27",
            // 收支总表 and 财政拨款收支总表: Σ类 rows one cent above 本年支出合计 (lines 105, 255; guide §3.1).
            "info total.current_expenditure L105 printed 8909.83 expected 8909.84",
            "info total.current_expenditure L105 printed 8309.51 expected 8309.52",
            "info total.current_expenditure L255 printed 8909.83 expected 8909.84",
            "info total.current_expenditure L255 printed 8347.83 expected 8347.84",
        ], TableFindings(_parsed));
    }
}
