using System.Globalization;

namespace FiscalWarehouse.Etl.Reading.Xlsx;

/// <summary>
/// One worksheet's displayed texts by (row, column), both 1-based, plus its merged ranges. Turns itself into lines,
/// one cell per column from the sheet's first used column to the end of the row's table. A merged
/// header cell's text is repeated across its columns so each column's header path carries it; in rows holding
/// numbers (data rows) a merged label stays in its top-left cell only, as printed.
/// A row whose only text is a cell merged across columns from the first column is a title: one cell.
/// </summary>
internal sealed class XlsxSheetGrid
{
    private readonly Dictionary<(int Row, int Column), string> _cells = [];
    private readonly List<(int Top, int Left, int Bottom, int Right)> _merges = [];
    private readonly HashSet<(int Row, int Column)> _numeric = [];

    public void Set(int row, int column, string text, bool numeric)
    {
        if (text.Length == 0)
        {
            return;
        }

        _cells[(row, column)] = text;
        if (numeric)
        {
            _numeric.Add((row, column));
        }
    }

    public void Merge(string reference)
    {
        var parts = reference.Split(':');
        var (top, left) = ParseReference(parts[0]);
        var (bottom, right) = parts.Length > 1 ? ParseReference(parts[1]) : (top, left);
        _merges.Add((top, left, bottom, right));
    }

    public IEnumerable<(int Row, string[] Cells)> Lines()
    {
        if (_cells.Count == 0)
        {
            yield break;
        }

        var minColumn = _cells.Keys.Min(k => k.Column);
        var maxColumn = _cells.Keys.Max(k => k.Column);
        var rowsWithNumbers = _numeric.Select(k => k.Row).ToHashSet();
        var filledPerRow = _cells.Keys.GroupBy(k => k.Row).ToDictionary(g => g.Key, g => g.Count());
        var titles = _merges.Where(m => m.Right > m.Left).Select(m => (m.Top, m.Left)).ToHashSet();
        var repeated = new Dictionary<(int Row, int Column), string>();
        foreach (var (top, left, _, right) in _merges)
        {
            // A merged cell alone on its row is a title, not a header.
            if (right > left && !rowsWithNumbers.Contains(top) && _cells.TryGetValue((top, left), out var text)
                && filledPerRow.GetValueOrDefault(top) > 1)
            {
                for (var c = left + 1; c <= right; c++)
                {
                    repeated[(top, c)] = text;
                }
            }
        }

        var rows = new List<(int Row, string[] Cells, bool Title)>();
        foreach (var row in _cells.Keys.Select(k => k.Row).Distinct().Order())
        {
            var texts = new string[maxColumn - minColumn + 1];
            var count = 0;
            for (var c = minColumn; c <= maxColumn; c++)
            {
                if (_cells.TryGetValue((row, c), out var text) || repeated.TryGetValue((row, c), out text))
                {
                    texts[c - minColumn] = text;
                    count++;
                }
                else
                {
                    texts[c - minColumn] = "";
                }
            }

            // A title is one cell merged across the table's width: one cell, like a title line of the text versions.
            // A lone label without values (二十四、预备费 with blank amounts) keeps its column.
            var title = count == 1 && titles.Contains((row, minColumn)) && texts[0].Length > 0;
            rows.Add((row, title ? [texts[0]] : texts, title));
        }

        // Several tables may share a sheet: a table's rows are as wide as its widest row (the text versions' rows
        // end where their table ends), not as wide as the sheet.
        var start = 0;
        while (start < rows.Count)
        {
            if (rows[start].Title)
            {
                yield return (rows[start].Row, rows[start].Cells);
                start++;
                continue;
            }

            var end = start;
            while (end + 1 < rows.Count && !rows[end + 1].Title && rows[end + 1].Row == rows[end].Row + 1)
            {
                end++;
            }

            var width = 1;
            for (var i = start; i <= end; i++)
            {
                width = Math.Max(width, Array.FindLastIndex(rows[i].Cells, c => c.Length > 0) + 1);
            }

            for (var i = start; i <= end; i++)
            {
                yield return (rows[i].Row, rows[i].Cells[..width]);
            }

            start = end + 1;
        }
    }

    /// <summary>"AB12" → (12, 28).</summary>
    public static (int Row, int Column) ParseReference(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }

        var row = int.Parse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture);
        return (row, column);
    }
}
