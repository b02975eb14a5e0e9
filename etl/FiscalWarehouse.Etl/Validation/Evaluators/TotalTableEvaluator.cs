using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>
/// 总表 identities on each side (fiscal-reports.md §3.1): 本年收入/支出合计 = Σ the ordinal rows above it; 总计 = 本年合计
/// + the carry-over rows between them; income 总计 = expenditure 总计.
/// </summary>
internal sealed class TotalTableEvaluator : IRuleEvaluator
{
    public IReadOnlyCollection<string> RuleIds { get; } = ["total.current_income", "total.current_expenditure", "total.grand_total", "total.balance"];

    public void Evaluate(RuleDefinition rule, RuleContext context)
    {
        foreach (var group in context.Tables(rule).GroupBy(t => t.CatalogId, StringComparer.Ordinal))
        {
            var income = group.FirstOrDefault(t => t.Columns.Any(c => c.Meaning.Block == Meanings.Block.Income));
            var expenditure = group.FirstOrDefault(t => t.Columns.Any(c => c.Meaning.Block == Meanings.Block.Expenditure));
            switch (rule.Id)
            {
                case "total.current_income" when income is not null:
                    CheckCurrent(rule, context, income, "本年收入合计");
                    break;
                case "total.current_expenditure" when expenditure is not null:
                    CheckCurrent(rule, context, expenditure, "本年支出合计");
                    break;
                case "total.grand_total":
                    foreach (var side in new[] { income, expenditure })
                    {
                        if (side is not null)
                        {
                            CheckGrand(rule, context, side);
                        }
                    }

                    break;
                case "total.balance" when income is not null && expenditure is not null:
                    var a = GrandRow(income);
                    var b = GrandRow(expenditure);
                    if (a is not null && b is not null && RuleContext.Number(RuleContext.Cell(b, 0)) is { } bv)
                    {
                        context.Compare(rule, expenditure.CatalogId, b.Label, RuleContext.SourceOf(b, 0), bv,
                            RuleContext.Number(RuleContext.Cell(a, 0)) ?? 0m, 1, expenditure.Unit, income.Unit,
                            $"expenditure 总计 = income 总计 (line {a.Source.LineLabel})");
                    }

                    break;
            }
        }
    }

    private static void CheckCurrent(RuleDefinition rule, RuleContext context, ReportTable table, string label)
    {
        var keys = context.LabelKeys(table);
        var index = Array.IndexOf(keys, label);
        if (index < 0)
        {
            return;
        }

        var current = table.Rows[index];
        var parts = table.Rows.Take(index).Where((_, i) => TableQueries.StartsWithOrdinal(keys[i])).ToList();
        if (parts.Count == 0)
        {
            return;
        }

        context.CheckSumsOfRows(rule, table, current, context.NumericColumns(table), parts, $"{label} = Σ {parts.Count} rows above it");
    }

    private static TableRow? GrandRow(ReportTable table) =>
        table.Rows.LastOrDefault(r => TableQueries.Key(r.Label) is "总计" or "收入总计" or "支出总计");

    private static void CheckGrand(RuleDefinition rule, RuleContext context, ReportTable table)
    {
        var rows = table.Rows.ToList();
        var grand = GrandRow(table);
        var currentIndex = rows.FindIndex(r => TableQueries.Key(r.Label) is "本年收入合计" or "本年支出合计");
        if (grand is null || currentIndex < 0)
        {
            return;
        }

        var grandIndex = rows.IndexOf(grand);
        var parts = new List<TableRow> { rows[currentIndex] };
        parts.AddRange(rows.Skip(currentIndex + 1).Take(Math.Max(0, grandIndex - currentIndex - 1))
            .Where(r => TableQueries.Key(r.Label) is var k && (k.Contains("结转", StringComparison.Ordinal) || k.Contains("结余", StringComparison.Ordinal))));
        context.CheckSumsOfRows(rule, table, grand, context.NumericColumns(table), parts, $"{grand.Label} = {string.Join(" + ", parts.Select(p => p.Label))}");
    }
}
