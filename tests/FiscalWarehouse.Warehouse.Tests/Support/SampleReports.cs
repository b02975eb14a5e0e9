using System.Globalization;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Warehouse.Tests.Support.ReportBuilder;

namespace FiscalWarehouse.Warehouse.Tests.Support;

/// <summary>
/// Hand-built reports shaped like the samples (figures from seed 000: 支出决算表 合计 218.23 = 184.25 + 33.98,
/// 年初预算 198.55, 执行率 109.91%), until end-to-end tests run on the real parser.
/// </summary>
public static class SampleReports
{
    public static ReportBuilder GaopingFinal(string total = "218.23") =>
        new ReportBuilder("shanxi-gaoping-industry-service-center-2023-unit-final.txt", "高平市工业和信息化事务服务中心", 2023, ReportKind.Unit, ReportPhase.FinalAccount)
            .Table("final_03_expenditure", "支出决算表", AmountUnit.TenThousandYuan,
                [Column("本年支出合计", expense: Meanings.ExpenseType.Total), Column("基本支出", expense: Meanings.ExpenseType.Basic), Column("项目支出", expense: Meanings.ExpenseType.Project)],
                Row(null, "合计", total, "184.25", "33.98"),
                Row("201", "一般公共服务支出", "195.17", "161.19", "33.98"),
                Row("20101", "人大事务", "195.17", "161.19", "33.98"),
                Row("2010101", "行政运行", "195.17", "161.19", "33.98"),
                Row("208", "社会保障和就业支出", "14.54", "14.54", ""),
                Row("221", "住房保障支出", "8.52", "8.52", null))
            .Table("final_05_general_budget_expenditure", "一般公共预算财政拨款支出决算表", AmountUnit.TenThousandYuan,
                [Column("本年支出 / 小计", expense: Meanings.ExpenseType.Total), Column("本年支出 / 基本支出", expense: Meanings.ExpenseType.Basic), Column("本年支出 / 项目支出", expense: Meanings.ExpenseType.Project)],
                Row(null, "合计", total, "184.25", "33.98"),
                Row("201", "一般公共服务支出", "195.17", "161.19", "33.98"),
                Row("208", "社会保障和就业支出", "14.54", "14.54", ""),
                Row("221", "住房保障支出", "8.52", "8.52", ""))
            .Table("final_06_basic_economic", "一般公共预算财政拨款基本支出决算明细表", AmountUnit.TenThousandYuan,
                [Column("决算数")],
                Row("301", "工资福利支出", "166.05"),
                Row("30101", "基本工资", "60.12"),
                Row("302", "商品和服务支出", "12.85"),
                Row("30231", "公务用车运行维护费", "——"),
                Row("303", "对个人和家庭的补助", "5.35"))
            .Table("final_09_three_public", "财政拨款“三公”经费支出决算表", AmountUnit.TenThousandYuan,
                [Column("预算数 / 合计", Meanings.Measure.AdjustedBudget, part: Meanings.ThreePublicPart.Total), Column("决算数 / 合计", Meanings.Measure.FinalAccount, part: Meanings.ThreePublicPart.Total),
                 Column("决算数 / 公务接待费", Meanings.Measure.FinalAccount, part: Meanings.ThreePublicPart.Reception)],
                Row(null, "", "0.00", "0.00", ""))
            .Table("final_01_summary", "收入支出决算总表", AmountUnit.TenThousandYuan,
                [Column("支出 / 金额", block: Meanings.Block.Expenditure)],
                Row(null, "一、一般公共服务支出", "195.17"),
                Row(null, "十四、资源勘探工业信息等支出", ""),
                Row(null, "本年支出合计", total))
            .Table("perf_self_evaluation", "项目支出绩效自评表", AmountUnit.TenThousandYuan,
                [Column("全年预算数", Meanings.Measure.AdjustedBudget), Column("全年执行数", Meanings.Measure.FinalAccount), Column("执行率", Meanings.Measure.ExecutionRate), Column("得分", Meanings.Measure.Score)],
                Row(null, "年度资金总额", "680", "649.625", "95.53%", "9.55"))
            .Narrative(NarrativeTopics.GeneralBudgetExpenditure, Meanings.Measure.InitialBudget, "198.55", AmountUnit.TenThousandYuan)
            .Narrative(NarrativeTopics.GeneralBudgetExpenditure, Meanings.Measure.FinalAccount, total, AmountUnit.TenThousandYuan)
            .Narrative(NarrativeTopics.GeneralBudgetExpenditure, Meanings.Measure.ExecutionRate, "109.91", AmountUnit.Percent)
            .Finding("narrative.change_rate", Severity.Error, "final_01_summary", 1.72m, 1.71m);

    /// <summary>Cells per <see cref="GaopingFinal"/> report: every table cell plus the narrative figures.</summary>
    public const int GaopingFacts = 18 + 12 + 5 + 3 + 3 + 4 + 3;

    /// <summary>A bigger report for crash tests: many tables and rows, distinct per <paramref name="index"/>.</summary>
    public static ParsedReport Bulk(int index, int tables = 30, int rows = 60)
    {
        var builder = new ReportBuilder($"bulk-{index}.txt", $"泽州县测试单位{index}", 2024, ReportKind.Department, ReportPhase.Budget);
        for (var t = 0; t < tables; t++)
        {
            var lines = new List<(string?, string, RowKind, string?[])>();
            for (var r = 0; r < rows; r++)
            {
                var code = "2" + (10 + t).ToString(CultureInfo.InvariantCulture) + (10 + r % 90).ToString(CultureInfo.InvariantCulture);
                lines.Add(Row(code, $"科目{t}-{r}", (index + t + r).ToString(CultureInfo.InvariantCulture) + ".25", r % 7 == 0 ? null : "1.05", "——"));
            }

            builder.Table($"budget_expenditure_{t}", $"支出预算表{t}", AmountUnit.TenThousandYuan,
                [Column("合计", expense: Meanings.ExpenseType.Total), Column("基本支出", expense: Meanings.ExpenseType.Basic), Column("项目支出", expense: Meanings.ExpenseType.Project)],
                [.. lines]);
        }

        return builder.Build();
    }

    public static int BulkFacts(int tables = 30, int rows = 60) => tables * rows * 3;
}
