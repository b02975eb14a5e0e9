using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>
/// Names-only tables: in 基本支出分经济科目表 a subtotal row (工资福利支出 …) leaves the second name column blank and heads
/// the rows under it; 合计 = Σ subtotals. In project tables the unit/合计 row equals the sum of the projects.
/// </summary>
internal sealed class NamedSubtotalEvaluator : IRuleEvaluator
{
    public IReadOnlyCollection<string> RuleIds { get; } = ["sum.named_subtotals", "sum.project_total"];

    public void Evaluate(RuleDefinition rule, RuleContext context)
    {
        foreach (var table in context.Tables(rule))
        {
            if (rule.Id == "sum.project_total")
            {
                CheckProjects(rule, context, table);
            }
            else
            {
                CheckSubtotals(rule, context, table);
            }
        }
    }

    private static void CheckSubtotals(RuleDefinition rule, RuleContext context, ReportTable table)
    {
        var textColumn = Enumerable.Range(0, table.Columns.Count)
            .FirstOrDefault(c => table.Rows.Any(r => RuleContext.Cell(r, c).Kind == CellValueKind.Text), -1);
        if (textColumn < 0)
        {
            return;
        }

        var columns = context.NumericColumns(table).Where(c => c != textColumn).ToList();
        var total = TableQueries.TotalRow(table);
        var heads = new List<(TableRow Head, List<TableRow> Items)>();
        foreach (var row in table.Rows.Where(r => r != total && r.Kind == RowKind.Detail))
        {
            if (RuleContext.Cell(row, textColumn).Kind == CellValueKind.Blank)
            {
                heads.Add((row, []));
            }
            else if (heads.Count > 0)
            {
                heads[^1].Items.Add(row);
            }
        }

        foreach (var (head, items) in heads.Where(h => h.Items.Count > 0))
        {
            context.CheckSumsOfRows(rule, table, head, columns, items, $"subtotal '{head.Label}' = Σ {items.Count} rows under it");
        }

        if (total is not null && heads.Count > 0)
        {
            foreach (var c in columns)
            {
                context.CheckSum(rule, table, total, c, heads.Select(h => RuleContext.Cell(h.Head, c)).ToList(), $"合计 = Σ {heads.Count} subtotals");
            }
        }
    }

    private static void CheckProjects(RuleDefinition rule, RuleContext context, ReportTable table)
    {
        var unit = TableQueries.Key(context.Report.UnitName);
        bool IsTotal(TableRow r) => r.Kind == RowKind.Total || (unit.Length > 0 && TableQueries.Key(r.Label) == unit);
        var totals = table.Rows.Where(IsTotal).ToList();
        var projects = table.Rows.Where(r => !IsTotal(r)).ToList();
        if (totals.Count == 0 || projects.Count == 0)
        {
            return;
        }

        foreach (var total in totals)
        {
            context.CheckSumsOfRows(rule, table, total, context.NumericColumns(table), projects, $"'{total.Label}' = Σ {projects.Count} projects");
        }
    }
}
