using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>Collects the columns (by header path, each once) and rows of one performance form.</summary>
internal sealed class FormTableBuilder(string fileName)
{
    private readonly List<TableColumn> _columns = [];
    private readonly List<TableRow> _rows = [];

    public string FileName { get; } = fileName;

    public IReadOnlyList<TableColumn> Columns => _columns;

    public IReadOnlyList<TableRow> Rows => _rows;

    /// <param name="headerPath">A span: readers ask for their columns at every block, and the path is copied only for a new column.</param>
    public int Column(ReadOnlySpan<string> headerPath, ColumnMeaning meaning)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            if (HeaderPaths.Same(_columns[i].HeaderPath, headerPath))
            {
                return i;
            }
        }

        _columns.Add(new TableColumn([.. headerPath], meaning));
        return _columns.Count - 1;
    }

    /// <param name="cells">A span, so a row's one or two cells need no list (a collection expression is built on the stack).</param>
    public void Row(SourceLine line, string label, int indent, RowKind kind, ReadOnlySpan<(int Column, CellValue Value)> cells)
    {
        var source = line.RefIn(FileName);
        var tableCells = new TableCell[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            tableCells[i] = new TableCell(cells[i].Column, cells[i].Value, source);
        }

        _rows.Add(new TableRow(null, label, SubjectLevel.None, indent, kind, tableCells, source));
    }
}
