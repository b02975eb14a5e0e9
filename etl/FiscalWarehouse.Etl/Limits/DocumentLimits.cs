using System.Globalization;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Limits;

/// <summary>
/// What one document may cost, so that a hostile or broken file (a zip bomb, a row of ten million cells) is rejected
/// naming the limit instead of exhausting memory or time. Bound from the "Limits" section (FW_Limits__NAME); the
/// defaults are far above any real report (docs/scaling.md, "Limits"). A "table" here is what a reader produces before
/// recognition: one worksheet, one PDF page's lines, or all lines of a text document.
/// </summary>
public sealed class DocumentLimits
{
    public const string SectionName = "Limits";

    /// <summary>Bytes of one file; checked before it is read.</summary>
    public long MaxDocumentBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Cells of one line or row; checked before a text line is split.</summary>
    public int MaxCellsPerRow { get; set; } = 1_000;

    /// <summary>Lines of a text document, rows of a worksheet, lines of a PDF page.</summary>
    public int MaxRowsPerTable { get; set; } = 100_000;

    /// <summary>Cells of a text document, a worksheet or a PDF page.</summary>
    public long MaxCellsPerTable { get; set; } = 2_000_000;

    /// <summary>Bytes of all parts of a workbook once inflated; the declared sizes are checked before inflating, the real ones while.</summary>
    public long MaxWorkbookUncompressedBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Entries (parts) in a workbook's zip container.</summary>
    public int MaxWorkbookEntries { get; set; } = 1_000;

    /// <summary>Element nesting of a workbook's XML parts.</summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>Seconds to read, recognize and validate one document; past it the work is cancelled.</summary>
    public int DocumentSeconds { get; set; } = 60;

    public static DocumentLimits Default { get; } = new();

    /// <summary>The rejection: names the limit, its value and what the document had.</summary>
    public static DocumentReadException Exceeded(string file, int? line, string limit, long value, string found) =>
        new(file, line ?? 1, $"over the limit {SectionName}:{limit} = {value.ToString(CultureInfo.InvariantCulture)} ({found}); raise it with FW_{SectionName}__{limit} if the document is genuine");
}
