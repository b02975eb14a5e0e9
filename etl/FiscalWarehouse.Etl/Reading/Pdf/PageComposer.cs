using System.Text;
using System.Text.RegularExpressions;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// Turns one page's words (and its ruled grids) into output lines in reading order: grid rows as cells in column
/// order; other text as visual lines, split where a wide gap separates two pieces (编制单位 … 单位：元), kept as
/// cells when the line looks like a row of an unruled table, and wrapped paragraph lines joined into one line.
/// </summary>
internal static partial class PageComposer
{
    public static List<ComposedLine> Compose(PdfPage page, IReadOnlyList<Ruling> rulings)
    {
        var grids = TableGrid.Find(rulings);
        var inGrid = new List<PdfWord>[grids.Count];
        for (var g = 0; g < grids.Count; g++)
        {
            inGrid[g] = [];
        }

        var free = new List<PdfWord>();
        foreach (var word in page.Words)
        {
            var g = grids.FindIndex(grid => grid.Contains(word));
            if (g >= 0)
            {
                inGrid[g].Add(word);
            }
            else
            {
                free.Add(word);
            }
        }

        var items = new List<ComposedLine>();
        for (var g = 0; g < grids.Count; g++)
        {
            foreach (var (top, cells, indents) in grids[g].Rows(inGrid[g]))
            {
                items.Add(new ComposedLine(top, grids[g].Left, cells, IsTableRow: true) { Indents = indents });
            }
        }

        items.AddRange(FreeLines(free, page.Width));
        items.Sort((a, b) => a.Top != b.Top ? a.Top.CompareTo(b.Top) : a.Left.CompareTo(b.Left));
        return items;
    }

    private static List<ComposedLine> FreeLines(List<PdfWord> words, double pageWidth)
    {
        var lines = VisualLines.Cluster(words);
        var result = new List<ComposedLine>();
        if (lines.Count == 0)
        {
            return result;
        }

        var proseLeft = lines.Min(l => l[0].Left);
        var proseRight = lines.Max(l => l[^1].Right);

        // Short centred lines (titles, 单位名称) may line up with each other; only lines spanning most of the
        // text block are paragraph lines that can wrap.
        var minimumWidth = Math.Max(0.6 * (proseRight - proseLeft), 0.4 * pageWidth);
        var rebuilt = UnruledTable.Rebuild(lines, l => [.. Split(l, l.Min(w => w.Top), afterNumbers: true).Select(p => (p.Text, p.Left, p.Right))]);
        Piece? open = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (rebuilt.TryGetValue(index, out var replacement))
            {
                Flush(ref open, result);
                result.AddRange(replacement);
                continue;
            }

            var pieces = Split(line, line.Min(w => w.Top));
            var numeric = pieces.Count(p => IsNumber(p.Text));
            if (pieces.Count >= 3 || (pieces.Count == 2 && numeric > 0))
            {
                // In a row of figures an amount ends its cell even when the next column starts close by
                // ("3,944.08 一、一般公共服务支出", "3,944.08 3,944.08" under narrow columns).
                pieces = Split(line, line.Min(w => w.Top), afterNumbers: true);
                Flush(ref open, result);
                result.Add(new ComposedLine(line.Min(w => w.Top), pieces[0].Left, [.. pieces.Select(p => p.Text)], IsTableRow: true));
                continue;
            }

            foreach (var piece in pieces)
            {
                if (open is { } o && pieces.Count == 1 && Continues(o, piece, proseLeft, proseRight, minimumWidth))
                {
                    var text = new StringBuilder(o.Text);
                    CellText.AppendBreak(text, piece.Text);
                    text.Append(piece.Text);
                    open = o with { Text = text.ToString(), Right = piece.Right, Bottom = piece.Bottom, LastLeft = piece.Left, LastRight = piece.LastRight };
                    continue;
                }

                Flush(ref open, result);
                open = piece;
            }

            if (pieces.Count > 1)
            {
                Flush(ref open, result);
            }
        }

        Flush(ref open, result);
        return result;
    }

    // A paragraph line wraps when it reaches the right margin and the next starts at the left margin, is the same
    // size, follows closely and does not open a new enumerated item.
    private static bool Continues(Piece previous, Piece next, double proseLeft, double proseRight, double minimumWidth)
    {
        var height = previous.Height;
        return previous.LastRight - previous.LastLeft >= minimumWidth
            && previous.LastRight >= proseRight - 2 * height
            && next.Left <= proseLeft + 0.6 * height
            && Math.Abs(next.Height - height) <= 0.15 * height
            && next.Top - previous.Bottom <= 1.2 * height
            && !ItemStart().IsMatch(next.Text);
    }

    private static void Flush(ref Piece? open, List<ComposedLine> result)
    {
        if (open is { } o)
        {
            result.Add(new ComposedLine(o.Top, o.Left, [o.Text], IsTableRow: false));
        }

        open = null;
    }

    // Pieces of a line are separated by gaps wider than two character heights: tab stops, not word spaces.
    private static List<Piece> Split(List<PdfWord> line, double lineTop, bool afterNumbers = false)
    {
        var pieces = new List<Piece>();
        var start = 0;
        for (var i = 1; i <= line.Count; i++)
        {
            var height = Math.Min(line[i - 1].Height, i < line.Count ? line[i].Height : double.MaxValue);
            if (i == line.Count || line[i].Left - line[i - 1].Right > 2 * height
                || (afterNumbers && line[i].Left - line[i - 1].Right > 0.25 * height && IsNumber(line[i - 1].Text)))
            {
                var words = line.GetRange(start, i - start);
                pieces.Add(new Piece(
                    string.Join(' ', words.Select(w => w.Text)),
                    words[0].Left, lineTop, words[^1].Right, words.Max(w => w.Bottom), words[0].Left, words[^1].Right,
                    words.Max(w => w.Height)));
                start = i;
            }
        }

        return pieces;
    }

    internal static bool IsNumber(string text) => NumberLike().IsMatch(text);

    [GeneratedRegex(@"^[-−+]?[\d,，]*\d(\.\d+)?%?$")]
    private static partial Regex NumberLike();

    // "1、" or "2." opens an item; "1690.69万元" continuing a sentence does not.
    [GeneratedRegex(@"^\s*([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+(、|[.．](?!\d))|第[一二三四五六七八九十\d]+|注[:：]|[①②③④⑤⑥⑦⑧⑨⑩])")]
    private static partial Regex ItemStart();

    // LastLeft/LastRight: the extent of the last visual line of a joined paragraph, which decides whether it wraps.
    private sealed record Piece(string Text, double Left, double Top, double Right, double Bottom, double LastLeft, double LastRight, double Height);
}

/// <summary>A line ready to number: its position on the page (for ordering) and its cells.</summary>
internal sealed record ComposedLine(double Top, double Left, string[] Cells, bool IsTableRow)
{
    /// <summary>Each cell's indentation in half-em units (-1 unknown) where a ruled grid gives the cell borders.</summary>
    public int[]? Indents { get; init; }
}
