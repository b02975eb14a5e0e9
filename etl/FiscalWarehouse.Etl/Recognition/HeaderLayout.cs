using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// The header of a block worked out from its lines: which lines are header, column numbers (栏次) or data; each column's
/// header path (merged cells spread over the columns they span, bounded by the parent cell); each column's role.
/// </summary>
internal sealed class HeaderLayout
{
    public int Width { get; init; }

    public List<SourceLine> DataLines { get; } = [];

    public List<SourceLine> HeaderLines { get; } = [];

    public List<List<string>> Paths { get; } = [];

    public List<ColumnRole> Roles { get; } = [];

    public static string Cell(SourceLine line, int column)
    {
        var cells = Items.Of(line.Cells);
        return column < cells.Length ? cells[column] : "";
    }

    public static HeaderLayout Analyze(IReadOnlyList<SourceLine> block)
    {
        // Lists sized once from the block: grown by doubling they copied their arrays for every table.
        var lines = new List<SourceLine>(block.Count);
        var width = 0;
        foreach (var line in Items.Of(block))
        {
            if (!line.IsBlank)
            {
                lines.Add(line);
                width = Math.Max(width, line.Cells.Count);
            }
        }

        var layout = new HeaderLayout { Width = width };
        layout.DataLines.EnsureCapacity(lines.Count);
        var headerKeys = new HashSet<string>(StringComparer.Ordinal);
        var headerCells = new HashSet<string>(StringComparer.Ordinal);
        var headerDone = false;
        foreach (var line in lines)
        {
            if (IsColumnNumbers(line))
            {
                continue;
            }

            var strong = HasValue(line);
            if (!headerDone)
            {
                // Until the first row with a value, label-only rows (a section such as 一、政府采购情况, or a 三公 part
                // with blank amounts) are data but do not end the header: a header line may still follow them.
                var labelOnly = IsLabelOnly(line, out var label);
                if (strong || (IsTotalLabel(line) && layout.HeaderLines.Count > 0))
                {
                    headerDone = true;
                    layout.DataLines.Add(line);
                    continue;
                }

                if (labelOnly && !IsHeaderWord(label) && (layout.HeaderLines.Count > 0 || StartsWithOrdinal(label)))
                {
                    layout.DataLines.Add(line);
                    continue;
                }

                layout.HeaderLines.Add(line);
                headerKeys.Add(RowKey(line));
                foreach (var cell in Items.Of(line.Cells))
                {
                    headerCells.Add(TextKey.Of(cell));
                }

                continue;
            }

            // A header repeated after a page break (fiscal-reports.md §5) is dropped, also when only its spacing differs.
            if (!strong && (headerKeys.Contains(RowKey(line))
                || FilledCellsAmong(line, headerCells)))
            {
                continue;
            }

            layout.DataLines.Add(line);
        }

        layout.BuildPaths();
        ColumnRoles.Assign(layout);
        return layout;
    }

    public static bool HasValue(SourceLine line)
    {
        foreach (var cell in Items.Of(line.Cells))
        {
            if (cell.Length > 0 && CellParser.KindOf(cell) is CellValueKind.Number or CellValueKind.Dash)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A 合计 row with nothing but blanks or numbers after its label (a header row "合计 因公出国费 …" is not one).</summary>
    private static bool IsTotalLabel(SourceLine line)
    {
        var first = line.Cells.FirstOrDefault(c => c.Length > 0);
        return first is not null && RowKinds.IsTotalLabel(first)
            && line.Cells.Count(c => c.Length > 0 && CellParser.KindOf(c) == CellValueKind.Text) == 1;
    }

    /// <summary>Every filled cell's key is one of <paramref name="keys"/> (true for a line without a filled cell).</summary>
    private static bool FilledCellsAmong(SourceLine line, HashSet<string> keys)
    {
        foreach (var cell in Items.Of(line.Cells))
        {
            if (cell.Length > 0 && !keys.Contains(TextKey.Of(cell)))
            {
                return false;
            }
        }

        return true;
    }

    private static string RowKey(SourceLine line) => TextKey.Of(string.Concat(line.Cells));

    private static bool IsLabelOnly(SourceLine line, out string label)
    {
        label = "";
        var count = 0;
        for (var c = 0; c < line.Cells.Count; c++)
        {
            if (line.Cells[c].Length == 0)
            {
                continue;
            }

            count++;
            if (c > 1)
            {
                return false;
            }

            label = line.Cells[c];
        }

        return count == 1;
    }

    /// <summary>Words only a header holds (科目编码, 科目名称, 项目): a one-cell line with them is a header line, not a data row.</summary>
    private static bool IsHeaderWord(string label)
    {
        var key = TextKey.Of(label);
        return key is "项目" or "科目" || key.Contains("编码", StringComparison.Ordinal) || key.Contains("代码", StringComparison.Ordinal)
            || key.Contains("科目名称", StringComparison.Ordinal) || key.EndsWith("名称", StringComparison.Ordinal)
            || key.EndsWith("预算数", StringComparison.Ordinal) || key.EndsWith("决算数", StringComparison.Ordinal) || key is "金额" or "统计数"
            || (key.Length <= 8 && key.Length >= 5 && char.IsAsciiDigit(key[0]) && key[4] == '年');
    }

    private static bool StartsWithOrdinal(string label)
    {
        var key = TextKey.Of(label);
        return key.Length > 1 && ("一二三四五六七八九十".Contains(key[0], StringComparison.Ordinal) && key.Contains('、', StringComparison.Ordinal)
            || key.StartsWith('(') && key.Length > 2 && "一二三四五六七八九十".Contains(key[1], StringComparison.Ordinal));
    }

    /// <summary>The 栏次 row ("栏次 1 2 3", or "1 2 … 12" alone): column numbers, neither header text nor data.</summary>
    private static bool IsColumnNumbers(SourceLine line)
    {
        var previous = 0;
        var count = 0;
        foreach (var cell in Items.Of(line.Cells))
        {
            if (cell.Length == 0)
            {
                continue;
            }

            var key = TextKey.Of(cell);
            if (count == 0 && key is "栏次" or "序号")
            {
                return true;
            }

            if (!int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                || (count > 0 && n != previous + 1))
            {
                return false;
            }

            previous = n;
            count++;
        }

        return count >= 2;
    }

    private void BuildPaths()
    {
        var parts = new string[HeaderLines.Count, Width];
        var owners = new int[HeaderLines.Count, Width];
        for (var r = 0; r < HeaderLines.Count; r++)
        {
            for (var c = 0; c < Width; c++)
            {
                var text = TextKey.Unwrap(Cell(HeaderLines[r], c));
                if (text.Length > 0)
                {
                    parts[r, c] = text;
                    owners[r, c] = c;
                    continue;
                }

                // A blank header cell continues the merged cell on its left, but never beyond the cell above it.
                var spreads = c > 0 && owners[r, c - 1] >= 0 && (r == 0 || SameParent(owners, r - 1, c, c - 1));
                owners[r, c] = spreads ? owners[r, c - 1] : -1;
                parts[r, c] = spreads ? parts[r, c - 1] : "";
            }
        }

        for (var c = 0; c < Width; c++)
        {
            var path = new List<string>();
            for (var r = 0; r < HeaderLines.Count; r++)
            {
                var part = parts[r, c];
                if (!string.IsNullOrEmpty(part) && (path.Count == 0 || !string.Equals(path[^1], part, StringComparison.Ordinal)))
                {
                    path.Add(part);
                }
            }

            Paths.Add(path);
        }
    }

    private static bool SameParent(int[,] owners, int row, int a, int b)
    {
        for (var r = row; r >= 0; r--)
        {
            if (owners[r, a] != owners[r, b])
            {
                return false;
            }
        }

        return owners[row, a] >= 0;
    }
}
