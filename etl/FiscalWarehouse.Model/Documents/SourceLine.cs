using System.Text.Json.Serialization;

namespace FiscalWarehouse.Model.Documents;

/// <summary>
/// One line of a document as its reader saw it: the raw text and the cells it splits into
/// (tab-separated text, markdown pipes, HTML cells, PDF columns rebuilt from word positions, XLSX cells).
/// A line with one cell is prose or a title. Cells keep their printed text, trimmed, markup removed.
/// </summary>
// Cells is declared in the body (its init decides IsBlank again), which would move it after Page and LineOnPage in
// JSON: the orders keep a line's JSON as its positional parameters read, so dumps compare byte for byte across versions.
public sealed record SourceLine(
    int Number,
    string Text,
    IReadOnlyList<string> Cells,
    [property: JsonPropertyOrder(1)] int? Page = null,
    [property: JsonPropertyOrder(1)] int? LineOnPage = null)
{
    public SourceRef RefIn(string file) => new(file, Number, Page, LineOnPage);

    private readonly IReadOnlyList<string> _cells = Cells;

    // Asked of every line by every reader (segmenter, forms, narrative, furniture): decided once per line. A line made
    // with other cells (`with { Cells = … }`) decides it again in the init accessor.
    private readonly bool _isBlank = AllBlank(Cells);

    public IReadOnlyList<string> Cells
    {
        get => _cells;
        init
        {
            _cells = value;
            _isBlank = AllBlank(value);
        }
    }

    [JsonPropertyOrder(2)]
    public bool IsBlank => _isBlank;

    private static bool AllBlank(IReadOnlyList<string> cells)
    {
        // The array every text reader builds is read directly (an interface call per cell is not devirtualized without
        // tiered PGO), any other list by index.
        if (cells is string[] array)
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

        for (var i = 0; i < cells.Count; i++)
        {
            if (!global::FiscalWarehouse.Model.Text.BlankText.IsBlank(cells[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The printed indentation of each cell where the reader measures it from positions (PDF: the offset of the cell's
    /// first word from the cell's left border, in half-em units; -1 when it cannot tell, e.g. centred text). Null when
    /// the indentation is in <see cref="Text"/> itself (leading spaces, U+3000, &amp;nbsp; of text conversions).
    /// </summary>
    [JsonPropertyOrder(2)]
    public IReadOnlyList<int>? CellIndents { get; init; }
}
