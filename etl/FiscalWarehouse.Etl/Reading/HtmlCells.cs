namespace FiscalWarehouse.Etl.Reading;

/// <summary>
/// The contents of the <c>&lt;td&gt;</c> / <c>&lt;th&gt;</c> cells of one line, in one forward pass. The same cells as
/// the regex <c>&lt;t[dh](?:\s[^&lt;&gt;]{0,300})?&gt;(.*?)&lt;/t[dh]&gt;</c> (case-insensitive), which rescanned the rest
/// of the line from every unclosed cell: a line of unclosed cells took quadratic time (840 KB, minutes).
/// </summary>
internal static class HtmlCells
{
    private const int MaxAttributes = 300;

    /// <summary>Each cell's inner text (markup inside kept), left to right.</summary>
    public static List<string> Inner(string line)
    {
        var cells = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            var open = line.IndexOf('<', i);
            if (open < 0)
            {
                break;
            }

            var contentStart = OpenTagEnd(line, open);
            if (contentStart < 0)
            {
                i = open + 1;
                continue;
            }

            // The first closing tag after the open one ends the cell. None at all means no later cell can close
            // either, so the scan stops instead of searching the rest of the line again from the next "<td".
            var close = NextClose(line, contentStart);
            if (close < 0)
            {
                break;
            }

            cells.Add(line[contentStart..close]);
            i = close + 5;
        }

        return cells;
    }

    /// <summary>Index just after the "&gt;" of a "&lt;td…&gt;" / "&lt;th…&gt;" starting at <paramref name="open"/>, or -1.</summary>
    private static int OpenTagEnd(string line, int open)
    {
        if (open + 3 >= line.Length || (char)(line[open + 1] | 0x20) != 't' || (char)(line[open + 2] | 0x20) is not ('d' or 'h'))
        {
            return -1;
        }

        var at = open + 3;
        if (line[at] == '>')
        {
            return at + 1;
        }

        if (!char.IsWhiteSpace(line[at]))
        {
            return -1;
        }

        var limit = Math.Min(line.Length, at + 1 + MaxAttributes + 1);
        for (var j = at + 1; j < limit; j++)
        {
            switch (line[j])
            {
                case '>':
                    return j + 1;
                case '<':
                    return -1;
            }
        }

        return -1;
    }

    private static int NextClose(string line, int from)
    {
        var at = from;
        while (true)
        {
            var lt = line.IndexOf("</", at, StringComparison.Ordinal);
            if (lt < 0 || lt + 5 > line.Length)
            {
                return -1;
            }

            if ((char)(line[lt + 2] | 0x20) == 't' && (char)(line[lt + 3] | 0x20) is ('d' or 'h') && line[lt + 4] == '>')
            {
                return lt;
            }

            at = lt + 1;
        }
    }
}
