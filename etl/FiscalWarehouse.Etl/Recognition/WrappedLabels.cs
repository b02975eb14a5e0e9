using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Rows of an unruled PDF table whose name is too long for its column are printed with the name in two pieces, one
/// above and one below the line of figures ("机关事业单位基本养老保险缴" / "2080505 | 199.06 …" / "费支出"). Read as lines,
/// that is a row with its name missing between two one-cell lines that would end the table. The pieces are put back
/// into the row's name cell, after its code.
/// </summary>
internal static partial class WrappedLabels
{
    public static IReadOnlyList<SourceLine> Join(IReadOnlyList<SourceLine> lines)
    {
        List<SourceLine>? result = null;
        for (var i = 2; i + 1 < lines.Count; i++)
        {
            var row = lines[i];
            if (row.Page is null)
            {
                // Only paged (PDF) rows are ever joined: text lines skip the look-back below.
                continue;
            }

            var above = lines[i - 1];
            var below = lines[i + 1];
            var current = (IReadOnlyList<SourceLine>?)result ?? lines;
            var p = i - 2;
            while (p > 0 && current[p].IsBlank && current[p].Page == row.Page)
            {
                p--;
            }

            var previous = current[p];
            if (row.Page is null || !IsPiece(above) || !IsPiece(below) || !DocumentSegmenter.IsCellLine(row)
                || !DocumentSegmenter.IsCellLine(previous) || previous.Page != row.Page || above.Page != row.Page || below.Page != row.Page
                || row.Cells.Count != previous.Cells.Count - 1 || !Code().IsMatch(row.Cells[0]) || !Code().IsMatch(previous.Cells[0]))
            {
                continue;
            }

            result ??= [.. lines];
            var cells = new List<string>(row.Cells);
            cells.Insert(1, above.Cells[0].Trim() + below.Cells[0].Trim());
            result[i] = row with { Cells = cells.ToArray(), Text = string.Join('\t', cells), CellIndents = null };
            result[i - 1] = above with { Cells = new[] { "" }, Text = "" };
            result[i + 1] = below with { Cells = new[] { "" }, Text = "" };
        }

        return result ?? lines;
    }

    private static bool IsPiece(SourceLine line)
    {
        if (line.Cells.Count != 1)
        {
            return false;
        }

        var key = TextKey.Of(line.Cells[0]);
        return key.Length is > 0 and <= 20 && !key.Contains('表', StringComparison.Ordinal) && !key.Any(char.IsAsciiDigit)
            && ZoneLine.Classify(line.Cells[0]) is ZoneLineKind.Title or ZoneLineKind.Prose;
    }

    [GeneratedRegex(@"^\[?\d{3,7}\]?$")]
    private static partial Regex Code();
}
