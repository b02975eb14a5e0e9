namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// An unruled table whose column headers are printed over several centred lines (表2 of a 收入总体情况表: `事业单` /
/// `位经营` / `收入`). Splitting each header line at its gaps gives pieces that belong to no column, so the header is
/// rebuilt from word positions instead: the columns are the x-extents of the pieces of the figure rows below; each
/// header word goes to the column whose zone holds it, and the words of one column are joined top to bottom; a word
/// spread over two or more columns is a group header (财政拨款收入) over the columns it is centred on. The figure rows
/// are re-cut on the same columns, so a row with a blank leading cell (a 合计 without code) keeps its amounts in place.
/// </summary>
internal static class UnruledTable
{
    private const int MaxHeaderLines = 8;

    /// <summary>Replacement lines by the index of the visual line they replace; lines mapped to an empty list are dropped.</summary>
    public static Dictionary<int, List<ComposedLine>> Rebuild(List<List<PdfWord>> lines, Func<List<PdfWord>, List<(string Text, double Left, double Right)>> cut)
    {
        var result = new Dictionary<int, List<ComposedLine>>();
        var pieces = lines.Select(cut).ToList();
        var figure = pieces.Select(IsFigureRow).ToList();
        for (var i = 1; i < lines.Count; i++)
        {
            if (!figure[i] || figure[i - 1])
            {
                continue;
            }

            var header = HeaderLines(lines, pieces, figure, i);
            if (header.Count < 2)
            {
                continue;
            }

            var rows = FigureRows(lines, pieces, figure, i);
            var columns = Columns(rows.Select(r => pieces[r]).ToList());
            if (columns is null)
            {
                continue;
            }

            var amount = columns.Select((_, c) => rows.All(r => pieces[r].All(p => Column(columns, p.Left, p.Right) != c || PageComposer.IsNumber(p.Text)))).ToArray();
            var headerLines = HeaderCells(header.SelectMany(h => lines[h]).ToList(), columns, amount);
            var top = lines[header[0]].Min(w => w.Top);
            result[header[0]] = headerLines.Select((cells, k) => new ComposedLine(top + 0.01 * k, columns[0].Left, cells, IsTableRow: true)).ToList();
            foreach (var h in header.Skip(1))
            {
                result[h] = [];
            }

            foreach (var r in rows)
            {
                var cells = new string[columns.Count];
                Array.Fill(cells, "");
                foreach (var p in pieces[r])
                {
                    var c = Column(columns, p.Left, p.Right);
                    cells[c] = p.Text;
                }

                result[r] = [new ComposedLine(lines[r].Min(w => w.Top), columns[0].Left, cells, IsTableRow: true)];
            }
        }

        return result;
    }

    private static bool IsFigureRow(List<(string Text, double Left, double Right)> pieces) =>
        pieces.Count >= 3 && pieces.Count(p => PageComposer.IsNumber(p.Text)) >= 2;

    // The lines right above the first figure row, up to the unit/entity line, a title or a wide gap.
    private static List<int> HeaderLines(List<List<PdfWord>> lines, List<List<(string Text, double Left, double Right)>> pieces, List<bool> figure, int first)
    {
        var header = new List<int>();
        for (var j = first - 1; j >= 0 && first - j <= MaxHeaderLines; j--)
        {
            var text = string.Concat(lines[j].Select(w => w.Text));
            var height = lines[j].Max(w => w.Height);
            var gap = lines[j + 1].Min(w => w.Top) - lines[j].Max(w => w.Bottom);
            if (figure[j] || pieces[j].Any(p => PageComposer.IsNumber(p.Text)) || gap > 1.5 * height
                || text.Contains("单位：", StringComparison.Ordinal) || text.Contains("单位:", StringComparison.Ordinal)
                || text.Contains('表', StringComparison.Ordinal))
            {
                break;
            }

            header.Insert(0, j);
        }

        return header;
    }

    // Figure rows of the table from its first one on; short lines between them (a wrapped row name) do not end it.
    private static List<int> FigureRows(List<List<PdfWord>> lines, List<List<(string Text, double Left, double Right)>> pieces, List<bool> figure, int first)
    {
        var rows = new List<int> { first };
        for (var j = first + 1; j < lines.Count; j++)
        {
            var height = lines[j - 1].Max(w => w.Height);
            if (lines[j].Min(w => w.Top) - lines[j - 1].Max(w => w.Bottom) > 3 * height)
            {
                break;
            }

            if (figure[j])
            {
                rows.Add(j);
            }
            else if (pieces[j].Count > 2 || lines[j][0].Text.StartsWith('注'))
            {
                break;
            }
        }

        return rows;
    }

    // Column spans: the union of overlapping piece extents. Null when a row puts two pieces into one span.
    private static List<(double Left, double Right)>? Columns(List<List<(string Text, double Left, double Right)>> rows)
    {
        var spans = new List<(double Left, double Right)>();
        foreach (var (left, right) in rows.SelectMany(r => r).Select(p => (p.Left, p.Right)).OrderBy(p => p.Left))
        {
            if (spans.Count > 0 && left <= spans[^1].Right)
            {
                spans[^1] = (spans[^1].Left, Math.Max(spans[^1].Right, right));
            }
            else
            {
                spans.Add((left, right));
            }
        }

        // Two text spans that never share a row are one column: a centred 合计 beside left-aligned unit names.
        for (var k = spans.Count - 1; k > 0; k--)
        {
            bool Text(int c) => rows.SelectMany(r => r).Any(p => Overlaps(spans[c], p) && !PageComposer.IsNumber(p.Text));
            if (Text(k) && Text(k - 1) && !rows.Any(r => r.Any(p => Overlaps(spans[k], p)) && r.Any(p => Overlaps(spans[k - 1], p))))
            {
                spans[k - 1] = (spans[k - 1].Left, spans[k].Right);
                spans.RemoveAt(k);
            }
        }

        if (spans.Count < 3)
        {
            return null;
        }

        foreach (var row in rows)
        {
            var used = row.Select(p => Column(spans, p.Left, p.Right)).ToList();
            if (used.Distinct().Count() != used.Count)
            {
                return null;
            }
        }

        return spans;
    }

    private static bool Overlaps((double Left, double Right) span, (string Text, double Left, double Right) piece) =>
        piece.Left < span.Right && piece.Right > span.Left;

    private static double ZoneLeft(List<(double Left, double Right)> columns, int c) =>
        c == 0 ? double.NegativeInfinity : (columns[c - 1].Right + columns[c].Left) / 2;

    private static double ZoneRight(List<(double Left, double Right)> columns, int c) =>
        c == columns.Count - 1 ? double.PositiveInfinity : (columns[c].Right + columns[c + 1].Left) / 2;

    private static int Column(List<(double Left, double Right)> columns, double left, double right)
    {
        var center = (left + right) / 2;
        for (var c = 0; c < columns.Count; c++)
        {
            if (center < ZoneRight(columns, c))
            {
                return c;
            }
        }

        return columns.Count - 1;
    }

    private static List<string[]> HeaderCells(List<PdfWord> words, List<(double Left, double Right)> columns, bool[] amount)
    {
        var owner = new int[columns.Count];
        Array.Fill(owner, -1);
        var groups = new List<(PdfWord Word, List<int> Children)>();
        var singles = new List<(PdfWord Word, List<int> Children)>();
        foreach (var word in words.OrderBy(w => w.Top))
        {
            // The columns whose header words below reach under this word (half a character of tolerance); it heads
            // them when there are two or more and it is centred over them, as a merged cell's text is.
            var below = words.Where(w => w.Top >= word.Bottom - 0.2 * word.Height
                    && Math.Min(w.Right, word.Right) - Math.Max(w.Left, word.Left) >= -0.5 * word.Height)
                .ToList();
            var spread = below.Select(w => Column(columns, w.Left, w.Right)).Distinct().Order().ToList();
            if (spread.Count == 1 && amount[spread[0]])
            {
                singles.Add((word, spread));
                continue;
            }

            if (spread.Count < 2 || spread.Any(c => !amount[c] || owner[c] >= 0) || spread[^1] - spread[0] != spread.Count - 1)
            {
                continue;
            }

            var extent = words.Where(w => w.Top >= word.Bottom - 0.2 * word.Height && spread.Contains(Column(columns, w.Left, w.Right))).ToList();
            var middle = (extent.Min(w => w.Left) + extent.Max(w => w.Right)) / 2;
            if (Math.Abs(middle - word.CenterX) > 0.25 * (word.Right - word.Left))
            {
                continue;
            }

            foreach (var c in spread)
            {
                owner[c] = groups.Count;
            }

            groups.Add((word, spread));
        }

        // A two-column spread may be the middle of a wider group (财政拨款 over four columns overlaps the two
        // middle ones): widen it by one column on each side while both hold header words at the children's level.
        double Level(int c, PdfWord group) => words.Where(w => w.Top >= group.Bottom - 0.2 * group.Height && Column(columns, w.Left, w.Right) == c)
            .Select(w => w.Top).DefaultIfEmpty(double.NegativeInfinity).Min();
        bool Free(int c, PdfWord group, double level) => c >= 0 && c < columns.Count && amount[c] && owner[c] < 0 && Level(c, group) >= level - 0.5 * group.Height;
        // A word over one column heads three when both neighbours hold header words at the level of the one below
        // it (一般公共预算支出 over 小计 / 其中：基本支出 / 项目支出); a wrapped header (一般公共预 / 算) does not.
        foreach (var single in singles.Where(s => owner[s.Children[0]] < 0))
        {
            var c = single.Children[0];
            var level = Level(c, single.Word);
            if (level > double.NegativeInfinity && Free(c - 1, single.Word, level) && Free(c + 1, single.Word, level)
                && Level(c - 1, single.Word) <= level + 0.5 * single.Word.Height && Level(c + 1, single.Word) <= level + 0.5 * single.Word.Height)
            {
                owner[c] = groups.Count;
                groups.Add(single);
            }
        }

        for (var g = 0; g < groups.Count; g++)
        {
            var (word, children) = groups[g];
            var level = children.Min(c => Level(c, word));
            for (int left = children.Min() - 1, right = children.Max() + 1; Free(left, word, level) && Free(right, word, level); left--, right++)
            {
                owner[left] = owner[right] = g;
                children.Add(left);
                children.Add(right);
            }
        }

        var leaves = new string[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            leaves[c] = string.Concat(words
                .Where(w => !groups.Any(g => g.Word == w) && Column(columns, w.Left, w.Right) == c)
                .OrderBy(w => w.Top).ThenBy(w => w.Left).Select(w => w.Text));
        }

        if (groups.Count == 0)
        {
            return [leaves];
        }

        var upper = new string[columns.Count];
        var lower = new string[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            if (owner[c] < 0)
            {
                upper[c] = leaves[c];
                lower[c] = "";
            }
            else
            {
                upper[c] = groups[owner[c]].Children.Min() == c ? groups[owner[c]].Word.Text : "";
                lower[c] = leaves[c];
            }
        }

        return [upper, lower];
    }
}
