using FiscalWarehouse.Generator.Defects;

namespace FiscalWarehouse.Generator.Tests;

/// <summary>Every accounting identity of fiscal-reports.md §3 holds exactly in the truth of reports without planted defects.</summary>
public sealed class IdentityTests(SmallCorpus corpus) : IClassFixture<SmallCorpus>
{
    private static readonly string[] ByCodeTables =
    [
        "final_income", "final_expenditure", "final_general_budget_expenditure", "final_gov_fund", "final_state_capital",
        "budget_income_total", "budget_expenditure_total", "budget_general_expenditure", "budget_gov_fund_expenditure",
    ];

    private IEnumerable<GeneratedReport> Consistent => corpus.Reports.Where(r => !r.Defects.Any(d => d.Kind is DefectKind.WrongTotal or DefectKind.ItemSum or DefectKind.ThreePublicParts or DefectKind.Truncated));

    [Fact]
    public void ByCodeTables_TotalEqualsClasses_ClassEqualsSections_SectionEqualsItems()
    {
        var checkedSums = 0;
        foreach (var report in Consistent)
        {
            var view = new FactView(report.Facts);
            foreach (var table in ByCodeTables.Where(view.Has))
            {
                var rows = view.Rows(table).ToList();
                foreach (var column in view.Columns(table))
                {
                    var total = rows.Single(r => r.Label == "合计");
                    Assert.Equal(view.At(table, total.Line, column), rows.Where(r => r.Code.Length == 3).Sum(r => view.At(table, r.Line, column)));
                    foreach (var parent in rows.Where(r => r.Code.Length is 3 or 5))
                    {
                        var children = rows.Where(r => r.Code.Length == parent.Code.Length + 2 && r.Code.StartsWith(parent.Code, StringComparison.Ordinal));
                        Assert.Equal(view.At(table, parent.Line, column), children.Sum(r => view.At(table, r.Line, column)));
                        checkedSums++;
                    }
                }
            }
        }

        Assert.True(checkedSums > 500, $"only {checkedSums} sums checked");
    }

    [Fact]
    public void ExpenditureTables_BasicPlusProjectEqualsTotal()
    {
        foreach (var report in Consistent)
        {
            var view = new FactView(report.Facts);
            foreach (var table in new[] { "final_expenditure", "final_general_budget_expenditure", "budget_expenditure_total", "budget_general_expenditure" }.Where(view.Has))
            {
                var columns = view.Columns(table).ToList();
                var basic = columns.Single(c => c.EndsWith("基本支出", StringComparison.Ordinal));
                var project = columns.Single(c => c.EndsWith("项目支出", StringComparison.Ordinal));
                var total = columns[0];
                foreach (var row in view.Rows(table))
                {
                    Assert.Equal(view.At(table, row.Line, total), view.At(table, row.Line, basic) + view.At(table, row.Line, project));
                }
            }
        }
    }

    [Fact]
    public void FinalAccounts_CrossTableIdentitiesHold()
    {
        var finals = Consistent.Where(r => r.Phase == "决算").ToList();
        Assert.NotEmpty(finals);
        foreach (var report in finals)
        {
            var v = new FactView(report.Facts);
            // 01 总计 balances; 01 ↔ 02 ↔ 03 (seed 001, lines 167, 184, 254).
            Assert.Equal(v.Value("final_income_expenditure_total", "总计", "收入 / 金额"), v.Value("final_income_expenditure_total", "总计", "支出 / 金额"));
            Assert.Equal(v.Value("final_income_expenditure_total", "本年收入合计", "收入 / 金额"), v.Value("final_income", "合计", "本年收入合计"));
            Assert.Equal(v.Value("final_income_expenditure_total", "本年支出合计", "支出 / 金额"), v.Value("final_expenditure", "合计", "本年支出合计"));
            // 04 一般公共预算 = 05 合计; 06 人员 + 公用 = 05 基本 (seed 001, lines 351, 373, 469).
            Assert.Equal(v.Value("final_fiscal_total", "本年支出合计", "一般公共预算财政拨款"), v.Value("final_general_budget_expenditure", "合计", "小计"));
            Assert.Equal(v.Value("final_general_budget_expenditure", "合计", "基本支出"), v.Value("final_basic_expenditure_detail", "人员经费合计", "决算数") + v.Value("final_basic_expenditure_detail", "公用经费合计", "决算数"));
            Assert.Equal(v.Value("final_basic_expenditure_detail", "人员经费合计", "决算数"), v.Value("final_basic_expenditure_detail", "工资福利支出", "决算数") + v.Value("final_basic_expenditure_detail", "对个人和家庭的补助", "决算数"));
            if (v.Has("final_three_public"))
            {
                foreach (var side in new[] { "预算数", "决算数" })
                {
                    var parts = v.Value("final_three_public", "合计", $"{side} / 因公出国（境）费") + v.Value("final_three_public", "合计", $"{side} / 公务用车购置及运行维护费 / 小计") + v.Value("final_three_public", "合计", $"{side} / 公务接待费");
                    Assert.Equal(v.Value("final_three_public", "合计", $"{side} / 合计"), parts);
                    Assert.Equal(v.Value("final_three_public", "合计", $"{side} / 公务用车购置及运行维护费 / 小计"),
                        v.Value("final_three_public", "合计", $"{side} / 公务用车购置及运行维护费 / 公务用车购置费") + v.Value("final_three_public", "合计", $"{side} / 公务用车购置及运行维护费 / 公务用车运行维护费"));
                }
            }
        }
    }

    [Fact]
    public void Budgets_SummaryProjectsAndEconomicTablesAgree()
    {
        var budgets = Consistent.Where(r => r.Phase == "预算").ToList();
        Assert.NotEmpty(budgets);
        foreach (var report in budgets)
        {
            var v = new FactView(report.Facts);
            var total = v.Value("budget_expenditure_total", "合计", "合计");
            Assert.Equal(total, v.Value("budget_income_expenditure_total", "本年支出合计", "合计"));
            Assert.Equal(v.Value("budget_income_expenditure_total", "收入总计", $"{report.Year}年"), v.Value("budget_income_expenditure_total", "支出总计", "合计"));
            Assert.Equal(v.Value("budget_general_expenditure", "合计", "基本支出"), v.Value("budget_basic_by_economic", "合计", "合计"));
            Assert.Equal(v.Value("budget_basic_by_economic", "合计", "合计"), v.Value("budget_basic_by_economic", "合计", "人员经费") + v.Value("budget_basic_by_economic", "合计", "公用经费"));
            if (v.Has("budget_project_expenditure"))
            {
                var projects = v.Rows("budget_project_expenditure").Where(r => r.Label != report.Unit).Sum(r => v.At("budget_project_expenditure", r.Line, "合计"));
                Assert.Equal(v.Value("budget_expenditure_total", "合计", "项目支出"), projects);
            }
        }
    }

    [Fact]
    public void ExecutionRate_InitialBudgetIsTheBudgetReportsGeneralTotal()
    {
        var compared = 0;
        foreach (var final in corpus.Reports.Where(r => r.ExecutionRate is not null))
        {
            var budget = corpus.Reports.FirstOrDefault(r => r.Unit == final.Unit && r.Year == final.Year && r.Phase == "预算" && r.Defects.Count == 0);
            if (budget is null)
            {
                continue;
            }

            var printed = new FactView(budget.Facts).Value("budget_general_expenditure", "合计", "合计");
            Assert.Equal(final.ExecutionRate!.InitialBudgetYuan, budget.Style.Yuan ? printed : printed * 10_000m);
            compared++;
        }

        Assert.True(compared > 5, $"only {compared} budget/final pairs");
    }
}
