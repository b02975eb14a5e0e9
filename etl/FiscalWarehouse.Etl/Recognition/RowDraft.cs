using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>A row being assembled from one group of a line (mutable until the footer values of later groups are absorbed).</summary>
internal sealed class RowDraft
{
    // Column → value in column order: a small sorted array (rows have a handful of cells) instead of a tree per row,
    // without a list object around it.
    private KeyValuePair<int, CellValue>[] _cells;
    private int _count;
    private readonly SourceLine _line;

    /// <param name="columns">The columns the row can fill at most (its group's): the array is allocated once.</param>
    public RowDraft(SourceLine line, int columns = 0)
    {
        _line = line;
        _cells = columns == 0 ? [] : new KeyValuePair<int, CellValue>[columns];
    }

    private ReadOnlySpan<KeyValuePair<int, CellValue>> Cells => _cells.AsSpan(0, _count);

    public string? Code { get; set; }

    public string Label { get; set; } = "";

    public string? LineNo { get; set; }

    /// <summary>The column the label is printed in (-1 when none), where its indentation is measured.</summary>
    public int LabelColumn { get; set; } = -1;

    /// <summary>The indentation printed before the label (see <see cref="PrintedIndent"/>), -1 when unknown.</summary>
    public int PrintedIndentWidth => Label.Length == 0 ? -1 : PrintedIndent.Width(_line, LabelColumn);

    public bool HasValue
    {
        get
        {
            foreach (var (_, value) in Cells)
            {
                if (value.Kind is CellValueKind.Number or CellValueKind.Dash)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public bool HasAnyText
    {
        get
        {
            foreach (var (_, value) in Cells)
            {
                if (value.Kind != CellValueKind.Blank)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public void Set(int column, CellValue value)
    {
        var at = IndexOf(column);
        if (at < 0)
        {
            Insert(~at, new(column, value));
        }
        else if (_cells[at].Value.Kind == CellValueKind.Blank)
        {
            _cells[at] = new(column, value);
        }
    }

    private void Insert(int at, KeyValuePair<int, CellValue> cell)
    {
        if (_count == _cells.Length)
        {
            Array.Resize(ref _cells, Math.Max(4, _cells.Length * 2));
        }

        Array.Copy(_cells, at, _cells, at + 1, _count - at);
        _cells[at] = cell;
        _count++;
    }

    public void Absorb(RowDraft other)
    {
        foreach (var (column, value) in other.Cells)
        {
            if (value.Kind != CellValueKind.Blank)
            {
                var at = IndexOf(column);
                if (at < 0)
                {
                    Insert(~at, new(column, value));
                }
                else
                {
                    _cells[at] = new(column, value);
                }
            }
            else
            {
                Set(column, value);
            }
        }
    }

    /// <summary>The position of the column, or the bitwise complement of where it belongs (as List.BinarySearch).</summary>
    private int IndexOf(int column)
    {
        int low = 0, high = _count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var key = _cells[mid].Key;
            if (key == column)
            {
                return mid;
            }

            if (key < column)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return ~low;
    }

    /// <param name="indent">The label's indentation level within its table (0 = not indented).</param>
    public TableRow ToRow(string file, int indent = 0)
    {
        var source = _line.RefIn(file);
        // An array of the exact size, not a list around one: a row's cells are fixed once it is built.
        var cells = new TableCell[_count];
        for (var i = 0; i < cells.Length; i++)
        {
            var (column, value) = _cells[i];
            cells[i] = new TableCell(column, value, source);
        }

        var level = Code is { } code ? RowKinds.LevelOf(code) : SubjectLevel.None;
        return new TableRow(Code, Label, level, indent, RowKinds.KindOf(Label), cells, source) { LineNo = LineNo };
    }
}
