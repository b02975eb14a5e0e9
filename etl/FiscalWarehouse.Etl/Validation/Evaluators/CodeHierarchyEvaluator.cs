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
            var coded = table.Rows.Where(r => r.Code is not null).ToList();
            if (coded.Count == 0)
            {
                continue;
            }

            var columns = context.NumericColumns(table).ToList();
            switch (rule.Id)
            {
                case "sum.total_equals_classes":
                    var total = TableQueries.TotalRow(table);
                    var classes = coded.Where(r => r.Code!.Length == 3).ToList();
                    if (total is not null && classes.Count > 0)
                    {
                        var what = $"合计 = Σ {classes.Count} 类 rows";
                        foreach (var c in columns)
                        {
                            context.CheckSumOfRows(rule, table, total, c, classes, what);
                        }
                    }

                    break;
                case "sum.class_equals_sections":
                    CheckLevel(rule, context, table, coded, columns, 3, 5, "类 = Σ款");
                    break;
                default:
                    CheckLevel(rule, context, table, coded, columns, 5, 7, "款 = Σ项");
                    break;
            }
        }
    }

    private static void CheckLevel(RuleDefinition rule, RuleContext context, ReportTable table, List<TableRow> coded, List<int> columns,
        int parentLength, int childLength, string what)
    {
        // Children by their parent's code (a child of length childLength starts with the parent's code exactly when its
        // first parentLength characters are that code), in row order: one pass instead of a scan of every row per parent.
        var childrenOf = new Dictionary<string, List<TableRow>>(StringComparer.Ordinal);
        // Looked up by the code's prefix as a span: a string of it is made only for a parent not seen yet.
        var byPrefix = childrenOf.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var row in coded)
        {
            if (row.Code!.Length == childLength)
            {
                var prefix = row.Code.AsSpan(0, parentLength);
                if (!byPrefix.TryGetValue(prefix, out var list))
                {
                    childrenOf[prefix.ToString()] = list = [];
                }

                list.Add(row);
            }
        }

        if (childrenOf.Count == 0)
        {
            return;
        }

        foreach (var parent in coded)
        {
            if (parent.Code!.Length != parentLength || !childrenOf.TryGetValue(parent.Code, out var children))
            {
                continue;
            }

            var label = $"{what} ({children.Count} rows)";
            foreach (var c in columns)
            {
                context.CheckSumOfRows(rule, table, parent, c, children, label);
            }
        }
    }
}
