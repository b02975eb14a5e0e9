namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// A ruled table on one page: the distinct x of its vertical borders are the column boundaries, the distinct y of its
/// horizontal borders the row boundaries. A word belongs to the cell whose borders enclose it; a merged cell (header
/// spanning columns, 合计 spanning the code columns) is reported at its top-left grid position with blanks after it,
/// which is how the text conversions lay out merged cells too.
/// </summary>
internal sealed class TableGrid
{
    /// <summary>
    /// One grid row that holds text: its top y, a cell per column and each cell's indentation. A record, not a value
    /// tuple: a list of tuples was JIT-compiled in every process that reads a PDF (docs/benchmarks.md, round 11).
    /// </summary>
    internal sealed record GridRow(double Top, string[] Cells, int[] Indents);

    private const double Slack = 2.5;
    private readonly List<Ruling> _vertical;
    private readonly List<Ruling> _horizontal;
    private readonly double[] _xs;
    private readonly double[] _ys;

    private TableGrid(List<Ruling> horizontal, List<Ruling> vertical)
    {
        _horizontal = horizontal;
        _vertical = vertical;
        _xs = Distinct(vertical);
        _ys = Distinct(horizontal);
        double left = _xs[0], right = _xs[^1], top = _ys[0], bottom = _ys[^1];
        foreach (var h in horizontal)
        {
            left = Math.Min(left, h.From);
            right = Math.Max(right, h.To);
        }

        foreach (var v in vertical)
        {
            top = Math.Min(top, v.From);
            bottom = Math.Max(bottom, v.To);
        }

        (Left, Right, Top, Bottom) = (left, right, top, bottom);
    }

    public double Left { get; }

    public double Right { get; }

    public double Top { get; }

    public double Bottom { get; }

    public int ColumnCount => _xs.Length - 1;

    public bool Contains(PdfWord word) =>
        word.CenterX > Left && word.CenterX < Right && word.CenterY > Top && word.CenterY < Bottom;

    /// <summary>Groups rulings that touch each other into grids; keeps those that form at least two columns.</summary>
    /// <remarks>
    /// Loops and arrays rather than LINQ over indices and coordinates: each LINQ operator over an int or a double is a
    /// generic instantiation that ReadyToRun cannot hold, JIT-compiled in every process that reads a PDF
    /// (docs/benchmarks.md, round 11).
    /// </remarks>
    public static List<TableGrid> Find(IReadOnlyList<Ruling> rulings)
    {
        var horizontal = new List<Ruling>();
        var vertical = new List<Ruling>();
        foreach (var r in rulings)
        {
            if (r.To - r.From >= 10)
            {
                (r.Horizontal ? horizontal : vertical).Add(r);
            }
        }

        var parent = new int[horizontal.Count + vertical.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Root(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var h = 0; h < horizontal.Count; h++)
        {
            for (var v = 0; v < vertical.Count; v++)
            {
                if (horizontal[h].Covers(vertical[v].At, Slack) && vertical[v].Covers(horizontal[h].At, Slack))
                {
                    parent[Root(h)] = Root(horizontal.Count + v);
                }
            }
        }

        // The connected groups in order of their first member, members in index order (as GroupBy(Root) gave them).
        var groupOfRoot = new int[parent.Length];
        Array.Fill(groupOfRoot, -1);
        var groupHorizontal = new List<List<Ruling>>();
        var groupVertical = new List<List<Ruling>>();
        for (var i = 0; i < parent.Length; i++)
        {
            var root = Root(i);
            if (groupOfRoot[root] < 0)
            {
                groupOfRoot[root] = groupHorizontal.Count;
                groupHorizontal.Add([]);
                groupVertical.Add([]);
            }

            if (i < horizontal.Count)
            {
                groupHorizontal[groupOfRoot[root]].Add(horizontal[i]);
            }
            else
            {
                groupVertical[groupOfRoot[root]].Add(vertical[i - horizontal.Count]);
            }
        }

        var grids = new List<TableGrid>();
        for (var g = 0; g < groupHorizontal.Count; g++)
        {
            var (hs, vs) = (groupHorizontal[g], groupVertical[g]);
            if (hs.Count >= 2 && vs.Count >= 2)
            {
                var grid = new TableGrid(hs, vs);
                if (grid.ColumnCount >= 2 && grid._ys.Length >= 2)
                {
                    grids.Add(grid);
                }
            }
        }

        return grids;
    }

    /// <summary>
    /// The grid rows that hold text, top to bottom: each row's top y, one cell per column and each cell's indentation
    /// (<see cref="Indent"/>).
    /// </summary>
    public List<GridRow> Rows(IEnumerable<PdfWord> words)
    {
        // RowOf and ColumnOf are indices into the borders. A table's grid is small (tens of rows and columns): one slot
        // per grid cell, read top to bottom. A drawing can draw thousands of borders each way, though, and a dense
        // grid of those would not fit in memory: then only the cells that hold words are kept.
        var wordsByCell = (long)_ys.Length * ColumnCount <= DenseCells ? DenseCellWords(words) : SparseCellWords(words);
        var rows = new List<GridRow>();
        string[]? texts = null;
        int[]? indents = null;
        var currentRow = -1;
        foreach (var (row, column, cell) in wordsByCell)
        {
            if (row != currentRow)
            {
                if (texts is not null)
                {
                    rows.Add(new GridRow(_ys[currentRow], texts, indents!));
                }

                (currentRow, texts, indents) = (row, new string[ColumnCount], new int[ColumnCount]);
                Array.Fill(texts, "");
            }

            texts![column] = CellText.Join(cell);
            indents![column] = Indent(cell, column);
        }

        if (texts is not null)
        {
            rows.Add(new GridRow(_ys[currentRow], texts, indents!));
        }

        return rows;
    }

    /// <summary>Grids up to this many cells are laid out densely (a 400 × 160 grid is 64,000 slots).</summary>
    internal const int DenseCells = 1 << 16;

    /// <summary>The words of each cell that holds any, by row then column, in the words' order within a cell.</summary>
    internal List<CellWords> DenseCellWords(IEnumerable<PdfWord> words)
    {
        var cells = new List<PdfWord>?[_ys.Length, ColumnCount];
        foreach (var word in words)
        {
            (cells[RowOf(word), ColumnOf(word)] ??= []).Add(word);
        }

        var occupied = new List<CellWords>();
        for (var row = 0; row < _ys.Length; row++)
        {
            for (var column = 0; column < ColumnCount; column++)
            {
                if (cells[row, column] is { } cell)
                {
                    occupied.Add(new CellWords(row, column, cell));
                }
            }
        }

        return occupied;
    }

    internal List<CellWords> SparseCellWords(IEnumerable<PdfWord> words)
    {
        var cells = new Dictionary<long, List<PdfWord>>();
        foreach (var word in words)
        {
            var key = ((long)RowOf(word) * ColumnCount) + ColumnOf(word);
            if (!cells.TryGetValue(key, out var list))
            {
                cells[key] = list = [];
            }

            list.Add(word);
        }

        return [.. cells.Keys.Order().Select(key => new CellWords((int)(key / ColumnCount), (int)(key % ColumnCount), cells[key]))];
    }

    internal sealed record CellWords(int Row, int Column, List<PdfWord> Words);

    /// <summary>
    /// How far the cell's first word starts from the cell's left border, in half-em units (the word's height is one
    /// em), as the text conversions count a full-width space 2: what a template prints to show a sub-item. Centred
    /// text (as far from both borders, more than an em) is not indentation: -1.
    /// </summary>
    private int Indent(List<PdfWord> words, int column)
    {
        // A cell holds at least one word (it exists because a word fell in it).
        var first = words.MinBy(w => w.Left) ?? throw new InvalidOperationException("a table cell without words");
        var last = words.MaxBy(w => w.Right) ?? throw new InvalidOperationException("a table cell without words");
        var height = first.Height > 0 ? first.Height : 1;
        var left = first.Left - _xs[column];
        // A merged cell (合计 across the code columns) ends at the first border right of its text that runs past it.
        var border = Right;
        foreach (var v in _vertical)
        {
            if (v.At >= last.Right && v.At < border && v.Covers(last.CenterY, Slack))
            {
                border = v.At;
            }
        }

        var right = border - last.Right;
        if (left > height && right > height && Math.Abs(left - right) < height / 2)
        {
            return -1;
        }

        return Math.Max(0, (int)Math.Round(left / (height / 2), MidpointRounding.AwayFromZero));
    }

    // The cell's left border is the nearest vertical border left of the word that runs past the word's middle;
    // a border that stops above the word (between merged header cells) does not split this cell.
    private int ColumnOf(PdfWord word)
    {
        var left = Left;
        foreach (var v in _vertical)
        {
            if (v.At <= word.CenterX && v.At > left && v.Covers(word.CenterY, Slack))
            {
                left = v.At;
            }
        }

        return Math.Clamp(Nearest(_xs, left), 0, ColumnCount - 1);
    }

    private int RowOf(PdfWord word)
    {
        var top = Top;
        foreach (var h in _horizontal)
        {
            if (h.At <= word.CenterY && h.At > top && h.Covers(word.CenterX, Slack))
            {
                top = h.At;
            }
        }

        return Math.Max(0, Nearest(_ys, top));
    }

    private static int Nearest(double[] values, double value)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (Math.Abs(values[i] - value) < Math.Abs(values[best] - value))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The borders' positions in ascending order, those within <see cref="Slack"/> of the previous kept one dropped.</summary>
    private static double[] Distinct(List<Ruling> borders)
    {
        var values = new double[borders.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = borders[i].At;
        }

        HeapSort(values);
        var count = 0;
        foreach (var v in values)
        {
            if (count == 0 || v - values[count - 1] > Slack)
            {
                values[count++] = v;
            }
        }

        var result = new double[count];
        Array.Copy(values, result, count);
        return result;
    }

    // In place, ascending in double.CompareTo's order (as Array.Sort and Order() sort): the framework's sort over
    // doubles is JIT-compiled in every process (docs/benchmarks.md, round 11), this one is precompiled with the rest.
    internal static void HeapSort(double[] values)
    {
        for (var start = (values.Length / 2) - 1; start >= 0; start--)
        {
            SiftDown(values, start, values.Length);
        }

        for (var end = values.Length - 1; end > 0; end--)
        {
            (values[0], values[end]) = (values[end], values[0]);
            SiftDown(values, 0, end);
        }
    }

    private static void SiftDown(double[] values, int root, int length)
    {
        while (true)
        {
            var child = (2 * root) + 1;
            if (child >= length)
            {
                return;
            }

            if (child + 1 < length && values[child].CompareTo(values[child + 1]) < 0)
            {
                child++;
            }

            if (values[root].CompareTo(values[child]) >= 0)
            {
                return;
            }

            (values[root], values[child]) = (values[child], values[root]);
            root = child;
        }
    }
}
