using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Model.Tables;

/// <summary>
/// The one classifier of “三公” parts: which part a column header or row label names. The 预算 三公 table lists parts
/// as rows and funds as columns, the 决算 table the other way round (fiscal-reports.md §1.2), so the recognizer (columns),
/// the loader (rows) and the rules (rows of the transposed table) all ask here. The part is stored with each fact;
/// SQL reads it and never re-derives it from a label.
/// </summary>
public static class ThreePublicParts
{
    /// <summary>
    /// The part <paramref name="key"/> (a header or label without spaces) names, or null. Inside a 三公 table the short
    /// words are enough (出国, 接待, 购置, 运行); elsewhere only the full names count (因公出国, 公务接待, 公务用车购置…),
    /// so that e.g. an 机关运行经费 column is no 三公 part. The whole (合计) is the caller's to decide: it depends on
    /// the table's orientation.
    /// </summary>
    public static string? Of(string key, bool inThreePublicTable)
    {
        if (inThreePublicTable)
        {
            return InTable(key);
        }

        if (key.Contains("因公出国", StringComparison.Ordinal))
        {
            return ThreePublicPart.OverseasTravel;
        }

        if (key.Contains("公务接待", StringComparison.Ordinal))
        {
            return ThreePublicPart.Reception;
        }

        if (key.Contains("购置及运行", StringComparison.Ordinal))
        {
            return ThreePublicPart.VehicleTotal;
        }

        if (key.Contains("公务用车购置", StringComparison.Ordinal))
        {
            return ThreePublicPart.VehiclePurchase;
        }

        return key.Contains("公务用车运行", StringComparison.Ordinal) ? ThreePublicPart.VehicleOperation : null;
    }

    /// <summary>The part a row of a 三公 table names (the 预算 table's rows are parts), its 合计 row included.</summary>
    public static string? OfRow(string key) =>
        InTable(key) ?? (key.Contains("合计", StringComparison.Ordinal) || key.Contains("三公", StringComparison.Ordinal) ? ThreePublicPart.Total : null);

    private static string? InTable(string key)
    {
        if (key.Contains("购置", StringComparison.Ordinal) && key.Contains("运行", StringComparison.Ordinal))
        {
            return ThreePublicPart.VehicleTotal;
        }

        if (key.Contains("购置", StringComparison.Ordinal))
        {
            return ThreePublicPart.VehiclePurchase;
        }

        if (key.Contains("运行", StringComparison.Ordinal))
        {
            return ThreePublicPart.VehicleOperation;
        }

        if (key.Contains("出国", StringComparison.Ordinal))
        {
            return ThreePublicPart.OverseasTravel;
        }

        return key.Contains("接待", StringComparison.Ordinal) ? ThreePublicPart.Reception : null;
    }
}
