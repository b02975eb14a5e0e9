using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>
/// 三公 identities the column rule cannot see: the 预算 table is transposed (parts are rows), and the 三公 parts are
/// compared with the 经济分类 lines 30212/30217/30231/31013 — as a warning, since 三公 also counts 项目支出 and carry-over
/// while the 明细 table covers 一般公共预算 基本支出 only (fiscal-reports.md §3.2).
/// </summary>
internal sealed class ThreePublicEvaluator : IRuleEvaluator
{
    private static readonly (string Part, string Code, string Name)[] Economic =
    [
        (ThreePublicPart.OverseasTravel, "30212", "因公出国"),
        (ThreePublicPart.Reception, "30217", "公务接待费"),
        (ThreePublicPart.VehicleOperation, "30231", "公务用车运行维护费"),
        (ThreePublicPart.VehiclePurchase, "31013", "公务用车购置"),
    ];

    public IReadOnlyCollection<string> RuleIds { get; } = ["three_public.vs_economic"];

    public static void CheckTransposed(RuleDefinition rule, RuleContext context, ReportTable table)
    {
        var total = TableQueries.RowByLabel(table, k => k is "合计" or "小计");
        var overseas = RowOf(table, ThreePublicPart.OverseasTravel);
        var reception = RowOf(table, ThreePublicPart.Reception);
        var vehicles = RowOf(table, ThreePublicPart.VehicleTotal);
        var purchase = RowOf(table, ThreePublicPart.VehiclePurchase);
        var operation = RowOf(table, ThreePublicPart.VehicleOperation);
        foreach (var c in context.NumericColumns(table))
        {
            if (total is not null && overseas is not null && reception is not null && vehicles is not null)
            {
                context.CheckSum(rule, table, total, c, [RuleContext.Cell(overseas, c), RuleContext.Cell(reception, c), RuleContext.Cell(vehicles, c)],
                    "三公 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费");
            }

            if (vehicles is not null && purchase is not null && operation is not null)
            {
                context.CheckSum(rule, table, vehicles, c, [RuleContext.Cell(purchase, c), RuleContext.Cell(operation, c)], "公务用车购置及运行费 = 购置费 + 运行维护费");
            }
        }
    }

    private static TableRow? RowOf(ReportTable table, string part) => TableQueries.RowByLabel(table, k => ThreePublicParts.Of(k, inThreePublicTable: true) == part);

    public void Evaluate(RuleDefinition rule, RuleContext context)
    {
        var final = context.First("final_three_public");
        var detail = context.First("final_basic_expenditure_detail");
        if (final is { IsKnownEmpty: false } && detail is { IsKnownEmpty: false })
        {
            foreach (var (part, code, _) in Economic)
            {
                var column = TableQueries.Column(final, c => c.Meaning.Part == part && c.Meaning.Measure == Measure.FinalAccount);
                var row = TableQueries.RowByCode(detail, code);
                var spent = final.Rows.Select(r => column < 0 ? null : RuleContext.Number(RuleContext.Cell(r, column))).FirstOrDefault(v => v is not null);
                Check(rule, context, detail, row, spent, final, code);
            }
        }

        var budget = context.First("budget_three_public");
        var economic = context.First("budget_basic_by_economic");
        if (budget is { IsKnownEmpty: false } && economic is { IsKnownEmpty: false })
        {
            var total = TableQueries.TotalColumn(budget);
            foreach (var (_, _, name) in Economic)
            {
                var row = TableQueries.RowByLabel(economic, k => k.Contains(name, StringComparison.Ordinal));
                var part = TableQueries.RowByLabel(budget, k => k.Contains(name, StringComparison.Ordinal) && (name.Contains("运行", StringComparison.Ordinal) || !k.Contains("运行", StringComparison.Ordinal)));
                var planned = part is null || total < 0 ? null : RuleContext.Number(RuleContext.Cell(part, total));
                Check(rule, context, economic, row, planned, budget, name);
            }
        }
    }

    private static void Check(RuleDefinition rule, RuleContext context, ReportTable detail, TableRow? row, decimal? threePublic, ReportTable table, string item)
    {
        if (row is null)
        {
            return;
        }

        var (value, column) = TableQueries.FirstNumber(row);
        if (value is not { } v || v <= (threePublic ?? 0m) + 0.01m)
        {
            return;
        }

        context.Compare(rule, detail.CatalogId, RuleContext.RowName(row), RuleContext.SourceOf(row, column), v, threePublic ?? 0m, 1, detail.Unit, table.Unit,
            $"经济分类 {item} exceeds the 三公 figure of {table.CatalogId} (may differ: 三公 counts all 财政拨款 incl. 项目支出, the 明细 only 基本支出)");
    }
}
