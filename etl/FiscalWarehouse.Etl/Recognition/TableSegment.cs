using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// A table as found in the document before it is built: the title zone (title, number, unit, entity, year lines),
/// the block of cell lines (page-break continuations joined) and the notes after it.
/// </summary>
internal sealed class TableSegment
{
    public SourceLine? TitleLine { get; set; }

    public string? Title { get; set; }

    public string? Number { get; set; }

    public AmountUnit? Unit { get; set; }

    public string? Entity { get; set; }

    public bool IsToc { get; set; }

    /// <summary>Lines of the zone from the title (or number) to the block, for the performance reader.</summary>
    public List<SourceLine> ZoneLines { get; } = [];

    /// <summary>Cell lines of the table (blank lines inside kept: they mark page breaks).</summary>
    public List<SourceLine> Block { get; } = [];

    public List<SourceLine> Notes { get; } = [];

    public int FirstLine => TitleLine?.Number ?? (ZoneLines.Count > 0 ? ZoneLines[0].Number : Block[0].Number);

    public int LastLine => Block.Count > 0 ? Block[^1].Number : FirstLine;

    public bool HasNoDataNote => Notes.Any(n => ZoneLine.IsNoDataNote(TextKey.Of(n.Cells[0])));
}
