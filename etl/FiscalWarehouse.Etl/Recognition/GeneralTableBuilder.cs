using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Builds <see cref="ReportTable"/>s from a segment: header paths, row keys and cells. Side-by-side groups are split at
/// each key column that follows a value column; groups headed 收入 / 支出 become separate tables (same catalog id, columns
/// marked with their block), other groups (the 基本支出 明细 table's 3–4 groups) are stacked into one table.
/// </summary>
internal sealed class GeneralTableBuilder
{
    private readonly string _file;
    private readonly List<Finding> _findings;

    public GeneralTableBuilder(string file, List<Finding> findings)
    {
        _file = file;
        _findings = findings;
    }

    public List<ReportTable> Build(TableSegment segment, string catalogId, CatalogEntry? entry, ReportPhase phase, AmountUnit unit)
    {
        var layout = HeaderLayout.Analyze(segment.Block);
        var groups = Groups(layout);
        var tops = groups.Select(g => TopWord(layout, g)).ToList();
        var split = groups.Count > 1 && tops.Distinct(StringComparer.Ordinal).Count() == groups.Count
            && tops.All(t => t.Contains("收入", StringComparison.Ordinal) || t.Contains("支出", StringComparison.Ordinal));
        if (!split)
        {
            return [BuildOne(segment, layout, groups, catalogId, entry, phase, unit, null)];
        }

        return groups.Select((g, i) => BuildOne(segment, layout, [g], catalogId, entry, phase, unit,
            tops[i].Contains("支出", StringComparison.Ordinal) ? Meanings.Block.Expenditure : Meanings.Block.Income)).ToList();
    }

    private static List<List<int>> Groups(HeaderLayout layout)
    {
        var groups = new List<List<int>>();
        var current = new List<int>();
        var sawValue = false;
        for (var c = 0; c < layout.Width; c++)
        {
            var role = layout.Roles[c];
            var isKey = role is ColumnRole.Code or ColumnRole.Name or ColumnRole.LineNo;
            if (isKey && sawValue)
            {
                groups.Add(current);
                current = [];
                sawValue = false;
            }

            current.Add(c);
            sawValue |= role == ColumnRole.Value;
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        return groups.Where(g => g.Any(c => layout.Roles[c] == ColumnRole.Value) || groups.Count == 1).ToList();
    }

    private static string TopWord(HeaderLayout layout, List<int> group)
    {
        var value = group.FirstOrDefault(c => layout.Roles[c] == ColumnRole.Value, -1);
        return value >= 0 && layout.Paths[value].Count > 0 ? TextKey.Of(layout.Paths[value][0]) : "";
    }

    private ReportTable BuildOne(TableSegment segment, HeaderLayout layout, List<List<int>> groups, string catalogId,
        CatalogEntry? entry, ReportPhase phase, AmountUnit unit, string? block)
    {
        var paths = new List<IReadOnlyList<string>>();
        // Printed column → table column, read for every cell of every row: an array over the layout's width.
        var columnOf = new int[layout.Width];
        Array.Fill(columnOf, -1);
        foreach (var group in groups)
        {
            foreach (var c in group.Where(c => layout.Roles[c] is ColumnRole.Value or ColumnRole.ExtraName))
            {
                var path = layout.Paths[c].Count > 0 ? layout.Paths[c] : [$"第{c + 1}列"];
                var index = paths.FindIndex(p => HeaderPaths.Same(p, path));
                if (index < 0 || groups.Count == 1)
                {
                    paths.Add(path);
                    index = paths.Count - 1;
                }

                columnOf[c] = index;
            }
        }

        var meanings = ColumnMeaningResolver.WithTotals(paths.Select(p => ColumnMeaningResolver.Resolve(p, entry, phase, block)).ToList(), paths);
        var columns = paths.Select((p, i) => new TableColumn(p, meanings[i])).ToList();
        var perGroup = groups.Select(_ => new List<RowDraft>()).ToList();
        var carried = groups.Select(_ => new List<string>()).ToList();
        // One list for every row's code parts (cleared per row; what outlives the row is copied into carried).
        var codeParts = new List<string>(4);
        foreach (var line in layout.DataLines)
        {
            RowDraft? pending = null;
            for (var g = 0; g < groups.Count; g++)
            {
                var draft = MakeRow(line, groups[g], layout, columnOf, block is not null, carried[g], codeParts);
                if (draft is null)
                {
                    continue;
                }

                // A footer's value printed under a later group (人员经费合计 … 公用经费合计 … 12.85 in the last column).
                if (draft.Label.Length == 0 && draft.Code is null && pending is not null)
                {
                    pending.Absorb(draft);
                    continue;
                }

                perGroup[g].Add(draft);
                pending = draft.Label.Length > 0 && !draft.HasValue ? draft : null;
            }
        }

        // No group at all when no column holds a value (several groups of names only, or an empty block).
        var drafts = perGroup.Count > 0 ? perGroup[0] : [];
        for (var g = 1; g < perGroup.Count; g++)
        {
            drafts.AddRange(perGroup[g]);
        }

        // Arrays filled by loops, not lists grown through Select: this runs over every row of every table.
        var widths = new int[drafts.Count];
        var labelColumns = new int[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            widths[i] = drafts[i].PrintedIndentWidth;
            labelColumns[i] = drafts[i].LabelColumn;
        }

        var indents = PrintedIndent.Levels(widths, labelColumns);
        var rows = new List<TableRow>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            rows.Add(drafts[i].ToRow(_file, indents[i]));
        }
        if (rows.Count == 1 && rows[0].Label.Length == 0 && rows[0].Code is null
            && !groups.SelectMany(g => g).Any(c => layout.Roles[c] is ColumnRole.Code or ColumnRole.Name or ColumnRole.LineNo))
        {
            // A table without key columns printing one line of figures (决算 三公: 预算数/决算数 × parts, seed 003
            // line 470) holds the reporting entity's totals: the row is its 合计, as in templates that list units.
            rows[0] = rows[0] with { Label = "合计", Kind = RowKinds.KindOf("合计") };
        }

        ReportNonNumbers(rows, columns, catalogId);
        var knownEmpty = false;
        if (segment.HasNoDataNote)
        {
            var hasData = rows.Any(r => r.Cells.Any(c => c.Value.Number is { } n && n != 0));
            if (hasData)
            {
                _findings.Add(new Finding("table.empty_note_with_values", Severity.Warning,
                    "the table says it has no data but prints non-zero values", segment.Notes.First(n => ZoneLine.IsNoDataNote(TextKey.Of(n.Cells[0]))).RefIn(_file), catalogId));
            }
            else
            {
                knownEmpty = true;
                rows = [];
            }
        }

        if (!knownEmpty && rows.Count == 0 && entry is not null && layout.HeaderLines.Count > 0)
        {
            // A standard table printed with its header and no row at all: present and empty, not missing.
            knownEmpty = true;
            _findings.Add(new Finding("table.no_rows", Severity.Info,
                $"the table '{segment.Title ?? catalogId}' prints its header but no row; read as empty",
                (segment.TitleLine ?? segment.Block[0]).RefIn(_file), catalogId));
        }

        var title = segment.Title ?? "";
        var source = segment.TitleLine?.RefIn(_file) ?? segment.Block[0].RefIn(_file);
        return new ReportTable(catalogId, title, segment.Number, unit, columns, rows, knownEmpty, source, segment.LastLine);
    }

    private static RowDraft? MakeRow(SourceLine line, List<int> group, HeaderLayout layout, int[] columnOf, bool sideBySide, List<string> carried,
        List<string> codeParts)
    {
        codeParts.Clear();
        string? name = null;
        string? lineNo = null;
        var draft = new RowDraft(line, group.Count);
        foreach (var c in group)
        {
            var text = HeaderLayout.Cell(line, c);
            switch (layout.Roles[c])
            {
                case ColumnRole.Code:
                    codeParts.Add(text);
                    break;
                case ColumnRole.Name:
                    name ??= text;
                    break;
                case ColumnRole.LineNo:
                    lineNo = text.Length > 0 ? text : null;
                    break;
                case ColumnRole.ExtraName:
                    if (text.Length > 0)
                    {
                        draft.Set(columnOf[c], new CellValue(text, CellValueKind.Text, null));
                    }

                    break;
                default:
                    draft.Set(columnOf[c], CellParser.Parse(text));
                    break;
            }
        }

        CarryCodeParts(codeParts, carried);
        var code = RowKinds.JoinParts(codeParts);
        var label = name ?? "";
        var codeText = string.Concat(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(codeParts)).Trim();
        if (code is null && codeText.Length > 0)
        {
            if (RowKinds.TrySplitGlued(codeText, out var gluedCode, out var gluedName))
            {
                code = gluedCode;
                label = label.Length > 0 ? label : gluedName;
            }
            else if (label.Length == 0)
            {
                label = codeText;
            }
        }
        else if (code is not null && codeText.AsSpan().IndexOfAnyExcept(DigitsAndSpace) >= 0 && RowKinds.TrySplitGlued(codeText, out var c2, out var n2))
        {
            code = c2;
            label = label.Length > 0 ? label : n2;
        }

        if (code is null && RowKinds.TrySplitGlued(label, out var labelCode, out var labelName))
        {
            code = labelCode;
            label = labelName;
        }

        // A 合计 row of side-by-side blocks often prints its label in the first block only.
        if (sideBySide && label.Length == 0 && code is null && line.Cells.FirstOrDefault(c => c.Length > 0) is { } first && RowKinds.IsTotalLabel(first))
        {
            label = first;
        }

        draft.Code = code;
        draft.Label = label;
        draft.LineNo = lineNo;
        draft.LabelColumn = LabelColumn(line, group, layout);
        return draft.Label.Length == 0 && draft.Code is null && !draft.HasAnyText ? null : draft;
    }

    /// <summary>
    /// 类 | 款 | 项 columns that print only the new part of a code (" | 08 | " under "201 | | ", " | | 01" under it):
    /// the leading parts come from the rows above, so 行政运行 under 20108 reads 2010801 and stays distinct from
    /// 行政运行 under another 款.
    /// </summary>
    private static void CarryCodeParts(List<string> parts, List<string> carried)
    {
        // Loops, not lambdas over the parts: this runs for every row of every table.
        if (parts.Count < 2)
        {
            return;
        }

        int first = -1, last = -1;
        for (var k = 0; k < parts.Count; k++)
        {
            var part = BlankText.Trim(parts[k].AsSpan());
            if (part.ContainsAnyExceptInRange('0', '9'))
            {
                return;
            }

            if (part.Length > 0)
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }

        if (last < 0)
        {
            return;
        }

        if (first > 0 && carried.Count == parts.Count && AllPrinted(carried, first))
        {
            for (var k = 0; k < first; k++)
            {
                parts[k] = carried[k];
            }
        }

        carried.Clear();
        for (var k = 0; k < parts.Count; k++)
        {
            carried.Add(k <= last ? BlankText.Trim(parts[k]) : "");
        }
    }

    private static bool AllPrinted(List<string> parts, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (parts[k].Length == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the label is printed: the name column, or the code column when the name is printed there (合计, glued).</summary>
    private static int LabelColumn(SourceLine line, List<int> group, HeaderLayout layout)
    {
        // Loops, not FirstOrDefault with a closure: this runs for every row of every table.
        var name = -1;
        foreach (var c in group)
        {
            if (layout.Roles[c] == ColumnRole.Name)
            {
                name = c;
                break;
            }
        }

        if (name >= 0 && HeaderLayout.Cell(line, name).Length > 0)
        {
            return name;
        }

        foreach (var c in group)
        {
            if (layout.Roles[c] == ColumnRole.Code && HeaderLayout.Cell(line, c).Length > 0)
            {
                return c;
            }
        }

        return name;
    }

    private static readonly System.Buffers.SearchValues<char> DigitsAndSpace = System.Buffers.SearchValues.Create("0123456789 ");

    private void ReportNonNumbers(List<TableRow> rows, List<TableColumn> columns, string catalogId)
    {
        foreach (var row in rows)
        {
            foreach (var cell in Items.Of(row.Cells))
            {
                if (cell.Value.Kind == CellValueKind.Text && !columns[cell.ColumnIndex].HeaderPath.Any(p => p.Contains("名称", StringComparison.Ordinal)))
                {
                    _findings.Add(new Finding("cell.not_a_number", Severity.Warning,
                        $"'{Shorten(cell.Value.Printed)}' in the numeric column '{columns[cell.ColumnIndex].Path}' of row '{Shorten(row.Label)}' is not a number",
                        cell.Source, catalogId, row.Label));
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
