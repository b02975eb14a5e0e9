using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Performance;

/// <summary>
/// Reads the form-like performance tables (绩效自评表, 部门整体自评表, 绩效目标表) that the general table builder cannot:
/// label-anchored rows, shifted columns, side-by-side 实施期/年度 blocks. Recognition finds the table's lines and its
/// catalog id; this turns them into a <see cref="ReportTable"/> (one per project form).
/// </summary>
public sealed class PerformanceTableReader
{
    /// <param name="lines">The lines from the title to the end of the form (exclusive of the next table's title).</param>
    public ReportTable Read(string catalogId, string printedTitle, IReadOnlyList<SourceLine> lines, string fileName)
    {
        _ = lines;
        return new ReportTable(catalogId, printedTitle, null, AmountUnit.TenThousandYuan, [], [], false,
            new SourceRef(fileName, lines.Count > 0 ? lines[0].Number : 1), lines.Count > 0 ? lines[^1].Number : 1);
    }
}
