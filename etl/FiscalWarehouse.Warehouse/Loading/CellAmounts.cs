using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// What a printed number is: money (then converted to 元 exactly, 万元 × 10,000) or not (a rate, a weight, a score, a
/// count). Decided from the cell (% sign), the column's measure, the row label's unit marker ((辆) in the 10表,
/// fiscal-reports.md §5) and the table's unit, in that order.
/// </summary>
public static class CellAmounts
{
    private static readonly HashSet<string> NonMoneyMeasures = new(StringComparer.Ordinal)
    {
        Meanings.Measure.ExecutionRate, Meanings.Measure.ChangeRate, Meanings.Measure.Weight, Meanings.Measure.Score, Meanings.Measure.Count,
    };

    private static readonly string[] CountMarkers = ["(辆)", "(台)", "(台,套)", "(台、套)", "(个)", "(人)", "(家)", "(套)", "(项)"];

    public static string KindText(CellValueKind kind) => kind switch
    {
        CellValueKind.Blank => "blank",
        CellValueKind.Number => "number",
        CellValueKind.Dash => "dash",
        _ => "text",
    };

    /// <summary>The unit the printed value is in: 万元, 元, %, 分, 个, or "" when the document does not say.</summary>
    public static string PrintedUnit(ReportTable table, ColumnMeaning meaning, string rowLabel, bool isPercent, string family)
    {
        if (isPercent || meaning.Measure is Meanings.Measure.ExecutionRate or Meanings.Measure.ChangeRate)
        {
            return AmountUnit.Percent.Label();
        }

        if (meaning.Measure is Meanings.Measure.Weight or Meanings.Measure.Score)
        {
            return AmountUnit.Score.Label();
        }

        var label = UnitNames.Normalize(rowLabel);
        if (meaning.Measure == Meanings.Measure.Count || CountMarkers.Any(m => label.EndsWith(m, StringComparison.Ordinal)))
        {
            return AmountUnit.Count.Label();
        }

        // A performance form's indicator values (targets, actuals) are in their own units, not the funds block's 万元.
        if (family == TableFamilies.Performance && meaning.Measure is null)
        {
            return "";
        }

        return table.Unit.Label();
    }

    /// <summary>元 for money, exact; null when not money or not a number. <paramref name="exact"/> is false if 元 needs more than 2 decimals.</summary>
    public static decimal? ToYuan(decimal? value, string printedUnit, out bool exact)
    {
        exact = true;
        var unit = printedUnit switch { "万元" => AmountUnit.TenThousandYuan, "元" => AmountUnit.Yuan, _ => AmountUnit.Unknown };
        if (value is not { } v || unit.ToYuan(v) is not { } yuan)
        {
            return null;
        }

        var rounded = decimal.Round(yuan, 2, MidpointRounding.AwayFromZero);
        exact = rounded == yuan;
        return rounded;
    }

    public static bool IsNonMoneyMeasure(string? measure) => measure is not null && NonMoneyMeasures.Contains(measure);
}
