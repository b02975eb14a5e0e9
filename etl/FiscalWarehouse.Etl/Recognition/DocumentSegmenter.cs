using FiscalWarehouse.Etl.Reading;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Splits a document into table segments. A block is a run of lines with two or more cells; blank lines inside it are
/// page breaks and do not end it. Single-cell lines before a block form its zone (title, number, unit, entity, year);
/// single-cell lines after it, up to the next title, are its notes. A block whose zone has no title, number or unit is a
/// continuation of the previous table (a page footer or wrapped line between two halves), so it is joined.
/// </summary>
internal static class DocumentSegmenter
{
    private const int MaxZoneLines = 14;

    public static List<TableSegment> Split(IReadOnlyList<SourceLine> lines)
    {
        var furniture = PageFurniture.Find(lines, bareNumbersOffPage: true);
        if (furniture.Count > 0)
        {
            // Page numbers and running heads read as blank lines: a table goes on across them.
            lines = [.. lines.Select(l => furniture.Contains(l.Number) ? l with { Cells = new[] { "" }, Text = "" } : l)];
        }

        var joined = WrappedLabels.Join(lines);
        // The lines as a span: the scan below indexes them several times per line, an interface call each through the list.
        var all = Items.Of(joined);
        // Each line is classified once: the block scan below asks up to three times per line.
        var cellLine = new bool[all.Length];
        for (var k = 0; k < cellLine.Length; k++)
        {
            cellLine[k] = IsCellLine(all[k]);
        }

        var segments = new List<TableSegment>();
        var i = 0;
        var zoneStart = 0;
        while (i < all.Length)
        {
            if (!cellLine[i])
            {
                i++;
                continue;
            }

            var blockStart = i;
            var end = i;
            while (i < all.Length && (cellLine[i] || all[i].IsBlank))
            {
                if (cellLine[i])
                {
                    end = i;
                }

                i++;
            }

            Attach(segments, all[zoneStart..blockStart], all, blockStart, end);
            zoneStart = end + 1;
            i = end + 1;
        }

        if (segments.Count > 0)
        {
            AddNotes(segments[^1], all[zoneStart..], default);
        }

        return segments;
    }

    /// <summary>
    /// A row of a table: two or more cells, unless its only filled cell is a table's title or its two filled cells only
    /// state the unit and entity (a ruled grid often prints "收支总表（预算表1）" or "预算单位：X | 单位：万元" in its top rows).
    /// </summary>
    public static bool IsCellLine(SourceLine line)
    {
        if (line.Cells.Count < 2)
        {
            return false;
        }

        string? first = null;
        string? second = null;
        var filled = 0;
        foreach (var cell in Items.Of(line.Cells))
        {
            if (BlankText.IsBlank(cell))
            {
                continue;
            }

            filled++;
            if (filled == 1)
            {
                first = cell;
            }
            else if (filled == 2)
            {
                second = cell;
            }
            else
            {
                // Rows of figures have many cells; only short lines are checked for zone text (this runs on every line).
                return true;
            }
        }

        if (filled == 0)
        {
            return false;
        }

        if (filled == 1)
        {
            // A grid row with one filled cell is a row label without amounts, unless that cell is a table's title.
            return !(first!.Contains('表', StringComparison.Ordinal) && ZoneLine.Classify(first) == ZoneLineKind.Title);
        }

        // Years are not counted: "2023年" over a column is a header cell.
        return !(IsUnitOrEntity(first!) && IsUnitOrEntity(second!));
    }

    private static bool IsUnitOrEntity(string cell) =>
        cell.Contains('位', StringComparison.Ordinal) || cell.Contains('部', StringComparison.Ordinal) || cell.Contains('表', StringComparison.Ordinal)
            ? ZoneLine.Classify(cell) is ZoneLineKind.Unit or ZoneLineKind.Entity or ZoneLineKind.Number
            : false;

    /// <summary>The text a zone line states: its one cell, or its non-empty cells joined.</summary>
    public static string ZoneText(SourceLine line) =>
        PageFurniture.SingleText(line) ?? string.Join(' ', line.Cells.Where(c => !string.IsNullOrWhiteSpace(c)));

    /// <summary>Lines <paramref name="first"/>..<paramref name="last"/> appended, the list grown once for all of them.</summary>
    private static void AddLines(List<SourceLine> block, ReadOnlySpan<SourceLine> lines, int first, int last)
    {
        block.EnsureCapacity(block.Count + last - first + 1);
        for (var b = first; b <= last; b++)
        {
            block.Add(lines[b]);
        }
    }

    private static void Attach(List<TableSegment> segments, ReadOnlySpan<SourceLine> zone, ReadOnlySpan<SourceLine> lines, int blockStart, int blockEnd)
    {
        // Each zone line is classified once: the scan below, the segment's own zone lines and the notes all ask.
        var kinds = new ZoneKinds(zone.Length, MaxZoneLines * 2);
        var previous = segments.Count > 0 ? segments[^1] : null;
        var titleAt = -1;
        var numberAt = -1;
        var tocSeen = false;
        var unitOrEntity = false;
        var proseSeen = false;
        var firstOwned = zone.Length;
        var lastPage = previous?.Block.LastOrDefault(l => !l.IsBlank)?.Page;
        for (var z = zone.Length - 1; z >= 0 && zone.Length - z <= MaxZoneLines * 2; z--)
        {
            var kind = kinds.Of(zone, z, out var text);
            var key = TextKey.Of(text);
            if (key is "目录" or "目次")
            {
                tocSeen = true;
            }

            if (kind == ZoneLineKind.Blank)
            {
                continue;
            }

            if (lastPage is not null && zone[z].Page == lastPage && kind is ZoneLineKind.Title or ZoneLineKind.Prose && titleAt < 0 && numberAt < 0 && !unitOrEntity
                && !key.Contains('表', StringComparison.Ordinal))
            {
                // On the PDF page of the previous table's last row, after it: the wrapped text of a wide cell (a project's 绩效目标), not a title.
                continue;
            }

            if (kind is ZoneLineKind.Note or ZoneLineKind.Section or ZoneLineKind.Prose)
            {
                proseSeen |= kind == ZoneLineKind.Prose;
                break;
            }

            if (kind == ZoneLineKind.Title)
            {
                if (titleAt >= 0)
                {
                    break;
                }

                if (IsHeaderFragment(text))
                {
                    continue;
                }

                titleAt = z;
                firstOwned = z;
                continue;
            }

            if (kind == ZoneLineKind.Number)
            {
                numberAt = z;
                firstOwned = z;
                if (titleAt >= 0)
                {
                    break;
                }

                continue;
            }

            if (titleAt >= 0)
            {
                break;
            }

            unitOrEntity |= kind is ZoneLineKind.Unit or ZoneLineKind.Entity or ZoneLineKind.Year;
            firstOwned = z;
        }

        var isContinuation = previous is not null && titleAt < 0 && numberAt < 0 && !unitOrEntity && !tocSeen
            && (!proseSeen || previous.Title is null || IsFormLike(previous));
        if (previous is not null && titleAt >= 0 && RepeatsTitleOnNextPage(previous, kinds.TextOf(zone, titleAt), lines[blockStart]))
        {
            // The title (and number, unit) printed again over the next page of the same table: the table goes on.
            AddLines(previous.Block, lines, blockStart, blockEnd);

            return;
        }

        if (isContinuation)
        {
            // Header words printed again over the continued part (收入 / 支出 on their own lines) are not rows.
            var lastRowPage = previous!.Block.LastOrDefault(l => !l.IsBlank)?.Page;
            var notes = new List<SourceLine>();
            for (var z = 0; z < zone.Length; z++)
            {
                var l = zone[z];
                if (l.IsBlank)
                {
                    continue;
                }

                if (kinds.Of(zone, z, out var text) == ZoneLineKind.Note)
                {
                    notes.Add(l);
                }
                else if (!(l.Page is not null && l.Page != lastRowPage && IsHeaderFragment(text)))
                {
                    previous.Block.Add(l);
                }
            }

            AddNotes(previous, notes);
            AddLines(previous.Block, lines, blockStart, blockEnd);

            return;
        }

        if (previous is not null)
        {
            AddNotes(previous, zone[..firstOwned], kinds);
        }

        // The owned lines were all scanned above, which looked for 目录 on each of them: tocSeen already says it.
        var segment = new TableSegment { IsToc = tocSeen };
        if (titleAt >= 0)
        {
            segment.TitleLine = zone[titleAt];
            segment.Title = TextKey.Unwrap(kinds.TextOf(zone, titleAt));
        }

        for (var z = firstOwned; z < zone.Length; z++)
        {
            var line = zone[z];
            segment.ZoneLines.Add(line);
            switch (kinds.Of(zone, z, out var text))
            {
                case ZoneLineKind.Number:
                    segment.Number ??= TextKey.Of(text);
                    break;
                case ZoneLineKind.Unit:
                    segment.Unit ??= ZoneLine.UnitOf(TextKey.Of(text));
                    break;
                case ZoneLineKind.Entity:
                    segment.Entity ??= ZoneLine.EntityOf(text);
                    segment.Unit ??= ZoneLine.UnitOf(TextKey.Of(text));
                    break;
            }
        }

        AddLines(segment.Block, lines, blockStart, blockEnd);

        segments.Add(segment);
    }

    /// <summary>
    /// A short line without 表 right over a table is a header word printed on a line of its own (收入, 支出, 功能科目名称,
    /// 对附属单位补助支), not the table's title: titles name a 表, header cells name a column.
    /// </summary>
    private static bool IsHeaderFragment(string text)
    {
        var key = TextKey.Of(text);
        return key.Length <= 12 && !key.Contains('表', StringComparison.Ordinal) && !key.Contains("情况", StringComparison.Ordinal);
    }

    private static bool RepeatsTitleOnNextPage(TableSegment previous, string title, SourceLine firstRow)
    {
        if (previous.Title is null || previous.Block.Count == 0 || firstRow.Page is null)
        {
            return false;
        }

        var lastRow = previous.Block.LastOrDefault(l => !l.IsBlank);
        return lastRow?.Page is { } page && firstRow.Page > page
            && string.Equals(TableTitle.Key(previous.Title), TableTitle.Key(TextKey.Unwrap(title)), StringComparison.Ordinal);
    }

    /// <summary>Notes are the few lines right after a table, up to the next heading: later prose is narrative, not a note.</summary>
    private static void AddNotes(TableSegment segment, List<SourceLine> zone) =>
        AddNotes(segment, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(zone), default);

    private static void AddNotes(TableSegment segment, ReadOnlySpan<SourceLine> zone, ZoneKinds kinds)
    {
        var taken = 0;
        for (var z = 0; z < zone.Length; z++)
        {
            var line = zone[z];
            if (line.IsBlank)
            {
                continue;
            }

            var kind = kinds.Of(zone, z, out _);
            if (kind is ZoneLineKind.Section or ZoneLineKind.Title || taken >= 6)
            {
                return;
            }

            segment.Notes.Add(line);
            taken++;
        }
    }

    /// <summary>Performance forms wrap long texts onto single-cell lines; those never start a new table.</summary>
    private static bool IsFormLike(TableSegment segment)
    {
        var head = segment.Block.Take(3).SelectMany(l => l.Cells).Select(TextKey.Of);
        return head.Any(c => c is "项目名称" or "部门名称" or "单位名称" || c.StartsWith("项目名称", StringComparison.Ordinal));
    }

    /// <summary>
    /// The text and kind of the last <c>window</c> lines of a zone (the ones its scan reads), worked out on first use;
    /// earlier lines and <c>default</c> keep nothing: a zone can hold pages of prose read once at most.
    /// </summary>
    private readonly struct ZoneKinds(int count, int window)
    {
        private readonly int _first = Math.Max(0, count - window);
        private readonly string?[]? _texts = new string?[Math.Min(count, window)];
        private readonly ZoneLineKind[]? _kinds = new ZoneLineKind[Math.Min(count, window)];

        public ZoneLineKind Of(ReadOnlySpan<SourceLine> zone, int z, out string text)
        {
            if (_texts is null || _kinds is null || z < _first)
            {
                text = ZoneText(zone[z]);
                return ZoneLine.Classify(text);
            }

            var at = z - _first;
            if (_texts[at] is { } known)
            {
                text = known;
                return _kinds[at];
            }

            text = ZoneText(zone[z]);
            _texts[at] = text;
            return _kinds[at] = ZoneLine.Classify(text);
        }

        public string TextOf(ReadOnlySpan<SourceLine> zone, int z)
        {
            Of(zone, z, out var text);
            return text;
        }
    }
}
