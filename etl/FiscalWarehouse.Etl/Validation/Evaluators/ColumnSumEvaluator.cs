using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>
/// Row by row, a 合计/小计 column equals the columns under the same header parent (nested 小计 excluded so nothing is
/// counted twice). Which rule a check belongs to follows from the parts' meanings: 基本/项目 → sum.basic_plus_project,
/// 人员/公用 → sum.personnel_plus_operating, a 三公 table → three_public.parts, anything else → sum.columns.
/// </summary>
internal sealed class ColumnSumEvaluator : IRuleEvaluator
{
    public IReadOnlyCollection<string> RuleIds { get; } = ["sum.basic_plus_project", "sum.personnel_plus_operating", "sum.columns", "three_public.parts"];

    public void Evaluate(RuleDefinition rule, RuleContext context)
    {
        if (rule.Id == "three_public.parts")
        {
            foreach (var table in context.Tables(rule).Where(t => t.CatalogId == "budget_three_public"))
            {
                ThreePublicEvaluator.CheckTransposed(rule, context, table);
            }
        }

        foreach (var table in context.Tables(rule))
        {
            // The sums of a table and the rule each belongs to are worked out once for the four rule ids.
            var sums = context.PerTable(table, nameof(ColumnSumEvaluator), static (c, t) => Sums(t, c.NumericColumns(t)));
            foreach (var sum in sums)
            {
                if (sum.Rule != rule.Id)
                {
                    continue;
                }

                foreach (var row in Items.Of(table.Rows))
                {
                    context.CheckSumOfColumns(rule, table, row, sum.Total, sum.Parts, sum.What);
                }
            }
        }
    }

    private sealed record ColumnSum(int Total, List<int> Parts, string Rule, string What);

    private static List<ColumnSum> Sums(ReportTable table, IReadOnlyList<int> numericColumns)
    {
        var sums = new List<ColumnSum>();
        var numeric = numericColumns.ToHashSet();
        for (var t = 0; t < table.Columns.Count; t++)
        {
            var total = table.Columns[t];
            if (!numeric.Contains(t) || !(TableQueries.IsTotalLeaf(TableQueries.Leaf(total)) || total.Meaning.ExpenseType == ExpenseType.Total))
            {
                continue;
            }

            // A loop, not a query whose lambda captures the total: one closure per total column of every table.
            var prefix = Math.Max(0, total.HeaderPath.Count - 1);
            var parts = new List<int>();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var column = table.Columns[c];
                if (c != t && numeric.Contains(c)
                    && column.HeaderPath.Count > prefix
                    && HeaderPaths.SamePrefix(column.HeaderPath, total.HeaderPath, prefix)
                    && !TableQueries.IsTotalLeaf(TableQueries.Leaf(column))
                    && column.Meaning.ExpenseType != ExpenseType.Total
                    && column.Meaning.Block == total.Meaning.Block)
                {
                    parts.Add(c);
                }
            }

            if (parts.Count < 2)
            {
                continue;
            }

            var names = string.Join(" + ", parts.Select(c => TableQueries.Leaf(table.Columns[c])));
            sums.Add(new ColumnSum(t, parts, RuleFor(table, parts), $"{TableQueries.Leaf(total)} = {names}"));
        }

        return sums;
    }

    private static string RuleFor(ReportTable table, List<int> parts)
    {
        if (table.CatalogId.Contains("three_public", StringComparison.Ordinal) && parts.Any(c => table.Columns[c].Meaning.Part is not null))
        {
            return "three_public.parts";
        }

        var types = parts.Select(c => table.Columns[c].Meaning.ExpenseType).ToHashSet();
        if (types.Contains(ExpenseType.Basic) || types.Contains(ExpenseType.Project))
        {
            return "sum.basic_plus_project";
        }

        return types.Contains(ExpenseType.Personnel) || types.Contains(ExpenseType.Operating) ? "sum.personnel_plus_operating" : "sum.columns";
    }
}
