using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>执行率 recomputed from its parts (全年执行数 ÷ 全年预算数 × 100) in every row that prints all three.</summary>
internal sealed class ExecutionRateEvaluator : IRuleEvaluator
{
    public IReadOnlyCollection<string> RuleIds { get; } = ["rate.execution_recomputed"];

    public void Evaluate(RuleDefinition rule, RuleContext context)
    {
        foreach (var table in context.Tables(rule))
        {
            var rate = TableQueries.Column(table, c => c.Meaning.Measure == Measure.ExecutionRate);
            var done = TableQueries.Column(table, c => c.Meaning.Measure == Measure.FinalAccount);
            var budget = TableQueries.Column(table, c => c.Meaning.Measure == Measure.AdjustedBudget);
            if (rate < 0 || done < 0 || budget < 0)
            {
                continue;
            }

            foreach (var row in table.Rows)
            {
                var printed = RuleContext.Cell(row, rate);
                if (printed.Kind != CellValueKind.Number || RuleContext.Number(RuleContext.Cell(row, done)) is not { } a
                    || RuleContext.Number(RuleContext.Cell(row, budget)) is not { } b || b == 0)
                {
                    continue;
                }

                context.CompareRate(rule, table.CatalogId, row.Label, RuleContext.SourceOf(row, rate), printed.Number!.Value,
                    RuleContext.Decimals(printed.Printed), a / b * 100m, $"执行率 = {RuleContext.Format(a)} ÷ {RuleContext.Format(b)} × 100");
            }
        }
    }
}
