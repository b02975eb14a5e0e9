using System.Globalization;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Limits;

/// <summary>Rows and cells of a read document against the limits, per table (worksheet, PDF page, or the whole text).</summary>
internal static class DocumentShapeCheck
{
    public static void Check(SourceDocument document, DocumentLimits limits)
    {
        // A text document is one table (no line has a page): its lines are checked as they are, without grouping them.
        var lines = Items.Of(document.Lines);
        var onePage = true;
        foreach (var line in lines)
        {
            onePage &= (line.Page ?? 0) == (lines[0].Page ?? 0);
        }

        if (onePage)
        {
            CheckTable(document, limits, lines.Length > 0 ? lines[0].Page ?? 0 : 0, lines);
            return;
        }

        foreach (var table in document.Lines.GroupBy(l => l.Page ?? 0))
        {
            CheckTable(document, limits, table.Key, [.. table]);
        }
    }

    private static void CheckTable(SourceDocument document, DocumentLimits limits, int page, ReadOnlySpan<SourceLine> table)
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
                throw DocumentLimits.Exceeded(document.FileName, line.Number, nameof(DocumentLimits.MaxRowsPerTable), limits.MaxRowsPerTable, Where(page) + "more rows");
            }

            if (cells > limits.MaxCellsPerTable)
            {
                throw DocumentLimits.Exceeded(document.FileName, line.Number, nameof(DocumentLimits.MaxCellsPerTable), limits.MaxCellsPerTable, Where(page) + "more cells");
            }
        }
    }

    private static string Where(int page) => page == 0 ? "" : $"page or sheet {page.ToString(CultureInfo.InvariantCulture)}: ";
}
