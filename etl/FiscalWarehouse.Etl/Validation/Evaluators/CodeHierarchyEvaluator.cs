using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>合计 = Σ类, 类 = Σ款, 款 = Σ项 by code prefix (功能分类 3/5/7, 经济分类 3/5), column by column.</summary>
internal sealed class CodeHierarchyEvaluator : IRuleEvaluator
{
    public IReadOnlyCollection<string> RuleIds { get; } = ["sum.total_equals_classes", "sum.class_equals_sections", "sum.section_equals_items"];

    public void Evaluate(RuleDefinition rule, RuleContext context)
    {
        foreach (var table in context.Tables(rule))
        {
            // The coded rows and the levels of a table serve all three rule ids: worked out once per table.
            var hierarchy = context.PerTable(table, nameof(CodeHierarchyEvaluator), static (_, t) => new CodeHierarchy(t));
            if (hierarchy.Coded.Count == 0)
            {
                continue;
            }

            var columns = context.NumericColumns(table);
            switch (rule.Id)
            {
                case "sum.total_equals_classes":
                    var total = TableQueries.TotalRow(table);
                    var classes = hierarchy.Classes;
                    if (total is not null && classes.Count > 0)
                    {
                        context.CheckSumsOfRows(rule, table, total, columns, classes, $"合计 = Σ {classes.Count} 类 rows");
                    }

                    break;
                case "sum.class_equals_sections":
                    CheckLevel(rule, context, table, hierarchy.Level(3, 5), columns, "类 = Σ款");
                    break;
                default:
                    CheckLevel(rule, context, table, hierarchy.Level(5, 7), columns, "款 = Σ项");
                    break;
            }
        }
    }

    private static void CheckLevel(RuleDefinition rule, RuleContext context, ReportTable table, List<(TableRow Parent, List<TableRow> Children)> level,
        IReadOnlyList<int> columns, string what)
    {
        foreach (var (parent, children) in level)
        {
            context.CheckSumsOfRows(rule, table, parent, columns, children, $"{what} ({children.Count} rows)");
        }
    }
}
