using FiscalWarehouse.Etl.PerformanceForms;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Document → recognized tables: segments the lines, matches each segment against the catalog by meaning, builds general
/// tables itself and hands performance forms to <see cref="PerformanceTableReader"/>. Tables matching nothing are kept as
/// <c>generic</c> with a warning.
/// </summary>
public sealed class TableRecognizer
{
    private readonly TableCatalog _catalog;

    public TableRecognizer(TableCatalog? catalog = null) => _catalog = catalog ?? TableCatalog.Default;

    public RecognitionResult Recognize(SourceDocument document, ReportPhase reportPhase)
    {
        var file = document.FileName;
        var findings = new List<Finding>();
        var tables = new List<ReportTable>();
        var tableLines = new LineSet(document.Lines.Count > 0 ? document.Lines[^1].Number : 0);
        var builder = new GeneralTableBuilder(file, findings);
        var performance = new PerformanceTableReader();
        AmountUnit? lastUnit = null;
        var seen = new Dictionary<string, ReportTable>(StringComparer.Ordinal);
        var segments = DocumentSegmenter.Split(document.Lines);
        foreach (var segment in segments)
        {
            if (segment.IsToc || LooksLikeToc(segment))
            {
                continue;
            }

            var titleKey = segment.Title is null ? "" : TableTitle.Key(segment.Title);
            var phase = titleKey.Contains("决算", StringComparison.Ordinal) ? ReportPhase.FinalAccount
                : reportPhase != ReportPhase.Unknown ? reportPhase
                : titleKey.Contains("预算", StringComparison.Ordinal) ? ReportPhase.Budget : ReportPhase.Unknown;
            var contentKey = TextKey.Of(CellsText(segment.Block, 8));
            var entry = _catalog.Match(titleKey, contentKey, phase);
            var built = new List<ReportTable>();
            if (entry is { IsPerformance: true })
            {
                var lines = FormLines(segment);
                built.Add(performance.Read(entry.Id, segment.Title ?? "", lines, file));
            }
            else
            {
                if (entry is null && !LooksLikeTable(segment))
                {
                    continue;
                }

                var unit = segment.Unit ?? UnitFromHeader(segment) ?? lastUnit;
                if (unit is null)
                {
                    unit = AmountUnit.TenThousandYuan;
                    findings.Add(new Finding("table.unit_assumed", Severity.Info, "no unit line before the table: 万元 assumed",
                        (segment.TitleLine ?? segment.Block[0]).RefIn(file), entry?.Id ?? TableCatalog.GenericId));
                }

                lastUnit = unit;
                var id = entry?.Id ?? TableCatalog.GenericId;
                built.AddRange(builder.Build(segment, id, entry, phase, unit.Value));
                if (segment == segments[^1] && TruncationCheck.Check(document, segment, id) is { } truncated)
                {
                    findings.Add(truncated);
                    built = [.. built.Select(t => t with { IsTruncated = true })];
                }

                if (entry is null)
                {
                    findings.Add(new Finding("table.unrecognized", Severity.Warning,
                        $"a table titled '{segment.Title ?? "(no title)"}' matches no catalog entry ({MissingEvidence.Describe(_catalog, titleKey, contentKey, phase, segment.Block)}); kept as generic",
                        (segment.TitleLine ?? segment.Block[0]).RefIn(file), TableCatalog.GenericId));
                }
            }

            tableLines.AddRange(segment.FirstLine, segment.LastLine);

            foreach (var table in built)
            {
                CheckDuplicate(table, entry, seen, findings);
                tables.Add(table);
            }
        }

        if (!findings.Any(f => f.RuleId == TruncationCheck.RuleId)
            && TruncationCheck.CheckOpenTitle(document, segments.Count > 0 ? Math.Max(segments[^1].LastLine, segments[^1].Notes.LastOrDefault()?.Number ?? 0) : 0,
                title => _catalog.Match(title, "", reportPhase)) is { } open)
        {
            findings.Add(open);
        }

        return new RecognitionResult(tables, tableLines, findings);
    }

    private static void CheckDuplicate(ReportTable table, CatalogEntry? entry, Dictionary<string, ReportTable> seen, List<Finding> findings)
    {
        if (entry is null || entry.IsPerformance)
        {
            return;
        }

        var key = table.CatalogId + "|" + table.Columns.FirstOrDefault()?.Meaning.Block;
        if (seen.TryGetValue(key, out var first))
        {
            if (first.Source == table.Source)
            {
                // Two parts of one printed table (its column groups split, e.g. a table cut off in its first row whose
                // roles come from a partial row): not the same table printed twice.
                return;
            }

            findings.Add(new Finding("table.duplicate", Severity.Warning,
                $"the table {table.CatalogId} appears again (first at line {first.Source.LineLabel}); both are kept, rules use the first",
                table.Source, table.CatalogId));
            return;
        }

        seen[key] = table;
    }

    /// <summary>
    /// A form's lines in line order: zone, block and notes (a stable sort by number), which come in that order already
    /// unless the segmenter moved zone lines into the block; only then are they sorted.
    /// </summary>
    private static List<SourceLine> FormLines(TableSegment segment)
    {
        var lines = new List<SourceLine>(segment.ZoneLines.Count + segment.Block.Count + segment.Notes.Count);
        lines.AddRange(segment.ZoneLines);
        lines.AddRange(segment.Block);
        lines.AddRange(segment.Notes);
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Number < lines[i - 1].Number)
            {
                return lines.OrderBy(l => l.Number).ToList();
            }
        }

        return lines;
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? _cellsText;

    /// <summary>The cells of the first lines joined, as string.Concat of them.</summary>
    private static string CellsText(List<SourceLine> block, int lines)
    {
        // One builder per thread, kept: asked once per segment, it grew its chunks anew every time.
        var text = _cellsText ??= new System.Text.StringBuilder(1024);
        text.Clear();
        for (var i = 0; i < Math.Min(lines, block.Count); i++)
        {
            foreach (var cell in Items.Of(block[i].Cells))
            {
                text.Append(cell);
            }
        }

        var joined = text.ToString();
        if (text.Capacity > 16 * 1024)
        {
            // A segment of very long lines must not keep its buffer alive for the thread's lifetime.
            _cellsText = null;
        }

        return joined;
    }

    private static AmountUnit? UnitFromHeader(TableSegment segment)
    {
        foreach (var line in segment.Block.Take(4))
        {
            foreach (var cell in Items.Of(line.Cells))
            {
                var key = TextKey.Of(cell);
                if (key.EndsWith("(万元)", StringComparison.Ordinal))
                {
                    return AmountUnit.TenThousandYuan;
                }

                if (key.EndsWith("(元)", StringComparison.Ordinal))
                {
                    return AmountUnit.Yuan;
                }
            }
        }

        return null;
    }

    /// <summary>A table of contents converted to cells: text and a page number per row, dotted leaders.</summary>
    private static bool LooksLikeToc(TableSegment segment)
    {
        // Asked of every segment, whose rows can hold long texts: the rows are counted first, then scanned for leaders
        // only until the answer is known (half of them dotted, or too few left to reach half).
        var rows = new List<SourceLine>(12);
        foreach (var line in segment.Block)
        {
            if (!line.IsBlank)
            {
                rows.Add(line);
                if (rows.Count == 12)
                {
                    break;
                }
            }
        }

        var dotted = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            if ((dotted + rows.Count - r) * 2 < rows.Count)
            {
                return false;
            }

            dotted += HasDotLeader(rows[r].Cells) ? 1 : 0;
            if (dotted * 2 >= rows.Count)
            {
                return true;
            }
        }

        return rows.Count > 0 && dotted * 2 >= rows.Count;
    }

    private static bool HasDotLeader(IReadOnlyList<string> cells)
    {
        foreach (var cell in Items.Of(cells))
        {
            if (IsDotLeader(cell))
            {
                return true;
            }
        }

        return false;
    }

    // Leaders are rare: one vectorized probe for either character before the two substring searches.
    private static bool IsDotLeader(string cell) =>
        cell.AsSpan().ContainsAny('.', '…') && (cell.Contains("....", StringComparison.Ordinal) || cell.Contains("……", StringComparison.Ordinal));

    /// <summary>Tab-separated prose is not a table: a generic table needs numbers in at least two rows.</summary>
    private static bool LooksLikeTable(TableSegment segment) =>
        segment.Block.Count(l => HeaderLayout.HasValue(l)) >= 2;
}
