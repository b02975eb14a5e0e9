using System.Globalization;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Real reports end with prose (notes, 名词解释, 绩效 forms), never inside a standard table: a document whose text stops
/// while its last table is still open was cut off. Detected by meaning, on the document's last line:
/// <list type="bullet">
/// <item>it is the table's last row and that row is incomplete: fewer cells than the rows above, a markdown/HTML row
/// not closed, its last number printed with fewer decimals than its column (cut short, so the row no longer adds
/// up), or no line break after it;</item>
/// <item>it is a fragment right after the table's rows: a row cut so early it no longer splits into cells
/// (<c>| 公务用车购置及运行费</c>, <c>&lt;tr&gt;&lt;td&gt;公务</c>, or a bare label with no line break after it);</item>
/// <item>it is a complete row with nothing after it: still reported, as the rows and the 合计 printed after it may be
/// missing.</item>
/// </list>
/// The finding names the table and the last line; sums that fail because rows are missing name their own lines.
/// </summary>
internal static class TruncationCheck
{
    public const string RuleId = "table.truncated";

    public static Finding? Check(SourceDocument document, TableSegment segment, string tableId)
    {
        var last = LastTextLine(document);
        if (last is null || segment.Block.Count == 0 || last.Number < segment.LastLine)
        {
            return null;
        }

        var file = document.FileName;
        var title = segment.Title ?? tableId;
        if (last.Number == segment.LastLine)
        {
            var why = IncompleteRow(document, segment, last);
            if (why is null)
            {
                return new Finding(RuleId, Severity.Warning,
                    $"the document ends inside the table '{title}' after its row at line {Line(last)}, with no notes or text after it: truncated? rows after it (and a 合计 printed last) would be missing",
                    last.RefIn(file), tableId, RowLabel(last));
            }

            return MidRow(file, title, tableId, last, why);
        }

        var fragmentWhy = Fragment(document, segment, last);
        return fragmentWhy is null ? null : MidRow(file, title, tableId, last, fragmentWhy);
    }

    private static Finding MidRow(string file, string title, string tableId, SourceLine last, string why) =>
        new(RuleId, Severity.Warning,
            $"table '{title}' ends mid-row at end of file: truncated? (last line {Line(last)} '{Shorten(Printed(last))}': {why}); the rows after it (and a 合计 printed last) are missing",
            last.RefIn(file), tableId, RowLabel(last));

    /// <summary>
    /// The document ends after a table's title zone (title, unit, entity lines) with no row yet, or with the start of
    /// its first row: the table is open, but there is no segment to check. Only a title that names a catalog table
    /// counts, so a closing signature (the unit's name, a date) is not taken for a table.
    /// </summary>
    public static Finding? CheckOpenTitle(SourceDocument document, int afterLine, Func<string, CatalogEntry?> match)
    {
        var last = LastTextLine(document);
        if (last is null || last.Number <= afterLine || DocumentSegmenter.IsCellLine(last))
        {
            return null;
        }

        var lastIsFragment = Unclosed(last.Text) || document.EndsWithoutLineBreak;
        for (var i = document.Lines.Count - 1; i >= 0 && document.Lines[i].Number > afterLine; i--)
        {
            var line = document.Lines[i];
            if (line.Number > last.Number || (line.IsBlank && line != last))
            {
                continue;
            }

            var kind = line.IsBlank ? ZoneLineKind.Blank : ZoneLine.Classify(line.Cells[0]);
            if (kind is ZoneLineKind.Title && line != last && match(TextKey.Title(line.Cells[0])) is { IsPerformance: false } entry)
            {
                return new Finding(RuleId, Severity.Warning,
                    $"the document ends after the title of table '{TextKey.Unwrap(line.Cells[0])}' (line {Line(line)}) before its rows: truncated? (last line {Line(last)} '{Shorten(Printed(last))}')",
                    last.RefIn(document.FileName), entry.Id);
            }

            var zone = kind is ZoneLineKind.Number or ZoneLineKind.Unit or ZoneLineKind.Entity or ZoneLineKind.Year;
            if (!zone && !(line == last && lastIsFragment))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The last line holding any text (an HTML row of empty cells counts: its tags are text of the file).</summary>
    private static SourceLine? LastTextLine(SourceDocument document)
    {
        for (var i = document.Lines.Count - 1; i >= 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(document.Lines[i].Text))
            {
                return document.Lines[i];
            }
        }

        return null;
    }

    private static string? IncompleteRow(SourceDocument document, TableSegment segment, SourceLine last)
    {
        var above = segment.Block.LastOrDefault(l => l.Number < last.Number && !l.IsBlank);
        if (above is not null && last.Cells.Count < above.Cells.Count && last.Cells.Count < segment.Block.Max(l => l.Cells.Count))
        {
            return $"{last.Cells.Count} of {above.Cells.Count} cells";
        }

        if (Unclosed(last.Text))
        {
            return "the row is not closed";
        }

        if (CutNumber(segment, last) is { } cut)
        {
            return cut;
        }

        return document.EndsWithoutLineBreak ? "no line break after it" : null;
    }

    /// <summary>The last line after the table's rows (only blank lines between) is the start of a row cut short.</summary>
    private static string? Fragment(SourceDocument document, TableSegment segment, SourceLine last)
    {
        var between = document.Lines.Where(l => l.Number > segment.LastLine && l.Number < last.Number);
        if (between.Any(l => !l.IsBlank) || DocumentSegmenter.IsCellLine(last))
        {
            return null;
        }

        if (Unclosed(last.Text))
        {
            return "the row is not closed";
        }

        var kind = last.IsBlank ? ZoneLineKind.Blank : ZoneLine.Classify(last.Cells[0]);
        if (kind is ZoneLineKind.Note or ZoneLineKind.Section or ZoneLineKind.Number or ZoneLineKind.Unit or ZoneLineKind.Entity or ZoneLineKind.Year)
        {
            return null;
        }

        var text = last.Cells[0].TrimEnd();
        var sentenceEnd = text.Length > 0 && text[^1] is '。' or '.' or '！' or '!' or '？' or '?' or '）' or ')';
        return document.EndsWithoutLineBreak && !sentenceEnd ? "a row's first cell with no line break after it" : null;
    }

    /// <summary>A markdown row that opens with a pipe but does not close with one, or an HTML row without its end tag.</summary>
    private static bool Unclosed(string raw)
    {
        var text = raw.Trim();
        if (text.Length > 0 && text[0] == '|')
        {
            return text.Length == 1 || text[^1] != '|';
        }

        var html = text.Contains("<tr", StringComparison.OrdinalIgnoreCase) || text.Contains("<td", StringComparison.OrdinalIgnoreCase);
        return html && !text.EndsWith("</tr>", StringComparison.OrdinalIgnoreCase) && !text.EndsWith("</td>", StringComparison.OrdinalIgnoreCase)
            && !text.EndsWith("</th>", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The row's last printed cell is a number with fewer decimals than every number printed in its column above
    /// (9300.00 cut to 93): its value is a fragment, so the row's parts no longer add up to its total.
    /// </summary>
    private static string? CutNumber(TableSegment segment, SourceLine last)
    {
        var column = -1;
        for (var c = last.Cells.Count - 1; c >= 0; c--)
        {
            if (last.Cells[c].Length > 0)
            {
                column = c;
                break;
            }
        }

        if (column < 0 || Decimals(last.Cells[column]) is not { } printed)
        {
            return null;
        }

        var above = segment.Block.Where(l => l.Number < last.Number && column < l.Cells.Count)
            .Select(l => Decimals(l.Cells[column])).OfType<int>().ToList();
        return above.Count >= 2 && above.All(d => d == above[0]) && printed < above[0]
            ? $"'{last.Cells[column]}' has {printed.ToString(CultureInfo.InvariantCulture)} decimals where its column prints {above[0].ToString(CultureInfo.InvariantCulture)}: a number cut short"
            : null;
    }

    /// <summary>Decimal places of a plain number (thousands separators allowed), or null for anything else.</summary>
    private static int? Decimals(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0 || (!char.IsAsciiDigit(text[0]) && text[0] != '-'))
        {
            return null;
        }

        var dot = -1;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && dot < 0)
            {
                dot = i;
            }
            else if (!char.IsAsciiDigit(c) && c != ',')
            {
                return null;
            }
        }

        return dot < 0 ? 0 : text.Length - dot - 1;
    }

    private static string? RowLabel(SourceLine line) => line.Cells.FirstOrDefault(c => c.Length > 0 && !char.IsAsciiDigit(c[0]));

    private static string Line(SourceLine line) => line.RefIn("").LineLabel;

    /// <summary>The line as printed: its cells joined with " | " (no tabs in a finding's one-line message), or its raw text.</summary>
    private static string Printed(SourceLine line)
    {
        var joined = line.Cells.Count > 1 ? string.Join(" | ", line.Cells).TrimEnd(' ', '|') : "";
        return joined.Length > 0 ? joined : line.Text.Trim();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
