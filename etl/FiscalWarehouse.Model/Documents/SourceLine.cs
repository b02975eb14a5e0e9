namespace FiscalWarehouse.Model.Documents;

/// <summary>
/// One line of a document as its reader saw it: the raw text and the cells it splits into
/// (tab-separated text, markdown pipes, HTML cells, PDF columns rebuilt from word positions, XLSX cells).
/// A line with one cell is prose or a title. Cells keep their printed text, trimmed, markup removed.
/// </summary>
public sealed record SourceLine(int Number, string Text, IReadOnlyList<string> Cells, int? Page = null, int? LineOnPage = null)
{
    public SourceRef RefIn(string file) => new(file, Number, Page, LineOnPage);

    public bool IsBlank
    {
        get
        {
            // Asked of every line by every reader: the array every text reader builds is read directly (an interface
            // call per cell is not devirtualized without tiered PGO), any other list by index.
            if (Cells is string[] array)
            {
                foreach (var cell in array)
                {
                    if (!global::FiscalWarehouse.Model.Text.BlankText.IsBlank(cell))
                    {
                        return false;
                    }
                }

                return true;
            }

            var cells = Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                if (!global::FiscalWarehouse.Model.Text.BlankText.IsBlank(cells[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The printed indentation of each cell where the reader measures it from positions (PDF: the offset of the cell's
    /// first word from the cell's left border, in half-em units; -1 when it cannot tell, e.g. centred text). Null when
    /// the indentation is in <see cref="Text"/> itself (leading spaces, U+3000, &amp;nbsp; of text conversions).
    /// </summary>
    public IReadOnlyList<int>? CellIndents { get; init; }
}
