using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>基本支出 明细: 人员经费合计 = 301 + 303; 公用经费合计 = the other economic 类 (fiscal-reports.md §3.1).</summary>
internal sealed class DetailFooterEvaluator : IRuleEvaluator
{
    private static readonly string[] PersonnelClasses = ["301", "303"];

    public IReadOnlyCollection<string> RuleIds { get; } = ["sum.detail_footer"];

    public void Evaluate(RuleDefinition rule, RuleContext context)
    {
        foreach (var table in context.Tables(rule))
        {
            var classes = table.Rows.Where(r => r.Code is { Length: 3 }).ToList();
            Check(rule, context, table, "人员经费合计", classes.Where(r => PersonnelClasses.Contains(r.Code)).ToList());
            Check(rule, context, table, "公用经费合计", classes.Where(r => !PersonnelClasses.Contains(r.Code)).ToList());
        }
    }

    private static void Check(RuleDefinition rule, RuleContext context, ReportTable table, string label, List<TableRow> parts)
    {
        var footer = table.Rows.FirstOrDefault(r => r.Kind == RowKind.Footer && TableQueries.Key(r.Label) == label);
        if (footer is null || parts.Count == 0)
        {
            return;
        }

        var (printed, column) = TableQueries.FirstNumber(footer);
        if (printed is null)
        {
            return;
        }

        var values = parts.Select(p => TableQueries.FirstNumber(p).Value).Where(v => v is not null).Select(v => v!.Value).ToList();
        context.Compare(rule, table.CatalogId, footer.Label, RuleContext.SourceOf(footer, column), printed, values.Sum(), parts.Count,
            table.Unit, table.Unit, $"{label} = Σ {string.Join("+", parts.Select(p => p.Code))}");
    }
}
