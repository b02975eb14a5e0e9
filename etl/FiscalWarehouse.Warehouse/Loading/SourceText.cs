using System.Text;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// A report's source text as stored once per report version (report_source_text, migration 0010): the lines
/// concatenated, with each line's number, page and start offset, so provenance still points at a line
/// (the report_source_line view cuts them out again). One string per report instead of one row per line: the
/// per-line rows were the largest share of the loader's appends and of the primary-key index.
/// </summary>
/// <param name="Starts">Start of each line in <paramref name="Text"/>, in Unicode code points (DuckDB's substring counts those), plus the end.</param>
/// <param name="Pages">Each line's page, or null when the format has no pages.</param>
internal sealed record SourceText(string Text, int[] LineNumbers, int[] Starts, int?[]? Pages)
{
    public static SourceText Of(IReadOnlyList<SourceLine> lines)
    {
        var seen = new HashSet<int>();
        var text = new StringBuilder();
        var numbers = new List<int>(lines.Count);
        var starts = new List<int>(lines.Count + 1);
        var pages = new List<int?>(lines.Count);
        var anyPage = false;
        var codePoints = 0;
        foreach (var line in lines)
        {
            if (!seen.Add(line.Number))
            {
                continue;
            }

            numbers.Add(line.Number);
            starts.Add(codePoints);
            pages.Add(line.Page);
            anyPage |= line.Page is not null;
            text.Append(line.Text);
            codePoints += CodePoints(line.Text);
        }

        starts.Add(codePoints);
        return new SourceText(text.ToString(), [.. numbers], [.. starts], anyPage ? [.. pages] : null);
    }

    /// <summary>UTF-16 length minus the second half of each surrogate pair (a lone surrogate counts as one, as it is stored).</summary>
    private static int CodePoints(string s)
    {
        var count = s.Length;
        if (s.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') < 0)
        {
            return count;
        }

        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }
}
