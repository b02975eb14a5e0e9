using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Etl.Tests.Samples.SampleReports;

namespace FiscalWarehouse.Etl.Tests.Samples;

/// <summary>Seed 001: 襄垣县工业和信息化局, 部门决算 2023 with 19 绩效自评表, TSV with thousands separators.</summary>
public sealed class Seed001XiangyuanTests
{
    private readonly ParsedReport _parsed = Parse(Seed001);

    private Report Report => _parsed.Report;

    [Fact]
    public void Header_IsReadFromTheCover()
    {
        Assert.Equal("襄垣县工业和信息化局", Report.UnitName);
        Assert.Equal("襄垣县", Report.RegionName);
        Assert.Equal(2023, Report.Year);
        Assert.Equal(ReportKind.Department, Report.Kind);
        Assert.Equal(ReportPhase.FinalAccount, Report.Phase);
    }

    [Fact]
    public void Tables_AreRecognizedByCatalogId()
    {
        var ids = GeneralTableIds(Report);
        Assert.Equal(
        [
            "final_income_expenditure_total", "final_income_expenditure_total", "final_income", "final_expenditure",
            "final_fiscal_total", "final_fiscal_total", "final_general_budget_expenditure", "final_basic_expenditure_detail",
            "final_gov_fund", "final_state_capital", "final_three_public", "final_disclosure_stats",
        ], ids.Take(12));
        // 19 project self-evaluations (涉及二级项目19个, line 693), including truncated titles such as line 717's "…项目支出".
        Assert.Equal(19, ids.Count(id => id == "perf_self_evaluation"));
        Assert.Equal(31, ids.Length);
    }

    [Fact]
    public void NumericCells_AreCounted() => Assert.Equal(441, NumericCells(Report));

    [Fact]
    public void Values_MatchTheDocument()
    {
        Report.AssertNumber("final_income_expenditure_total", "一、一般公共预算财政拨款收入", "收入 / 金额", "5,924.67", 136);
        Report.AssertNumber("final_income_expenditure_total", "二、政府性基金预算财政拨款收入", "收入 / 金额", "73.44", 137);
        Report.AssertNumber("final_income_expenditure_total", "本年收入合计", "收入 / 金额", "6,184.34", 163);
        Report.AssertNumber("final_income_expenditure_total", "本年支出合计", "支出 / 金额", "6,057.54", 163);
        Report.AssertNumber("final_income_expenditure_total", "年初结转和结余", "收入 / 金额", "364.35", 165);
        Report.AssertNumber("final_income_expenditure_total", "年末结转和结余", "支出 / 金额", "491.14", 165);
        Report.AssertNumber("final_income_expenditure_total", "总计", "支出 / 金额", "6,548.68", 167);
        Report.AssertNumber("final_income", "合计", "财政拨款收入", "5,998.11", 184);
        Report.AssertNumber("final_income", "合计", "其他收入", "186.23", 184);
        Report.AssertNumber("final_income", "20805", "本年收入合计", "246.64", 197);
        Report.AssertNumber("final_income", "2101101", "财政拨款收入", "15.51", 210);
        Report.AssertNumber("final_income", "215", "本年收入合计", "2,030.48", 222);
        Report.AssertNumber("final_expenditure", "合计", "基本支出", "865.41", 254);
        Report.AssertNumber("final_expenditure", "215", "本年支出合计", "1,903.68", 292);
        Report.AssertNumber("final_expenditure", "21599", "基本支出", "257.31", 299);
        Report.AssertNumber("final_fiscal_total", "本年支出合计", "支出 / 政府性基金预算财政拨款", "73.44", 351);
        Report.AssertNumber("final_general_budget_expenditure", "合计", "本年支出 / 基本支出", "805.97", 373);
        Report.AssertNumber("final_general_budget_expenditure", "21599", "本年支出 / 基本支出", "197.87", 416);
        Report.AssertNumber("final_basic_expenditure_detail", "301", "人员经费 / 决算数", "690.34", 440);
        Report.AssertNumber("final_basic_expenditure_detail", "30239", "公用经费 / 决算数", "21.11", 466);
        Report.AssertKind("final_basic_expenditure_detail", "30311", "人员经费 / 决算数", CellValueKind.Blank, 466);
        Report.AssertNumber("final_basic_expenditure_detail", "人员经费合计", "人员经费 / 决算数", "728.17", 469);
        Report.AssertNumber("final_basic_expenditure_detail", "公用经费合计", "公用经费 / 决算数", "77.80", 469);
        Report.AssertNumber("final_disclosure_stats", "(一) 行政单位", "统计数", "48.62", 549);
        Report.AssertNumber("final_disclosure_stats", "(二) 参照公务员法管理事业单位", "统计数", "29.18", 550);
    }

    [Fact]
    public void Findings_ArePinned()
    {
        Assert.Equal(
        [
            // 03 项目支出: Σ9 类 = 5,192.14 vs 合计 5,192.13 (line 254), one cent of rounding.
            "info sum.total_equals_classes L254 printed 5192.13 expected 5192.14",
            // 05 basic and project totals are each one cent below the sum of their 类 rows (line 373).
            "info sum.total_equals_classes L373 printed 805.97 expected 805.98",
            "info sum.total_equals_classes L373 printed 5118.69 expected 5118.70",
            // 210 prints 31.07 but 1.66 + 29.42 = 31.08, in 02 (line 206), 03 (276) and 05 (395): the guide's rounding example.
            "info sum.class_equals_sections L206 printed 31.07 expected 31.08",
            "info sum.class_equals_sections L206 printed 31.07 expected 31.08",
            // 215 in 02: 2,030.48 vs Σ款 2,030.47, and its 财政拨款 column 1,844.25 vs 1,844.24 (line 222).
            "info sum.class_equals_sections L222 printed 2030.48 expected 2030.47",
            "info sum.class_equals_sections L222 printed 1844.25 expected 1844.24",
            "info sum.class_equals_sections L276 printed 31.07 expected 31.08",
            "info sum.class_equals_sections L395 printed 31.07 expected 31.08",
            // 215 in 05 (line 408): 1,844.25 and its basic 337.15 are one cent above their 款.
            "info sum.class_equals_sections L408 printed 1844.25 expected 1844.24",
            "info sum.class_equals_sections L408 printed 337.15 expected 337.14",
            // 06 economic 类 301 and 302 against their 款 (line 440).
            "info sum.class_equals_sections L440 printed 690.34 expected 690.33",
            "info sum.class_equals_sections L440 printed 77.80 expected 77.79",
            // 20805 246.64 vs Σ项 246.65 (line 197; guide §3.1), repeated in 03 (267) and 05 (386).
            "info sum.section_equals_items L197 printed 246.64 expected 246.65",
            "info sum.section_equals_items L197 printed 246.64 expected 246.65",
            "info sum.section_equals_items L203 printed 21.94 expected 21.95",
            "info sum.section_equals_items L203 printed 21.94 expected 21.95",
            // 21011 29.42 vs 15.51 + 13.90 = 29.41 (lines 209–211; guide §3.1).
            "info sum.section_equals_items L209 printed 29.42 expected 29.41",
            "info sum.section_equals_items L209 printed 29.42 expected 29.41",
            "info sum.section_equals_items L267 printed 246.64 expected 246.65",
            "info sum.section_equals_items L267 printed 124.64 expected 124.63",
            "info sum.section_equals_items L273 printed 21.94 expected 21.95",
            "info sum.section_equals_items L273 printed 21.94 expected 21.95",
            "info sum.section_equals_items L279 printed 29.42 expected 29.41",
            "info sum.section_equals_items L279 printed 29.42 expected 29.41",
            "info sum.section_equals_items L386 printed 246.64 expected 246.65",
            "info sum.section_equals_items L386 printed 124.64 expected 124.63",
            "info sum.section_equals_items L392 printed 21.94 expected 21.95",
            "info sum.section_equals_items L392 printed 21.94 expected 21.95",
            "info sum.section_equals_items L398 printed 29.42 expected 29.41",
            "info sum.section_equals_items L398 printed 29.42 expected 29.41",
            // 基本 + 项目 ≠ 合计 by one cent: 2080506 16.71 + 8.59 = 25.30 vs 25.31 (line 271; guide §3.1) and its neighbours.
            "info sum.basic_plus_project L269 printed 45.29 expected 45.28",
            "info sum.basic_plus_project L271 printed 25.31 expected 25.30",
            "info sum.basic_plus_project L276 printed 31.07 expected 31.08",
            // 05 合计: 805.97 + 5,118.69 = 5,924.66 vs 5,924.67 (line 373; guide §3.1).
            "info sum.basic_plus_project L373 printed 5924.67 expected 5924.66",
            "info sum.basic_plus_project L388 printed 45.29 expected 45.28",
            "info sum.basic_plus_project L390 printed 25.31 expected 25.30",
            "info sum.basic_plus_project L395 printed 31.07 expected 31.08",
            // 01 总计 6,548.68 vs 6,184.34 + 364.35 = 6,548.69 (line 167; guide §3.1).
            "info total.grand_total L167 printed 6548.68 expected 6548.69",
        ], TableFindings(_parsed));
    }
}
