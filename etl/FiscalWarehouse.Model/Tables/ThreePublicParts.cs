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
    // First match wins, vehicles first: 公务用车购置及运行费 is the vehicles' whole, not its purchase part. Inside a 三公
    // table the short words are enough (all of them must appear); elsewhere only a full name counts, so that e.g. an
    // 机关运行经费 column is no 三公 part.
    private static readonly (string Part, string[] ShortWords, string FullName)[] Parts =
    [
        (ThreePublicPart.VehicleTotal, ["购置", "运行"], "购置及运行"),
        (ThreePublicPart.VehiclePurchase, ["购置"], "公务用车购置"),
        (ThreePublicPart.VehicleOperation, ["运行"], "公务用车运行"),
        (ThreePublicPart.OverseasTravel, ["出国"], "因公出国"),
        (ThreePublicPart.Reception, ["接待"], "公务接待"),
    ];

    /// <summary>
    /// The part <paramref name="key"/> (a header or label without spaces) names, or null. The whole (合计) is the
    /// caller's to decide: it depends on the table's orientation.
    /// </summary>
    public static string? Of(string key, bool inThreePublicTable)
    {
        foreach (var (part, shortWords, fullName) in Parts)
        {
            var named = inThreePublicTable
                ? shortWords.All(w => key.Contains(w, StringComparison.Ordinal))
                : key.Contains(fullName, StringComparison.Ordinal);
            if (named)
            {
                return part;
            }
        }

        return null;
    }

    /// <summary>The part a row of a 三公 table names (the 预算 table's rows are parts), its 合计 row included.</summary>
    public static string? OfRow(string key) =>
        Of(key, inThreePublicTable: true)
        ?? (key.Contains("合计", StringComparison.Ordinal) || key.Contains("三公", StringComparison.Ordinal) ? ThreePublicPart.Total : null);
}
