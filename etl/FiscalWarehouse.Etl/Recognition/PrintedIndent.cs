using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// The indentation printed before a row's label, which many templates use to show the 类/款/项 or 经济科目 hierarchy
/// (and some use instead of codes). Cells are trimmed when lines are split, so it is measured again from the raw line:
/// leading ASCII spaces and no-break spaces count 1, full-width spaces (U+3000) 2, as do the entities &amp;nbsp; (1) and
/// &amp;emsp; (2); a markdown cell's one padding space does not count. PDF lines carry it measured from word positions
/// (<see cref="SourceLine.CellIndents"/>). Widths become levels per table: the smallest width printed is level 0, the
/// next one level 1, and so on, so the unit of indentation (2 spaces, one U+3000, 1 em) does not matter.
/// </summary>
internal static partial class PrintedIndent
{
    /// <summary>The width printed before the text of cell <paramref name="column"/>, or -1 when unknown.</summary>
    public static int Width(SourceLine line, int column)
    {
        if (column < 0)
        {
            return -1;
        }

        if (line.CellIndents is { } measured)
        {
            return column < measured.Count ? measured[column] : -1;
        }

        if (!RawCell(line.Text, column, out var pipe, out var raw))
        {
            return -1;
        }

        var width = Leading(raw);
        // "| 基本工资 |": markdown pads every cell with one space; only what is beyond it is indentation.
        return pipe && raw.Length > 0 && raw[0] == ' ' ? Math.Max(0, width - 1) : width;
    }

    /// <summary>
    /// Levels 0, 1, 2… from widths: the rank of each width among the distinct widths printed in the same label column of
    /// the table (a 合计 printed in the code column is not compared with names); unknown (-1) → 0.
    /// </summary>
    public static int[] Levels(IReadOnlyList<int> widths, IReadOnlyList<int> columns)
    {
        // Loops over spans, one sorted list of widths reused per label column: this runs for every table.
        var printed = Items.Of(widths);
        var labelColumns = Items.Of(columns);
        var levels = new int[printed.Length];
        var done = new List<int>(2);
        var distinct = new List<int>();
        for (var first = 0; first < labelColumns.Length; first++)
        {
            var column = labelColumns[first];
            if (done.Contains(column))
            {
                continue;
            }

            done.Add(column);
            distinct.Clear();
            for (var i = first; i < printed.Length; i++)
            {
                if (labelColumns[i] == column && printed[i] >= 0 && !distinct.Contains(printed[i]))
                {
                    distinct.Add(printed[i]);
                }
            }

            distinct.Sort();
            for (var i = first; i < printed.Length; i++)
            {
                if (labelColumns[i] == column && printed[i] >= 0)
                {
                    levels[i] = distinct.BinarySearch(printed[i]);
                }
            }
        }

        return levels;
    }

    /// <summary>The raw text of a cell, split the way <c>LineSplitter</c> splits the line (HTML cells, pipes, tabs).</summary>
    /// <remarks>
    /// Asked for every row's label: the cell is a slice of the line (only the HTML case builds strings), since all that
    /// is read of it is what precedes its text.
    /// </remarks>
    private static bool RawCell(string text, int column, out bool pipe, out ReadOnlySpan<char> cell)
    {
        pipe = false;
        cell = default;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Contains('<')
            && (trimmed.Contains("<td", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("<th", StringComparison.OrdinalIgnoreCase)))
        {
            var cells = Reading.HtmlCells.Inner(trimmed.ToString());
            if (cells.Count > 0)
            {
                cell = column < cells.Count ? cells[column] : default;
                return column < cells.Count;
            }
        }

        if (trimmed.Length >= 2 && trimmed[0] == '|' && trimmed[1..].Contains('|'))
        {
            pipe = true;
            // The column-th part of the inner text split on '|', without splitting the whole row.
            var inner = trimmed.Slice(1, trimmed.Length - (trimmed.EndsWith('|') ? 2 : 1));
            for (var c = 0; c < column; c++)
            {
                var bar = inner.IndexOf('|');
                if (bar < 0)
                {
                    return false;
                }

                inner = inner[(bar + 1)..];
            }

            var end = inner.IndexOf('|');
            cell = end < 0 ? inner : inner[..end];
            return true;
        }

        if (text.Contains('\t', StringComparison.Ordinal))
        {
            // Only the start of the cell matters: skip to it instead of splitting the whole line.
            var start = 0;
            for (var c = 0; c < column; c++)
            {
                var tab = text.IndexOf('\t', start);
                if (tab < 0)
                {
                    return false;
                }

                start = tab + 1;
            }

            var end = text.IndexOf('\t', start);
            cell = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
            return true;
        }

        cell = text;
        return column == 0;
    }

    private static int Leading(ReadOnlySpan<char> raw)
    {
        var width = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c is ' ' or '\u00A0')
            {
                width++;
                i++;
            }
            else if (c == '\u3000')
            {
                width += 2;
                i++;
            }
            else if (c == '&' && MatchedAtStart(Entity(), raw[i..]) is > 0 and var entity)
            {
                width += raw.Slice(i, entity) is "&emsp;" or "&#12288;" or "&#x3000;" ? 2 : 1;
                i += entity;
            }
            else if (c == '<' && MatchedAtStart(Tag(), raw[i..]) is > 0 and var tag)
            {
                // <b>, <span …>: markup before the text is not indentation.
                i += tag;
            }
            else
            {
                break;
            }
        }

        return width;
    }

    /// <summary>The length of the pattern's match at the start of the text (its \G), or 0: read on the slice, no string of it.</summary>
    private static int MatchedAtStart(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            return match.Index == 0 ? match.Length : 0;
        }

        return 0;
    }

    [GeneratedRegex(@"\G&(nbsp|ensp|emsp|#160|#xa0|#xA0|#12288|#x3000);")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\G</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>]{0,300})?/?>")]
    private static partial Regex Tag();
}
