namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// A ruled table on one page: the distinct x of its vertical borders are the column boundaries, the distinct y of its
/// horizontal borders the row boundaries. A word belongs to the cell whose borders enclose it; a merged cell (header
/// spanning columns, 合计 spanning the code columns) is reported at its top-left grid position with blanks after it,
/// which is how the text conversions lay out merged cells too.
/// </summary>
internal sealed class TableGrid
{
    private const double Slack = 2.5;
    private readonly List<Ruling> _vertical;
    private readonly List<Ruling> _horizontal;
    private readonly double[] _xs;
    private readonly double[] _ys;

    private TableGrid(List<Ruling> horizontal, List<Ruling> vertical)
    {
        _horizontal = horizontal;
        _vertical = vertical;
        _xs = Distinct(vertical.Select(v => v.At));
        _ys = Distinct(horizontal.Select(h => h.At));
        Left = Math.Min(_xs[0], horizontal.Min(h => h.From));
        Right = Math.Max(_xs[^1], horizontal.Max(h => h.To));
        Top = Math.Min(_ys[0], vertical.Min(v => v.From));
        Bottom = Math.Max(_ys[^1], vertical.Max(v => v.To));
    }

    public double Left { get; }

    public double Right { get; }

    public double Top { get; }

    public double Bottom { get; }

    public int ColumnCount => _xs.Length - 1;

    public bool Contains(PdfWord word) =>
        word.CenterX > Left && word.CenterX < Right && word.CenterY > Top && word.CenterY < Bottom;

    /// <summary>Groups rulings that touch each other into grids; keeps those that form at least two columns.</summary>
    public static List<TableGrid> Find(IReadOnlyList<Ruling> rulings)
    {
        var horizontal = rulings.Where(r => r.Horizontal && r.To - r.From >= 10).ToList();
        var vertical = rulings.Where(r => !r.Horizontal && r.To - r.From >= 10).ToList();
        var parent = Enumerable.Range(0, horizontal.Count + vertical.Count).ToArray();
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

        var grids = new List<TableGrid>();
        foreach (var group in Enumerable.Range(0, parent.Length).GroupBy(Root))
        {
            var hs = group.Where(i => i < horizontal.Count).Select(i => horizontal[i]).ToList();
            var vs = group.Where(i => i >= horizontal.Count).Select(i => vertical[i - horizontal.Count]).ToList();
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
    public List<(double Top, string[] Cells, int[] Indents)> Rows(IEnumerable<PdfWord> words)
    {
        var cells = new Dictionary<(int Row, int Column), List<PdfWord>>();
        foreach (var word in words)
        {
            var key = (RowOf(word), ColumnOf(word));
            if (!cells.TryGetValue(key, out var list))
            {
                cells[key] = list = [];
            }

            list.Add(word);
        }

        var rows = new List<(double Top, string[] Cells, int[] Indents)>();
        foreach (var row in cells.GroupBy(c => c.Key.Row).OrderBy(g => g.Key))
        {
            var texts = new string[ColumnCount];
            var indents = new int[ColumnCount];
            Array.Fill(texts, "");
            foreach (var cell in row)
            {
                texts[cell.Key.Column] = CellText.Join(cell.Value);
                indents[cell.Key.Column] = Indent(cell.Value, cell.Key.Column);
            }

            rows.Add((_ys[Math.Min(row.Key, _ys.Length - 1)], texts, indents));
        }

        return rows;
    }

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

    private static double[] Distinct(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.Order())
        {
            if (result.Count == 0 || v - result[^1] > Slack)
            {
                result.Add(v);
            }
        }

        return [.. result];
    }
}
