using System.Globalization;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Limits;

/// <summary>Rows and cells of a read document against the limits, per table (worksheet, PDF page, or the whole text).</summary>
internal static class DocumentShapeCheck
{
    public static void Check(SourceDocument document, DocumentLimits limits)
    {
        foreach (var table in document.Lines.GroupBy(l => l.Page ?? 0))
        {
            var rows = 0;
            long cells = 0;
            foreach (var line in table)
            {
                rows++;
                cells += line.Cells.Count;
                if (line.Cells.Count > limits.MaxCellsPerRow)
                {
                    throw DocumentLimits.Exceeded(document.FileName, line.Number, nameof(DocumentLimits.MaxCellsPerRow), limits.MaxCellsPerRow, $"{line.Cells.Count.ToString(CultureInfo.InvariantCulture)} cells in this row");
                }

                if (rows > limits.MaxRowsPerTable)
                {
                    throw DocumentLimits.Exceeded(document.FileName, line.Number, nameof(DocumentLimits.MaxRowsPerTable), limits.MaxRowsPerTable, Where(table.Key) + "more rows");
                }

                if (cells > limits.MaxCellsPerTable)
                {
                    throw DocumentLimits.Exceeded(document.FileName, line.Number, nameof(DocumentLimits.MaxCellsPerTable), limits.MaxCellsPerTable, Where(table.Key) + "more cells");
                }
            }
        }
    }

    private static string Where(int page) => page == 0 ? "" : $"page or sheet {page.ToString(CultureInfo.InvariantCulture)}: ";
}
