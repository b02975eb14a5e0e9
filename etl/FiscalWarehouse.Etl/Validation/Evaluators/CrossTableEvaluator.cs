using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>
/// The same figure agrees across tables (fiscal-reports.md §3.2–3.3): 总表 ↔ 收入表 ↔ 支出表 ↔ 财政拨款 tables ↔ 基本支出明细.
/// Each check reads its figures by row label and column meaning, so it works whatever the tables' numbering or layout.
/// </summary>
internal sealed class CrossTableEvaluator : IRuleEvaluator
{
    public IReadOnlyCollection<string> RuleIds { get; } =
        ["cross.income_total", "cross.expenditure_total", "cross.fiscal_income", "cross.general_budget", "cross.gov_fund", "cross.basic_detail", "cross.general_within_all_funds"];

    public void Evaluate(RuleDefinition rule, RuleContext context)
    {
        var final = context.Report.Phase != ReportPhase.Budget;
        var p = final ? "final_" : "budget_";
        var overview = p + "income_expenditure_total";
        switch (rule.Id)
        {
            case "cross.income_total":
                Same(rule, context, Labeled(context, overview, Block.Income, "本年收入合计", 0),
                    TotalOf(context, final ? "final_income" : "budget_income_total", t => TableQueries.TotalColumn(t)), "本年收入合计 in the 收入 table");
                break;
            case "cross.expenditure_total":
                Same(rule, context, Labeled(context, overview, Block.Expenditure, "本年支出合计", 0),
                    TotalOf(context, final ? "final_expenditure" : "budget_expenditure_total", t => TableQueries.TotalColumn(t)), "合计 in the 支出 table");
                break;
            case "cross.fiscal_income" when final:
                var income = TotalOf(context, "final_income", t => TableQueries.Column(t, c => c.Meaning.FundSource == FundSource.FiscalAppropriation));
                Same(rule, context, income, SumLabeled(context, overview, Block.Income, k => k.Contains("财政拨款收入", StringComparison.Ordinal)), "Σ 财政拨款 income rows of the 总表");
                Same(rule, context, income, Labeled(context, "final_fiscal_total", Block.Income, "本年收入合计", 0), "本年收入合计 of the 财政拨款总表");
                break;
            case "cross.general_budget":
                var general = TotalOf(context, p + (final ? "general_budget_expenditure" : "general_expenditure"), t => TableQueries.TotalColumn(t));
                Same(rule, context, general, final
                    ? Labeled(context, "final_fiscal_total", Block.Expenditure, "本年支出合计", FundColumn(context, "final_fiscal_total", FundSource.GeneralBudget))
                    : SumLabeled(context, "budget_fiscal_total", Block.Income, k => k == "一、一般公共预算", onlyBeforeCurrent: true), "一般公共预算 in the 财政拨款总表");
                break;
            case "cross.gov_fund":
                var fund = final
                    ? Labeled(context, "final_fiscal_total", Block.Expenditure, "本年支出合计", FundColumn(context, "final_fiscal_total", FundSource.GovernmentFund))
                    : SumLabeled(context, "budget_fiscal_total", Block.Income, k => k == "二、政府性基金预算", onlyBeforeCurrent: true);
                var fundTable = TotalOf(context, final ? "final_gov_fund" : "budget_gov_fund_expenditure",
                    t => TableQueries.Column(t, c => c.Meaning.ExpenseType == ExpenseType.Total));
                Same(rule, context, fundTable, fund, "政府性基金 in the 财政拨款总表");
                break;
            case "cross.basic_detail":
                var basic = TotalOf(context, p + (final ? "general_budget_expenditure" : "general_expenditure"),
                    t => TableQueries.Column(t, c => c.Meaning.ExpenseType == ExpenseType.Basic));
                var detail = final ? FootersOf(context) : TotalOf(context, "budget_basic_by_economic", t => TableQueries.TotalColumn(t));
                Same(rule, context, detail, basic, final ? "基本支出 of the 一般公共预算支出表 (人员经费合计 + 公用经费合计)" : "基本支出 of the 一般公共预算支出表");
                break;
            case "cross.general_within_all_funds" when final:
                WithinAllFunds(rule, context);
                break;
        }
    }

    private static void Same(RuleDefinition rule, RuleContext context, Figure? printed, Figure? expected, string what)
    {
        if (printed is null || expected is null || printed.Value is null)
        {
            return;
        }

        context.Compare(rule, printed.Table.CatalogId, printed.Row, printed.Source, printed.Value, expected.Value ?? 0m, Math.Max(1, expected.Parts),
            printed.Table.Unit, expected.Table.Unit, $"{printed.Describe()} = {what} ({expected.Table.CatalogId}, line {expected.Source.LineLabel})");
    }

    private static Figure? TotalOf(RuleContext context, string id, Func<ReportTable, int> column)
    {
        var table = context.First(id);
        if (table is null)
        {
            return null;
        }

        if (table.IsKnownEmpty)
        {
            return new Figure(table, "本表无数据", 0m, table.Source, 1);
        }

        var row = TableQueries.TotalRow(table);
        var c = column(table);
        return row is null || c < 0 ? null : Figure.Of(table, row, c);
    }

    private static Figure? Labeled(RuleContext context, string id, string block, string label, int column)
    {
        var table = context.First(id, block);
        if (table is null || column < 0)
        {
            return null;
        }

        var row = TableQueries.RowByLabel(table, k => k == label);
        return row is null ? null : Figure.Of(table, row, column);
    }

    private static Figure? SumLabeled(RuleContext context, string id, string block, Func<string, bool> predicate, bool onlyBeforeCurrent = false)
    {
        var table = context.First(id, block);
        if (table is null)
        {
            return null;
        }

        var rows = table.Rows.AsEnumerable();
        if (onlyBeforeCurrent)
        {
            rows = rows.TakeWhile(r => !TableQueries.Key(r.Label).StartsWith("本年", StringComparison.Ordinal));
        }

        var hits = rows.Where(r => predicate(TableQueries.Key(r.Label))).ToList();
        if (hits.Count == 0)
        {
            return null;
        }

        var sum = hits.Sum(r => RuleContext.Number(RuleContext.Cell(r, 0)) ?? 0m);
        return new Figure(table, string.Join(" + ", hits.Select(h => h.Label)), sum, hits[0].Source, hits.Count);
    }

    private static Figure? FootersOf(RuleContext context)
    {
        var table = context.First("final_basic_expenditure_detail");
        if (table is null || table.IsKnownEmpty)
        {
            return null;
        }

        var footers = table.Rows.Where(r => r.Kind == RowKind.Footer).ToList();
        if (footers.Count == 0)
        {
            return null;
        }

        var sum = footers.Sum(f => TableQueries.FirstNumber(f).Value ?? 0m);
        return new Figure(table, string.Join(" + ", footers.Select(f => f.Label)), sum, footers[0].Source, footers.Count);
    }

    private static int FundColumn(RuleContext context, string id, string fund)
    {
        var table = context.First(id, Block.Expenditure);
        return table is null ? -1 : TableQueries.Column(table, c => c.Meaning.FundSource == fund && c.Meaning.Block == Block.Expenditure);
    }

    private static void WithinAllFunds(RuleDefinition rule, RuleContext context)
    {
        var all = context.First("final_expenditure");
        var general = context.First("final_general_budget_expenditure");
        if (all is null || general is null || all.IsKnownEmpty || general.IsKnownEmpty)
        {
            return;
        }

        foreach (var type in new[] { ExpenseType.Total, ExpenseType.Basic, ExpenseType.Project })
        {
            var ca = TableQueries.Column(all, c => c.Meaning.ExpenseType == type);
            var cg = TableQueries.Column(general, c => c.Meaning.ExpenseType == type);
            if (ca < 0 || cg < 0)
            {
                continue;
            }

            foreach (var row in general.Rows.Where(r => r.Code is not null))
            {
                var other = TableQueries.RowByCode(all, row.Code!);
                var g = RuleContext.Number(RuleContext.Cell(row, cg));
                var a = other is null ? null : RuleContext.Number(RuleContext.Cell(other, ca));
                if (g is { } gv && a is { } av && gv > av)
                {
                    context.Compare(rule, general.CatalogId, RuleContext.RowName(row), RuleContext.SourceOf(row, cg), gv, av, 1, general.Unit, all.Unit,
                        $"一般公共预算 {type} of {row.Code} is at most the all-source amount in the 支出决算表 (line {other!.Source.LineLabel})");
                }
            }
        }
    }

    private sealed record Figure(ReportTable Table, string Row, decimal? Value, Model.Documents.SourceRef Source, int Parts)
    {
        public static Figure Of(ReportTable table, TableRow row, int column) =>
            new(table, RuleContext.RowName(row), RuleContext.Number(RuleContext.Cell(row, column)), RuleContext.SourceOf(row, column), 1);

        public string Describe() => $"{Table.CatalogId} '{Row}'";
    }
}
