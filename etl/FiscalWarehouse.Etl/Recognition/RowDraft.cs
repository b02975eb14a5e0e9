using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>A row being assembled from one group of a line (mutable until the footer values of later groups are absorbed).</summary>
internal sealed class RowDraft
{
    private readonly SortedDictionary<int, CellValue> _cells = [];
    private readonly SourceLine _line;

    public RowDraft(SourceLine line) => _line = line;

    public string? Code { get; set; }

    public string Label { get; set; } = "";

    public string? LineNo { get; set; }

    public bool HasValue => _cells.Values.Any(v => v.Kind is CellValueKind.Number or CellValueKind.Dash);

    public bool HasAnyText => _cells.Values.Any(v => v.Kind != CellValueKind.Blank);

    public void Set(int column, CellValue value)
    {
        if (!_cells.TryGetValue(column, out var existing) || existing.Kind == CellValueKind.Blank)
        {
            _cells[column] = value;
        }
    }

    public void Absorb(RowDraft other)
    {
        foreach (var (column, value) in other._cells)
        {
            if (value.Kind != CellValueKind.Blank)
            {
                _cells[column] = value;
            }
            else
            {
                Set(column, value);
            }
        }
    }

    public TableRow ToRow(string file)
    {
        var source = _line.RefIn(file);
        var cells = _cells.Select(kv => new TableCell(kv.Key, kv.Value, source)).ToList();
        var level = Code is { } code ? RowKinds.LevelOf(code) : SubjectLevel.None;
        return new TableRow(Code, Label, level, 0, RowKinds.KindOf(Label), cells, source) { LineNo = LineNo };
    }
}
