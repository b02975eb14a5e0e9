using System.Globalization;
using FiscalWarehouse.Generator.Truth;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>
/// Prints a <see cref="TableSpec"/> in the report's style and records the facts it must yield: one per numeric or blank
/// value cell of each labelled row, with the header path (merged cells spread right within their parent's span) and the line.
/// </summary>
internal sealed class TableRenderer(DocumentWriter writer, ReportStyle style, string reportName)
{
    public List<TruthFact> Facts { get; } = [];

    /// <summary>Where each printed table starts and ends, and the line of each printed data row (for planting defects).</summary>
    public List<PrintedTable> Printed { get; } = [];

    public void Render(TableSpec spec)
    {
        var split = style.SplitCodes && spec.SplittableCodes;
        var roles = Expand(spec.Roles, spec.Roles, split);
        var header = spec.Header.Select((row, i) => ExpandHeader(row, spec.Roles, split, i == spec.Header.Count - 1)).ToList();
        var paths = HeaderPaths(header, roles);
        var printed = new PrintedTable(spec.CatalogId, writer.NextLine);
        writer.BeginTable();
        WriteHeader(header, spec.ColumnNumbers.Select(r => ExpandPlain(r, spec.Roles, split)).ToList());
        var rows = spec.KnownEmpty ? spec.Skeleton : spec.Rows;
        var breakAfter = style.PageBreakTable == spec.CatalogId && rows.Count > 6 ? rows.Count / 2 : -1;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = ExpandRow(rows[r], spec.Roles, split);
            var texts = cells.Select(c => Format(c, spec.Monetary)).ToArray();
            var line = writer.Row(texts, bold: IsTotal(cells, roles));
            printed.RowLines.Add(line);
            if (!spec.KnownEmpty && spec.Footers.GetValueOrDefault(r) is { } footer)
            {
                foreach (var (label, column) in footer)
                {
                    var at = column;
                    Facts.Add(new TruthFact(reportName, spec.CatalogId, spec.Title, "", label, paths[at], texts[at].Replace(",", "", StringComparison.Ordinal), style.UnitLabel, line));
                }
            }
            else if (!spec.KnownEmpty)
            {
                Record(spec, cells, texts, roles, paths, line);
            }

            if (r == breakAfter)
            {
                writer.EndTable();
                writer.Blank();
                writer.BeginTable();
                WriteHeader(header, spec.ColumnNumbers.Select(x => ExpandPlain(x, spec.Roles, split)).ToList());
            }
        }

        writer.EndTable();
        printed.LastLine = writer.NextLine - 1;
        Printed.Add(printed);
    }

    public string Format(Cell cell, bool monetary)
    {
        if (!cell.IsAmount)
        {
            return cell.Text ?? "";
        }

        if (cell.Amount is not { } amount)
        {
            return "";
        }

        if (cell.IsCount || !monetary)
        {
            return amount.ToString("0", CultureInfo.InvariantCulture);
        }

        var value = style.Yuan ? amount * 10_000m : amount;
        var pattern = style.ThousandsSeparators ? "#,##0.00" : "0.00";
        return value.ToString(pattern, CultureInfo.InvariantCulture);
    }

    private void WriteHeader(List<string[]> header, List<string[]> numbers)
    {
        for (var i = 0; i < header.Count; i++)
        {
            writer.Row(header[i], first: i == 0);
        }

        foreach (var n in numbers)
        {
            writer.Row(n);
        }
    }

    private void Record(TableSpec spec, Cell[] cells, string[] texts, ColumnRole[] roles, string[] paths, int line)
    {
        foreach (var block in roles.Select(r => r.Block).Distinct())
        {
            var code = string.Concat(Enumerable.Range(0, roles.Length).Where(i => roles[i].Kind == ColumnKind.Code && roles[i].Block == block).Select(i => texts[i]));
            var label = string.Concat(Enumerable.Range(0, roles.Length).Where(i => roles[i].Kind == ColumnKind.Label && roles[i].Block == block).Select(i => texts[i]));
            if (code.Length > 0 && !code.All(char.IsAsciiDigit))
            {
                // 合计 printed in the code column (seed 000, line 120).
                (label, code) = (code + label, "");
            }

            var hasValues = Enumerable.Range(0, roles.Length).Any(i => roles[i].Kind == ColumnKind.Value && roles[i].Block == block);
            var hasKeys = Enumerable.Range(0, roles.Length).Any(i => roles[i].Kind is ColumnKind.Code or ColumnKind.Label && roles[i].Block == block);
            if (!hasValues || (hasKeys && label.Length == 0 && code.Length == 0))
            {
                continue;
            }

            if (!hasKeys && spec.Rows.Count == 1)
            {
                // A table without key columns and one line of figures (决算 三公) holds the entity's totals: its 合计.
                label = "合计";
            }

            for (var i = 0; i < roles.Length; i++)
            {
                if (roles[i].Kind != ColumnKind.Value || roles[i].Block != block || cells[i].IsDash || !cells[i].IsAmount)
                {
                    continue;
                }

                Facts.Add(new TruthFact(reportName, spec.CatalogId, spec.Title, code, label, paths[i],
                    texts[i].Replace(",", "", StringComparison.Ordinal), style.UnitLabel, line));
            }
        }
    }

    private static bool IsTotal(Cell[] cells, ColumnRole[] roles) =>
        cells.Where((c, i) => roles[i].Kind is ColumnKind.Code or ColumnKind.Label)
            .Any(c => c.Text is { } t && (t.EndsWith("合计", StringComparison.Ordinal) || t.EndsWith("总计", StringComparison.Ordinal)));

    /// <summary>Header paths: a header cell spans right over empty cells until the next text, never past its parent's span.</summary>
    internal static string[] HeaderPaths(List<string[]> header, ColumnRole[] roles)
    {
        var width = roles.Length;
        var parts = new List<string>[width];
        for (var c = 0; c < width; c++)
        {
            parts[c] = [];
        }

        var boundaries = new bool[width];
        boundaries[0] = true;
        foreach (var row in header)
        {
            var next = (bool[])boundaries.Clone();
            string? current = null;
            for (var c = 0; c < width; c++)
            {
                var text = c < row.Length ? row[c] : "";
                if (boundaries[c])
                {
                    current = null;
                }

                if (text.Length > 0)
                {
                    current = text;
                    next[c] = true;
                }

                if (current is not null && (parts[c].Count == 0 || parts[c][^1] != current))
                {
                    parts[c].Add(current);
                }
            }

            boundaries = next;
        }

        return [.. parts.Select(p => string.Join(" / ", p))];
    }

    private static ColumnRole[] Expand(IReadOnlyList<ColumnRole> roles, IReadOnlyList<ColumnRole> original, bool split) =>
        [.. roles.SelectMany((r, i) => split && original[i].Kind == ColumnKind.Code ? new[] { r, r, r } : [r])];

    private static string[] ExpandPlain(string[] row, IReadOnlyList<ColumnRole> roles, bool split) =>
        [.. row.SelectMany((c, i) => split && i < roles.Count && roles[i].Kind == ColumnKind.Code ? new[] { c, "", "" } : [c])];

    private static string[] ExpandHeader(string[] row, IReadOnlyList<ColumnRole> roles, bool split, bool last) =>
        [.. row.SelectMany((c, i) => split && i < roles.Count && roles[i].Kind == ColumnKind.Code
            ? (last ? new[] { "类", "款", "项" } : [c, "", ""])
            : [c])];

    private static Cell[] ExpandRow(Cell[] row, IReadOnlyList<ColumnRole> roles, bool split)
    {
        if (!split)
        {
            return row;
        }

        var cells = new List<Cell>();
        for (var i = 0; i < row.Length; i++)
        {
            if (roles[i].Kind != ColumnKind.Code)
            {
                cells.Add(row[i]);
                continue;
            }

            var code = row[i].Text ?? "";
            if (code.Length > 0 && code.All(char.IsAsciiDigit))
            {
                cells.Add(code[..Math.Min(3, code.Length)]);
                cells.Add(code.Length >= 5 ? code[3..5] : "");
                cells.Add(code.Length >= 7 ? code[5..7] : "");
            }
            else
            {
                cells.AddRange([row[i], Cell.Empty, Cell.Empty]);
            }
        }

        return [.. cells];
    }
}
