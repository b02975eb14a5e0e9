using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Model.Tables;

/// <summary>
/// A data row. <see cref="Code"/> is a 功能分类 / 经济分类 / 收入分类 code with split 类/款/项 parts joined and spaces
/// removed, or null when the row prints none (names-only rows may get a code mapped later, by name, in the warehouse).
/// </summary>
public sealed record TableRow(
    string? Code,
    string Label,
    SubjectLevel Level,
    int Indent,
    RowKind Kind,
    IReadOnlyList<TableCell> Cells,
    SourceRef Source)
{
    /// <summary>The printed 行次 / line number of the row where the table has that column.</summary>
    public string? LineNo { get; init; }
}
